import { describe, expect, it } from 'vitest';
import { headerRowHash, headerRowKey } from './mapping';

describe('the key of a header row', () => {
	it('names the headers in their order', () => {
		const headers = ['事项编码', '名称', '备注 "内部"'];
		expect(JSON.parse(headerRowKey(headers))).toEqual(headers);
		expect(headerRowKey(headers)).not.toBe(headerRowKey([...headers].reverse()));
	});

	it('hashes to the SHA-256 of its UTF-8 JSON, as the mapping endpoint documents', () => {
		expect(headerRowHash(['事项编码', '事项名称'])).toBe(
			'2b9997ab8c8b31757ed4f5480c9495a2c5e103b782fb4bfe115bf03002d038de'
		);
		expect(headerRowHash(['事项名称', '事项编码'])).not.toBe(
			headerRowHash(['事项编码', '事项名称'])
		);
	});
});
