import { describe, expect, it } from 'vitest';
import { headerRowKey, headerRowOf } from './mapping';

describe('the key of a header row', () => {
	it('names the headers in their order, and reads back as them', () => {
		const headers = ['事项编码', '名称', '备注 "内部"'];
		expect(headerRowOf(headerRowKey(headers))).toEqual(headers);
		expect(headerRowKey(headers)).not.toBe(headerRowKey([...headers].reverse()));
	});

	it('is no header row when the text is not a JSON array of strings', () => {
		for (const text of ['事项编码', '{"a":"b"}', '[1,2]', '["a",null]', '['])
			expect(headerRowOf(text), text).toBeUndefined();
	});
});
