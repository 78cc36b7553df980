import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalDb, useLocalDb } from './db';
import { saveMapping, savedMapping } from './mappings';

let n = 0;
beforeEach(() => {
	useLocalDb(new LocalDb(`mappings-test-${++n}`));
});

describe('saved column mappings', () => {
	it('offers the mapping saved for the same header row, and nothing for another', async () => {
		const headers = ['编码', '名称', '部门'];
		expect(await savedMapping(headers)).toBeUndefined();
		await saveMapping(headers, { layout: 'item', columns: { 编码: 'code', 名称: 'name' } });
		expect(await savedMapping(['编码', '名称', '部门'])).toEqual({
			layout: 'item',
			columns: { 编码: 'code', 名称: 'name' }
		});
		expect(await savedMapping(['名称', '编码', '部门'])).toBeUndefined();
	});

	it('keeps the latest mapping of a layout', async () => {
		const headers = ['编码', '名称', '材料'];
		await saveMapping(headers, { layout: 'item', columns: { 编码: 'code', 名称: 'name' } });
		await saveMapping(headers, {
			layout: 'material',
			columns: { 编码: 'code', 名称: 'name', 材料: 'material.name' }
		});
		expect((await savedMapping(headers))?.layout).toBe('material');
	});
});
