import { describe, expect, it } from 'vitest';
import tpl from '../../../../templates/wild-plant-collection.json';
import type { Item, JsonSchema } from '../item/types';
import { DiffError, deviations, deviationsToMarkdown } from './index';

const baseItem = () => structuredClone(tpl) as unknown as Item;
function localOf(base: Item): Item {
	const local = structuredClone(base);
	local.code = '11440300MB2C92051K3' + base.code.slice(-12);
	local.base = { code: base.code, version: 3 };
	return local;
}

describe('deviations of a local implementation from its base catalog item', () => {
	it('allows local places, contacts, department, a faster and more online service', () => {
		const base = baseItem();
		const local = localOf(base);
		local.department = { name: '示范县林业局', creditCode: '11440300MB2C92051K' };
		local.guide.locations[0].hours = '周一至周六 9:00-17:00';
		local.guide.consult.phones = ['0371-12345678'];
		local.guide.promisedTimeLimit = { value: 5, unit: 'workday' };
		local.guide.faq = [...(local.guide.faq ?? []), { question: '可以邮寄吗？', answer: '可以。' }];
		const r = deviations(base, local);
		expect(r.deviations.length).toBeGreaterThanOrEqual(5);
		expect(r.deviations.every((d) => d.classification === 'allowed')).toBe(true);
		expect(r.summary).toMatchObject({ flagged: 0, ok: true, verdict: '符合基本目录' });
		const faster = r.deviations.find((d) => d.change.code === 'guide.promisedTimeLimit');
		expect(faster?.change.sentence).toBe(
			'承诺办结时限由 10 个工作日缩短为 5 个工作日（对申请人有利：办得更快）'
		);
	});

	it('flags what the standard does not allow locally', () => {
		const base = baseItem();
		const local = localOf(base);
		local.guide.promisedTimeLimit = { value: 15, unit: 'workday' };
		local.materials.push({ ...local.materials[3], id: 'extra-proof', name: '村委会证明' });
		local.tolerance.maxMissing = 2;
		local.guide.fees = { free: false, items: [{ name: '工本费', amount: 5, basis: '地方文件' }] };
		local.guide.conditions[0] = local.guide.conditions[0].replace('科学研究', '科学研究或教学');
		local.guide.legalBasis[0].article = '第十七条';
		const props = local.form.schema.properties as Record<string, JsonSchema>;
		props.villageCode = { type: 'string', title: '村（社区）代码' };
		(local.form.schema.required as string[]).push('villageCode');
		const r = deviations(base, local);
		const flagged = r.deviations.filter((d) => d.classification === 'flagged');
		const codes = new Set(flagged.map((d) => d.change.code.split('.').slice(0, 2).join('.')));
		for (const code of [
			'guide.promisedTimeLimit',
			'material',
			'tolerance.maxMissing',
			'guide.fees',
			'guide.conditions',
			'guide.legalBasis',
			'form.field'
		])
			expect(codes).toContain(code);
		expect(r.summary.ok).toBe(false);
		expect(r.summary.verdict).toBe(`存在 ${flagged.length} 项需审查的差异`);
		const md = deviationsToMarkdown(r, 'zh-CN');
		expect(md).toContain('## 需审查的差异');
		expect(md).toContain('新增必要材料《村委会证明》');
		expect(md).toContain('承诺办结时限由 10 个工作日延长为 15 个工作日');
		expect(md).toContain(r.summary.verdict);
	});

	it('flags a material made tolerable and tolerance enabled where the base had none', () => {
		const base = baseItem();
		base.tolerance.enabled = false;
		const local = localOf(base);
		local.tolerance.enabled = true;
		const m = local.materials.find((x) => x.id === 'scenic-area-consent')!;
		m.necessity = 'tolerable';
		const r = deviations(base, local);
		expect(r.deviations.find((d) => d.change.code === 'identity.code')?.classification).toBe(
			'allowed'
		);
		const flagged = r.deviations.filter((d) => d.classification === 'flagged');
		expect(flagged.map((d) => [d.change.code, d.classification])).toEqual([
			['material.necessity', 'flagged'],
			['tolerance.enabled', 'flagged']
		]);
	});

	it('refuses a base item the local item does not derive from', () => {
		const base = baseItem();
		const local = localOf(base);
		local.base = { code: '000000000000', version: 1 };
		expect(() => deviations(base, local)).toThrow(DiffError);
		expect(() => deviations(base, local)).toThrow(/与所给基本目录事项/);
		delete local.base;
		expect(() => deviations(base, local)).toThrow(/未声明所依据的基本目录事项/);
	});
});
