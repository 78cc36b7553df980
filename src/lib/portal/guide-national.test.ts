// The guide page (and the handbook, which prints the same component) shows the national elements a
// guide states, in both languages, and nothing for a guide published before them.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import tpl from '../../../templates/food-business-licence.json';
import { nationalElements } from '../../../tests/fixtures/national-elements';
import { compileItem, guidePart } from '$lib/domain/compile';
import type { Item } from '$lib/domain/item/types';
import GuideView from './GuideView.svelte';

const TODAY = '2026-12-01';
const text = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ');

function page(item: Item, locale: 'zh-CN' | 'en' = 'zh-CN') {
	const bundle = guidePart(compileItem(item, { today: TODAY }));
	return text(render(GuideView, { props: { bundle, locale, today: TODAY } }).body).replace(
		/\s+/g,
		' '
	);
}

function entrusted(): Item {
	const item = structuredClone(tpl) as unknown as Item;
	item.guide = { ...item.guide, ...nationalElements() };
	item.department.nature = 'entrusted-organisation';
	return item;
}

describe('the national elements on the guide page', () => {
	it('shows what the guide states', () => {
		const body = page(entrusted());
		for (const s of [
			'实施信息',
			'上级委托',
			'受委托组织',
			'委托部门',
			'示范县市场监督管理局城关市场监管所',
			'示范县消防救援大队（消防安全现场核查）',
			'00013102900001',
			'建设工程消防设计审查技术服务',
			'市场调节价，由委托双方协商确定',
			'无数量限制',
			'就业创业',
			'准营准办',
			'410122100201',
			'支持预约办理 是',
			'支持网上支付 否',
			'监管与救济途径',
			'“双随机、一公开”监管',
			'第一百一十条',
			'六十日内向示范县人民政府申请行政复议',
			'示范县人民法院提起行政诉讼'
		])
			expect(body, s).toContain(s);
		expect(body).not.toContain('暂停办理');
	});

	it('warns of a suspension or a planned cancellation at the top', () => {
		const item = entrusted();
		item.guide.itemStatus = {
			state: 'cancelled',
			plannedCancelOn: '2027-01-01',
			reason: '并入一件事'
		};
		const body = page(item);
		expect(body).toContain('本事项已列入取消计划。计划于 2027年1月1日 取消。原因：并入一件事');
		expect(page(item, 'en')).toContain('This item is scheduled for cancellation.');
	});

	it('speaks English with English labels', () => {
		const body = page(entrusted(), 'en');
		expect(body).toContain('Source of power');
		expect(body).toContain('Entrusted by a higher level');
		expect(body).toContain('Supervision and remedies');
		expect(body).toContain('Administrative reconsideration');
	});

	it('shows none of it for a guide without them', () => {
		const item = structuredClone(tpl) as unknown as Item;
		for (const key of Object.keys(nationalElements()))
			delete item.guide[key as keyof Item['guide']];
		const body = page(item);
		for (const s of ['实施信息', '监管与救济途径', '权力来源', '支持预约办理'])
			expect(body).not.toContain(s);
	});
	it('says where the item came from when it was merged, split or transferred (事项沿革)', () => {
		const item = structuredClone(tpl) as unknown as Item;
		expect(page(item)).not.toContain('事项沿革');
		item.guide.lineage = {
			change: 'merge',
			predecessors: [
				{ code: 'A00001', name: '食品销售许可', version: 2 },
				{ code: 'A00002', name: '餐饮服务许可', version: 1 }
			]
		};
		expect(page(item)).toContain('本事项由食品销售许可（A00001）、餐饮服务许可（A00002）合并而来');
		expect(page(item, 'en')).toContain('This item was merged from 食品销售许可（A00001）');
		item.guide.lineage = {
			change: 'transfer',
			predecessors: [{ code: item.code, department: '市市场监督管理局' }]
		};
		expect(page(item)).toContain('本事项由市市场监督管理局划转而来');
	});
});
