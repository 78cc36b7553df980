import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergedItem, splitItems, successionOf, transferredItem } from './lineage';
import { newItem } from './new-item';
import { splitMaterialProblems } from './split-materials';
import type { Item } from './types';
import { validateItem } from './validate';

const wildPlants = () =>
	JSON.parse(readFileSync('templates/wild-plant-collection.json', 'utf8')) as Item;
const market = { name: '市市场监督管理局', creditCode: '114101000058032243' };
const county = { name: '县市场监督管理局', creditCode: '11141000MB0000000L' };

describe('事项沿革', () => {
	it('a transfer (划转) changes the department and names the predecessor, leaving it untouched', () => {
		const item = newItem({ code: 'A00001', name: '食品经营许可', department: market });
		const moved = transferredItem(
			{ item, version: 3 },
			{ ...county, name: '区市场监督管理局' },
			'transfer'
		);
		expect(moved.department).toEqual({ name: '区市场监督管理局', creditCode: county.creditCode });
		expect(moved.guide.lineage).toEqual({
			change: 'transfer',
			predecessors: [{ code: 'A00001', name: '食品经营许可', version: 3, department: market.name }]
		});
		expect(moved.guide.entrustment).toBeUndefined();
		expect(item.department).toEqual(market);
		expect(item.guide.lineage).toBeUndefined();
		expect(validateItem(moved).problems.map((p) => p.pointer + ' ' + p.message)).toEqual([]);
	});

	it('a 下放 records the delegating department as 委托部门 and the power as delegated', () => {
		const item = newItem({ code: 'A00001', department: market });
		const moved = transferredItem({ item }, county, 'delegate', {
			basis: '市政发〔2026〕1号',
			date: '2026-12-01'
		});
		expect(moved.guide.entrustment).toEqual({
			mode: 'delegate',
			department: market.name,
			creditCode: market.creditCode,
			basis: '市政发〔2026〕1号'
		});
		expect(moved.guide.powerSource).toBe('delegated');
		expect(moved.guide.lineage?.change).toBe('delegate');
		expect(moved.guide.lineage?.date).toBe('2026-12-01');
		expect(validateItem(moved).problems.map((p) => p.pointer + ' ' + p.message)).toEqual([]);
	});

	it('a merge names every predecessor with its last version; a split names the one in each part', () => {
		const a = newItem({ code: 'A00001', name: '甲', department: market });
		const b = newItem({ code: 'A00002', name: '乙', department: market });
		const merged = mergedItem(
			[
				{ item: a, version: 2 },
				{ item: b, version: 1 }
			],
			{ code: 'A00009', name: '甲乙' }
		);
		expect(merged.code).toBe('A00009');
		expect(merged.name).toBe('甲乙');
		expect(merged.guide.lineage?.predecessors.map((p) => [p.code, p.version])).toEqual([
			['A00001', 2],
			['A00002', 1]
		]);
		expect(validateItem(merged).problems).toEqual([]);
		const parts = splitItems({ item: a, version: 2 }, [
			{ code: 'A00011', name: '甲一' },
			{ code: 'A00012', name: '甲二' }
		]);
		expect(
			parts.map((p) => [p.code, p.guide.lineage?.change, p.guide.lineage?.predecessors[0].code])
		).toEqual([
			['A00011', 'split', 'A00001'],
			['A00012', 'split', 'A00001']
		]);
		expect(() => mergedItem([{ item: a }], { code: 'X', name: 'x' })).toThrow();
	});

	it('a merge may place the new item in another department (实施主体 replaced)', () => {
		const a = newItem({ code: 'A00001', name: '甲', department: market });
		const b = newItem({ code: 'A00002', name: '乙', department: market });
		const merged = mergedItem([{ item: a }, { item: b }], {
			code: 'A00009',
			name: '甲乙',
			department: county
		});
		expect(merged.department).toEqual(county);
		expect(merged.guide.lineage?.predecessors.map((p) => p.department)).toEqual([
			market.name,
			market.name
		]);
		expect(validateItem(merged).problems).toEqual([]);
	});

	it('a split part keeps the materials it lists, in the item’s order, and the whole form', () => {
		const item = wildPlants();
		delete item.codeProfile;
		const ids = item.materials.map((m) => m.id);
		const [first, second] = splitItems({ item, version: 1 }, [
			{ code: 'A00011', name: '一', materials: ['power-of-attorney', 'application-form'] },
			{ code: 'A00012', name: '二', materials: ids.filter((id) => id !== 'power-of-attorney') }
		]);
		expect(first.materials.map((m) => m.id)).toEqual(['application-form', 'power-of-attorney']);
		expect(second.materials.map((m) => m.id)).toEqual(ids.slice(0, -1));
		// the kept conditional material still finds the field its condition names
		expect(first.form).toEqual(item.form);
		expect(validateItem(first).problems).toEqual([]);
		const all = splitItems({ item }, [
			{ code: 'A00011', name: '一' },
			{ code: 'A00012', name: '二', materials: [] }
		]);
		expect(all.map((p) => p.materials.length)).toEqual([ids.length, 0]);
	});

	it('names an unknown material id where it stands, and a material no part keeps', () => {
		const item = wildPlants();
		const ids = item.materials.map((m) => m.id);
		expect(
			splitMaterialProblems(item, [
				{ code: 'B1', name: 'b1', materials: ['application-form', 'colection-plan'] },
				{ code: 'B2', name: 'b2', materials: ids.filter((id) => id !== 'collection-plan') }
			])
		).toEqual([
			{ kind: 'unknown', part: 0, index: 1, id: 'colection-plan' },
			{
				kind: 'unkept',
				index: ids.indexOf('collection-plan'),
				id: 'collection-plan',
				name: item.materials[ids.indexOf('collection-plan')].name
			}
		]);
		expect(
			splitMaterialProblems(item, [
				{ code: 'B1', name: 'b1', materials: ['collection-plan'] },
				{ code: 'B2', name: 'b2' }
			])
		).toEqual([]);
	});

	it('the meta-schema refuses a lineage without predecessors', () => {
		const item = newItem({ code: 'A00001' });
		const bad = {
			...item,
			guide: { ...item.guide, lineage: { change: 'merge', predecessors: [] } }
		};
		expect(validateItem(bad).ok).toBe(false);
	});

	it('reads where a retired item went from its trail: the last retirement, if a merge or a split', () => {
		const retire = (detail: Record<string, unknown>) => ({ action: 'item.retire', detail });
		const publish = { action: 'item.publish', detail: { version: 2 } };
		expect(successionOf([retire({ change: 'merge', successors: ['A00009'] }), publish])).toEqual({
			change: 'merge',
			successors: ['A00009']
		});
		expect(successionOf([retire({ change: 'split', successors: ['A00011', 'A00012'] })])).toEqual({
			change: 'split',
			successors: ['A00011', 'A00012']
		});
		// a plain retirement (事项取消) after all, or none at all
		expect(
			successionOf([retire({ reason: '停止办理' }), retire({ change: 'merge', successors: ['X'] })])
		).toBeNull();
		expect(successionOf([publish])).toBeNull();
		expect(successionOf([retire({ change: 'merge', successors: 'A00009' })])).toBeNull();
	});
});
