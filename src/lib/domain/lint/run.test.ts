import { describe, expect, it } from 'vitest';
import type { Item } from '../item/types';
import { cleanItem } from '../../../../tests/fixtures/lint/clean-item';
import { lintItem } from './index';
import { applyPatch } from './patch';

function messy(): Item {
	const item = cleanItem();
	item.guide.promisedTimeLimit = { value: 25, unit: 'workday' };
	item.guide.visits = 1;
	item.materials[1].necessity = 'tolerable';
	item.materials.push({
		...structuredClone(item.materials[0]),
		id: 'dup',
		name: '食品经营许可申请书 '
	});
	item.tolerance.enabled = true;
	item.tolerance.maxMissing = 5;
	item.form.uiSchema.premises = { area: { 'ui:widget': 'hidden' } };
	(item.form.schema.properties as Record<string, { allOf?: unknown[] }>).applicant.allOf = [
		{
			if: { properties: { type: { const: 'legal-person' } }, required: ['type'] },
			then: { required: ['channel'] }
		}
	];
	return item;
}

describe('lintItem', () => {
	it('orders findings by severity, then by pointer with numeric indexes', () => {
		const item = messy();
		for (let n = 0; n < 9; n++)
			item.materials.push({ ...structuredClone(item.materials[2]), id: `m${n}`, name: `附件${n}` });
		item.materials[11].essential = true; // /materials/11 must sort after /materials/1
		const findings = lintItem(item);
		const rank = { error: 0, warning: 1, info: 2 };
		for (let i = 1; i < findings.length; i++) {
			expect(rank[findings[i - 1].severity]).toBeLessThanOrEqual(rank[findings[i].severity]);
		}
		const errors = findings.filter((f) => f.severity === 'error').map((f) => f.pointer);
		expect(errors.indexOf('/materials/1/necessity')).toBeLessThan(
			errors.indexOf('/materials/11/necessity')
		);
		expect(findings[findings.length - 1].severity).toBe('warning');
	});

	it('speaks English when asked', () => {
		const item = cleanItem();
		item.guide.promisedTimeLimit = { value: 25, unit: 'workday' };
		expect(lintItem(item, { locale: 'en' })[0].message).toBe(
			'The promised time limit (25 working days) exceeds the legal time limit (20 working days)'
		);
		expect(lintItem(item)[0].message).toBe(
			'承诺办结时限（25 个工作日）超过法定办结时限（20 个工作日）'
		);
	});

	it('offers patches that actually clear their findings', () => {
		const item = messy();
		const findings = lintItem(item);
		const patched = findings.filter((f) => f.fix?.patch?.length);
		expect(patched.map((f) => f.rule).sort()).toEqual([
			'conditional-field-shown',
			'essential-material-tolerable',
			'max-missing-exceeds-policy',
			'max-missing-exceeds-tolerable',
			'promised-exceeds-legal',
			'required-field-hidden'
		]);
		for (const f of patched) {
			const copy = applyPatch(item, f.fix!.patch!);
			const after = lintItem(copy);
			expect(after.filter((a) => a.rule === f.rule && a.pointer === f.pointer)).toEqual([]);
			// a fix must not trade one error for another
			expect(after.filter((a) => a.severity === 'error').length).toBeLessThan(
				findings.filter((a) => a.severity === 'error').length + (f.severity === 'error' ? 0 : 1)
			);
		}
	});

	it('does not change the item it checks', () => {
		const item = messy();
		const before = JSON.stringify(item);
		lintItem(item, { profile: 'strict-local' });
		expect(JSON.stringify(item)).toBe(before);
	});

	it('does not throw on a half-edited document', () => {
		const broken = {
			...cleanItem(),
			guide: { fees: null, online: {} },
			materials: [null],
			form: {}
		};
		const findings = lintItem(broken as unknown as Item);
		expect(Array.isArray(findings)).toBe(true);
		expect(findings.some((f) => f.rule === 'guide-element-missing')).toBe(true);
	});

	it('lints a 1000-field form quickly, checking each distinct pattern once', () => {
		const item = cleanItem();
		const props: Record<string, unknown> = {};
		const required: string[] = [];
		for (let s = 0; s < 50; s++) {
			const fields: Record<string, unknown> = {};
			for (let f = 0; f < 20; f++) {
				fields[`f${f}`] = {
					type: 'string',
					title: `字段${s}-${f}`,
					// a handful of distinct patterns repeated across the form, plus one unique per section
					pattern:
						f === 0 ? `^S${s}\\d{4}$` : ['^\\d{6}$', '^1[3-9]\\d{9}$', '^[A-Z]{2}\\d+$'][f % 3]
				};
			}
			props[`s${s}`] = { type: 'object', title: `分组${s}`, properties: fields, required: ['f0'] };
			required.push(`s${s}`);
		}
		(fieldsOf(props, 's7').f3 as Record<string, unknown>).pattern = '^(\\d+)+$';
		item.form.schema = { type: 'object', properties: props, required };
		item.form.uiSchema = {};
		item.materials[1].condition = { properties: { s3: { properties: { f2: { const: 'x' } } } } };
		const start = performance.now();
		const findings = lintItem(item);
		const ms = performance.now() - start;
		expect(findings.map((f) => f.pointer)).toEqual([
			'/form/schema/properties/s7/properties/f3/pattern'
		]);
		expect(ms).toBeLessThan(1500);
	});
});

function fieldsOf(props: Record<string, unknown>, s: string) {
	return (props[s] as { properties: Record<string, unknown> }).properties;
}
