// Review sees the national elements: each change is a labelled sentence, judged for the applicant.
import { describe, expect, it } from 'vitest';
import tpl from '../../../../templates/food-business-licence.json';
import { nationalElements } from '../../../../tests/fixtures/national-elements';
import { compileItem } from '../compile';
import type { Item } from '../item/types';
import { diffItems, type Change, type DiffReport } from './index';

const TODAY = '2026-12-01';
const all = (r: DiffReport): Change[] => Object.values(r.groups).flat();
const sentences = (r: DiffReport) => all(r).map((c) => c.sentence);

/** the template with the fixture's elements (an entrusted food licence) */
function before(): Item {
	const item = structuredClone(tpl) as unknown as Item;
	item.guide = { ...item.guide, ...nationalElements() };
	return item;
}

describe('diff of the national elements', () => {
	it('names each change with its element and both values', () => {
		const b = before();
		b.guide.powerSource = 'delegated';
		b.guide.entrustment = { mode: 'delegate', department: '示范省市场监督管理局' };
		b.guide.quantityLimit = '每个经营场所限一证';
		b.guide.supervision!.methods = ['random-inspection', 'key-supervision'];
		b.guide.topics!.legalPerson = ['operating-permits'];
		b.guide.area!.villageCode = '410122100202';
		b.department.nature = 'entrusted-organisation';
		const r = diffItems(before(), b);
		expect(sentences(r)).toEqual(
			expect.arrayContaining([
				'权力来源由「上级委托」改为「上级下放」',
				'委托部门 / 受托组织由「委托 示范市市场监督管理局 → 示范县市场监督管理局城关市场监管所」改为「下放 示范省市场监督管理局」',
				'数量限制已修改',
				'监管方式新增重点监管',
				'监管方式取消信用监管',
				'法人主题分类取消设立变更',
				'村居代码由「410122100201」改为「410122100202」',
				'实施主体性质由法定机关改为受委托组织'
			])
		);
		const codes = all(r).map((c) => c.code);
		expect(codes).toContain('guide.powerSource');
		expect(codes).toContain('identity.department.nature');
		// the department itself did not change
		expect(codes).not.toContain('identity.department');
	});

	it('judges changes for the applicant: a new required intermediary and a cancellation are stricter', () => {
		const b = before();
		b.guide.intermediaries!.push({ name: '施工图审查', required: true, feeBasis: '市场调节价' });
		b.guide.intermediaries![1].required = true;
		b.guide.itemStatus = { state: 'cancelled', plannedCancelOn: '2027-01-01' };
		b.guide.services!.onlinePayment = true;
		b.guide.services!.express = false;
		const r = diffItems(before(), b);
		const effect = (code: string) =>
			all(r)
				.filter((c) => c.code === code)
				.map((c) => c.applicant);
		expect(effect('guide.intermediaries')).toEqual(['stricter']);
		expect(effect('guide.intermediaries.required')).toEqual(['stricter']);
		expect(effect('guide.itemStatus.state')).toEqual(['stricter']);
		expect(effect('guide.services.onlinePayment')).toEqual(['looser']);
		expect(effect('guide.services.express')).toEqual(['stricter']);
		expect(sentences(r)).toEqual(
			expect.arrayContaining([
				'新增中介服务：施工图审查',
				'中介服务“场所平面图测绘”改为必要',
				'事项状态由「在用」改为「取消」',
				'新增计划取消日期：2027-01-01',
				'改为支持网上支付',
				'改为不支持物流快递'
			])
		);
	});

	it('reports every element as added against a version from before them, in English too', () => {
		const old = structuredClone(tpl) as unknown as Item;
		for (const key of Object.keys(nationalElements())) delete old.guide[key as keyof Item['guide']];
		const r = diffItems(old, before(), { locale: 'en' });
		const codes = new Set(all(r).map((c) => c.code.split('.').slice(0, 2).join('.')));
		for (const code of [
			'guide.powerSource',
			'guide.entrustment',
			'guide.jointDepartments',
			'guide.handlingItem',
			'guide.intermediaries',
			'guide.quantityLimit',
			'guide.supervision',
			'guide.itemStatus',
			'guide.services',
			'guide.topics',
			'guide.remedies',
			'guide.area'
		])
			expect(codes, code).toContain(code);
		expect(sentences(r)).toContain('Source of power added: Entrusted by a higher level');
		expect(sentences(r)).toContain('Now offers appointments');
	});

	it('labels a change of the lineage (事项沿革) with the change and the predecessors', () => {
		const merged = before();
		merged.guide.lineage = {
			change: 'merge',
			predecessors: [
				{ code: 'A001', name: '食品经营许可', version: 2 },
				{ code: 'A002', name: '食品小摊点备案', version: 1 }
			],
			date: '2026-12-01'
		};
		const added = diffItems(before(), merged);
		expect(all(added).map((c) => [c.code, c.sentence])).toEqual([
			['guide.lineage', '新增事项沿革：合并 食品经营许可、食品小摊点备案']
		]);
		const split = structuredClone(merged);
		split.guide.lineage = { change: 'split', predecessors: [{ code: 'A001' }] };
		expect(sentences(diffItems(merged, split, { locale: 'en' }))).toEqual([
			'Item history "Merged 食品经营许可, 食品小摊点备案" → "Split A001"'
		]);
	});

	it('compares published bundles the same way', () => {
		const b = before();
		b.guide.remedies!.litigation = '自知道之日起六个月内向示范市中级人民法院提起行政诉讼';
		const r = diffItems(compileItem(before(), { today: TODAY }), compileItem(b, { today: TODAY }));
		expect(all(r).map((c) => [c.code, c.sentence])).toEqual([
			['guide.remedies.litigation', '行政诉讼途径已修改']
		]);
	});
});
