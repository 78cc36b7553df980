import { describe, expect, it } from 'vitest';
import { listFormFields } from '$lib/domain/item';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import { calcOf, startCalc, withCalc } from './calc-form';
import { inputFor, opsFor, sourceFields } from './model';
import { dataPathOf, groupOf } from './paths';

const schema = sampleItem().form.schema;
const fields = listFormFields(schema);
const field = (key: string) => fields.find((f) => f.key === key);

describe('condition editor model', () => {
	it('offers the comparisons that fit a field and the value input they need', () => {
		expect(opsFor(field('applicant.applicantType'))).toContain('oneOf');
		expect(opsFor(field('shareholders.*.share'))).toContain('gte');
		expect(opsFor(field('applicant.name'))).toContain('contains');
		expect(inputFor(field('applicant.applicantType'), 'equals')).toBe('choice');
		expect(inputFor(field('applicant.applicantType'), 'oneOf')).toBe('choices');
		expect(inputFor(field('shareholders.*.share'), 'lt')).toBe('number');
		expect(inputFor(field('applicant.name'), 'filled')).toBe('none');
	});

	it('lets a condition test any field of the form, but a group entry only from inside it', () => {
		const outside = sourceFields(fields, [], 'business.address').map((f) => f.key);
		expect(outside).toContain('applicant.applicantType');
		expect(outside).not.toContain('shareholders.*.share');
		expect(outside).not.toContain('applicant');
		const inGroup = sourceFields(fields, ['shareholders', '*']).map((f) => f.key);
		expect(inGroup).toContain('shareholders.*.share');
	});

	it("maps the builder's path to the data path", () => {
		expect(dataPathOf(schema, ['shareholders', 'share'])).toEqual(['shareholders', '*', 'share']);
		expect(dataPathOf(schema, ['applicant', 'name'])).toEqual(['applicant', 'name']);
		expect(groupOf(['shareholders', '*', 'share'])).toEqual(['shareholders', '*']);
	});

	it('writes and removes a calculation in the uiSchema', () => {
		const calc = startCalc('sum', fields);
		expect(calc).toEqual({ fn: 'sum', items: 'shareholders', of: 'share' });
		const ui = withCalc({ applicant: { 'ui:order': ['x'] } }, ['business', 'total'], calc);
		expect(calcOf(ui, ['business', 'total']).calc).toEqual(calc);
		expect(withCalc(ui, ['business', 'total'], undefined)).toEqual({
			applicant: { 'ui:order': ['x'] }
		});
		expect(startCalc('ageFromId', fields)).toEqual({ fn: 'ageFromId', id: 'applicant.idNumber' });
	});
});
