// Exchange with the national platform: every template survives export → import unchanged, the
// exported fields use the national code lists, and a broken file imports nothing, with each error
// located in the file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Item } from '../item/types';
import { fromNational, toNational, type NationalDoc } from '.';
import { nationalElements } from '../../../../tests/fixtures/national-elements';

const TODAY = '2026-12-01';
const templates = readdirSync('templates')
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({ file: f, item: JSON.parse(readFileSync(`templates/${f}`, 'utf8')) as Item }));

const food = () => structuredClone(templates.find((t) => t.file.startsWith('food'))!.item);
/** Through a file on disk, as people exchange it. */
const throughJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('national export → import', () => {
	it('finds the templates', () => expect(templates.length).toBeGreaterThanOrEqual(7));

	for (const { file, item } of templates) {
		it(`gives back ${file} exactly`, () => {
			const r = fromNational(throughJson(toNational(item)), { today: TODAY });
			expect(r.ok ? [] : r.errors).toEqual([]);
			if (r.ok) expect(r.items).toEqual([item]);
		});
	}

	it('round-trips a file of every template at once', () => {
		const file = { items: templates.map((t) => toNational(t.item)) };
		const r = fromNational(throughJson(file), { today: TODAY });
		expect(r.ok && r.items).toEqual(templates.map((t) => t.item));
	});

	it('carries the lineage (事项沿革) of a merged item in x_banshi, no exchange key having it', () => {
		const item = food();
		item.guide.lineage = {
			change: 'merge',
			predecessors: [
				{ code: 'A001', name: '食品经营许可', version: 2, department: '示范市市场监督管理局' },
				{ code: 'A002', name: '食品小摊点备案', version: 1 }
			],
			date: '2026-12-01',
			basis: '示范市政府令第1号'
		};
		const doc = throughJson(toNational(item));
		expect(doc.basic.x_banshi?.guide).toMatchObject({ lineage: item.guide.lineage });
		const r = fromNational(doc, { today: TODAY });
		expect(r.ok && r.items).toEqual([item]);
	});

	it('writes the exchange keys with the national codes', () => {
		const doc = toNational(food());
		expect(doc.basic).toMatchObject({
			task_name: '食品经营许可（新办）',
			task_code: '1141010000580322433000131029000',
			catalog_code: '000131029000',
			task_type: '01',
			use_level: '3',
			server_type: '1,2,5',
			project_type: '2',
			anticipate_day: 10,
			anticipate_type: '1',
			is_fee: '0',
			is_online: '1',
			online_handle_depth: '4',
			handle_type: '1,2,3'
		});
		expect(doc.basic.by_law[0]).toMatchObject({
			law_name: '《中华人民共和国食品安全法》',
			clause_number: '第三十五条'
		});
		expect(doc.materials[0]).toMatchObject({ order_num: 1, is_need: '1' });
		expect(doc.materials.map((m) => m.is_need)).toContain('3');
		expect(doc.materials.every((m) => ['10', '20', '30', '99'].includes(m.source_type!))).toBe(
			true
		);
	});

	it('imports a national file without the Banshi extension as a valid item', () => {
		const doc = throughJson(toNational(food()));
		delete doc.basic.x_banshi;
		for (const m of doc.materials) delete m.x_banshi;
		const r = fromNational(doc, { today: TODAY });
		expect(r.ok ? [] : r.errors).toEqual([]);
		if (!r.ok) return;
		const [item] = r.items;
		expect(item.name).toBe('食品经营许可（新办）');
		expect(item.kind).toBe('licensing');
		expect(item.materials.map((m) => m.name)).toEqual(food().materials.map((m) => m.name));
		expect(item.materials.some((m) => m.necessity === 'tolerable')).toBe(true);
	});
});

describe('the national elements beyond the core guide', () => {
	/** a food licence handled by an entrusted market supervision office, every element filled */
	function entrusted(): Item {
		const item = food();
		item.guide = { ...item.guide, ...nationalElements() };
		item.department.nature = 'entrusted-organisation';
		item.guide.itemStatus = {
			state: 'cancelled',
			plannedCancelOn: '2027-01-01',
			reason: '并入一件事'
		};
		return item;
	}

	it('writes them with their exchange keys and codes', () => {
		const doc = toNational(entrusted());
		expect(doc.basic).toMatchObject({
			power_source: '5',
			dept_type: '3',
			task_state: '3',
			plan_cancel_date: '2027-01-01',
			task_handle_item: '00013102900001',
			entrust_name: '示范市市场监督管理局',
			other_dept: ['示范县消防救援大队', '示范县卫生健康委员会'],
			service_type: '建设工程消防设计审查技术服务\n场所平面图测绘',
			limit_explain: '无数量限制',
			is_entry_center: '1',
			is_schedule: '1',
			is_pay_online: '0',
			is_express: '1',
			is_service_terminals: '0',
			user_topic_type: '104',
			corp_topic_type: '202,201',
			town_code: '410122100000',
			village_code: '410122100201'
		});
		expect(doc.basic.reconsiderat).toContain('行政复议');
		expect(doc.basic.litigation).toContain('行政诉讼');
	});

	it('gives them back exactly through a file', () => {
		const item = entrusted();
		const r = fromNational(throughJson(toNational(item)), { today: TODAY });
		expect(r.ok ? [] : r.errors).toEqual([]);
		expect(r.ok && r.items).toEqual([item]);
	});

	it('reads them from a national file without the Banshi extension', () => {
		const doc = throughJson(toNational(entrusted()));
		delete doc.basic.x_banshi;
		for (const m of doc.materials) delete m.x_banshi;
		const r = fromNational(doc, { today: TODAY });
		expect(r.ok ? [] : r.errors).toEqual([]);
		if (!r.ok) return;
		const [item] = r.items;
		expect(item.department.nature).toBe('entrusted-organisation');
		expect(item.guide).toMatchObject({
			powerSource: 'entrusted-superior',
			entrustment: { mode: 'entrust', department: '示范市市场监督管理局' },
			jointDepartments: [{ name: '示范县消防救援大队' }, { name: '示范县卫生健康委员会' }],
			handlingItem: { code: '00013102900001' },
			itemStatus: { state: 'cancelled', plannedCancelOn: '2027-01-01' },
			services: { lobby: true, onlinePayment: false },
			topics: { person: ['employment'], legalPerson: ['operating-permits', 'establishment'] },
			area: { townCode: '410122100000', villageCode: '410122100201' },
			quantityLimit: '无数量限制'
		});
		expect(item.guide.intermediaries?.map((s) => s.name)).toEqual([
			'建设工程消防设计审查技术服务',
			'场所平面图测绘'
		]);
	});

	it('locates unknown codes among them and imports nothing', () => {
		const doc = throughJson(toNational(entrusted()));
		doc.basic.power_source = '8';
		doc.basic.corp_topic_type = '202,777';
		doc.basic.is_express = 'yes';
		(doc.basic as unknown as Record<string, unknown>).other_dept = '示范县消防救援大队';
		const r = fromNational(doc, { today: TODAY });
		expect(!r.ok && r.errors.map((e) => e.path)).toEqual([
			'basic.power_source',
			'basic.is_express',
			'basic.corp_topic_type',
			'basic.other_dept'
		]);
	});

	it('exports an item without them as before: 在用, 法定机关, no new keys', () => {
		const doc = toNational(templates[0].item);
		const { basic } = throughJson(doc);
		expect(basic.task_state).toBe('1');
		expect(basic.dept_type).toBe('1');
	});
});

describe('national import errors', () => {
	function broken(): NationalDoc[] {
		const a = throughJson(toNational(food()));
		const b = throughJson(toNational(templates[1].item));
		return [a, b];
	}

	it('locates unknown codes and missing required elements, and imports nothing', () => {
		const [a, b] = broken();
		a.basic.task_type = '77';
		a.materials[1].is_need = '8';
		delete (b.basic as Partial<NationalDoc['basic']>).task_name;
		b.basic.use_level = '3,x';
		const r = fromNational({ items: [a, b] }, { today: TODAY });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => e.path)).toEqual([
			'items[0].basic.task_type',
			'items[0].materials[1].is_need',
			'items[1].basic.task_name',
			'items[1].basic.use_level'
		]);
		expect(r.errors[0].message).toContain('“77”');
		expect(r.errors[0].message).toContain('01');
		expect(r.errors[2].message).toBe('缺少必填要素“task_name”');
	});

	it('says the same in English', () => {
		const [a] = broken();
		a.fees = [{ fee_name: '工本费', fee_stand: '十元', is_desc: '0' }];
		const r = fromNational(a, { locale: 'en', today: TODAY });
		expect(!r.ok && r.errors).toEqual([
			{ path: 'fees[0].fee_stand', message: 'Fee standard "十元" is not an amount in yuan' }
		]);
	});

	it('reports an item that breaks a rule after import, without importing the sound one', () => {
		const [a, b] = broken();
		a.basic.x_banshi = { ...a.basic.x_banshi, riskClass: 'reckless' };
		const r = fromNational([b, a], { today: TODAY });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.every((e) => e.path === '[1].basic')).toBe(true);
		expect(r.errors[0].message).toContain('/riskClass');
	});

	it('rejects what is not an exchange file', () => {
		const r = fromNational({ hello: 1 });
		expect(!r.ok && r.errors[0].path).toBe('');
	});
});
