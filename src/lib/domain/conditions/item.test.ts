// Conditions the builder writes are valid in an item, pass the drafting rules and publish.
import { describe, expect, it } from 'vitest';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import { compileItem } from '../compile/compile';
import { validateItem } from '../item/validate';
import { lintItem } from '../lint/run';
import type { JsonSchema } from '../item/types';
import { compileCondition, setFieldRule, type Condition } from '.';

const every: Condition = {
	all: false,
	parts: [
		{ field: ['applicant', 'applicantType'], op: 'oneOf', value: ['company'] },
		{ field: ['applicant', 'name'], op: 'contains', value: '(有限)公司' },
		{ field: ['applicant', 'region'], op: 'empty' },
		{
			all: true,
			parts: [
				{ field: ['business', 'category'], op: 'notEquals', value: '预包装食品销售' },
				{ field: ['business', 'opened'], op: 'dateBefore', value: '2024-01-01' },
				{ field: ['business', 'area'], op: 'gte', value: 50 }
			]
		}
	]
};

function item() {
	const it = sampleItem();
	const business = (it.form.schema.properties as Record<string, JsonSchema>).business;
	business.properties = {
		...(business.properties as object),
		opened: { type: 'string', title: '开业日期', format: 'date' },
		area: { type: 'number', title: '经营面积' }
	};
	return it;
}

describe('conditions in an item', () => {
	it('a rule within one section is not taken for a field shown while not needed', () => {
		const it = item();
		const when: Condition = {
			field: ['business', 'category'],
			op: 'equals',
			value: '热食类食品制售'
		};
		it.form.schema = setFieldRule(it.form.schema, ['business', 'area'], {
			visible: 'show',
			required: true,
			when
		});
		const shown = (x: typeof it) => lintItem(x).filter((f) => f.rule === 'conditional-field-shown');
		expect(shown(it)).toEqual([]);
		// the same `then: required` without the `else: false` would show the field all the time
		const always = structuredClone(it);
		const business = (always.form.schema.properties as Record<string, JsonSchema>).business;
		delete (business.allOf as JsonSchema[])[0].else;
		expect(shown(always)).toHaveLength(1);
	});

	it('a material condition with every kind of comparison validates, lints clean and publishes', () => {
		const it = item();
		it.materials[0].condition = compileCondition(every);
		it.materials[1].condition = compileCondition({ not: every });
		expect(validateItem(it).problems).toEqual([]);
		const findings = lintItem(it).filter((f) => f.pointer.startsWith('/materials/'));
		expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
		expect(() => compileItem(it)).not.toThrow();
	});

	it('a field rule across sections validates, lints clean and publishes', () => {
		const it = item();
		it.form.schema = setFieldRule(it.form.schema, ['business', 'area'], {
			visible: 'show',
			required: true,
			when: every
		});
		expect(validateItem(it).problems).toEqual([]);
		expect(lintItem(it).filter((f) => f.rule === 'conditional-field-shown')).toEqual([]);
		const bundle = compileItem(it);
		const business = (bundle.applicationSchema.properties as Record<string, JsonSchema>).business;
		expect(business.unevaluatedProperties).toBe(false);
	});
});

describe('a field rule whose source is gone', () => {
	it('is reported at its `if`, naming the field', () => {
		const it = item();
		it.form.schema = setFieldRule(it.form.schema, ['business', 'area'], {
			visible: 'show',
			required: false,
			when: { field: ['applicant', 'vanished'], op: 'filled' }
		});
		const problems = validateItem(it).problems.filter((p) => p.code === 'unknown-field');
		expect(problems.map((p) => p.pointer)).toEqual(['/form/schema/allOf/0/if']);
		expect(problems[0].message).toContain('applicant.vanished');
	});
});
