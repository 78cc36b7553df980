import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffItems } from '$lib/domain/diff';
import { presentChanges } from './present';

const base = JSON.parse(readFileSync('templates/minimum-living-allowance.json', 'utf8'));

function changed(edit: (d: typeof base) => void) {
	const next = structuredClone(base);
	edit(next);
	const report = diffItems(base, next, { locale: 'zh-CN' });
	return Object.values(report.groups)
		.flat()
		.map((c) => presentChanges([c], base, next, 'zh-CN')[0]);
}

describe('a change in a reviewer’s words', () => {
	it('labels enum values and booleans', () => {
		const [necessity, exempt] = changed((d) => {
			d.materials[1].necessity = 'tolerable';
			d.materials[1].sharedExempt = false; // true in the template
		});
		expect(necessity.shown).toEqual({
			before: { kind: 'text', text: '必要' },
			after: { kind: 'text', text: '容缺后补' }
		});
		expect(exempt.shown?.before).toEqual({ kind: 'text', text: '是' });
		expect(exempt.shown?.after).toEqual({ kind: 'text', text: '否' });
	});

	it('names form fields by their titles and material conditions in words', () => {
		const [field] = changed((d) => {
			d.form.schema.properties.household.properties.members.items.properties.name.maxLength = 20;
		});
		expect(field.shown?.after).toEqual({
			kind: 'text',
			text: '家庭情况 › 共同生活的家庭成员 › 姓名'
		});
		expect(field.sentence).toContain('最多字数');
		const [cond] = changed((d) => {
			d.materials[1].condition = {
				properties: { hasAgent: { const: true } },
				required: ['hasAgent']
			};
		});
		expect(cond.shown?.after).toEqual({
			kind: 'text',
			text: '仅当「是否委托代理人办理」为“是”时'
		});
	});

	it('shows objects as labelled rows', () => {
		const fees = changed((d) => {
			d.guide.fees = { free: false, items: [{ name: '工本费', amount: 10, basis: '某规定' }] };
		});
		const item = fees.find((c) => c.code === 'guide.fees.items')!;
		expect(item.shown?.after).toEqual({
			kind: 'rows',
			rows: [
				{ label: '名称', value: '工本费' },
				{ label: '金额（元）', value: '10' },
				{ label: '依据', value: '某规定' }
			]
		});
	});
});
