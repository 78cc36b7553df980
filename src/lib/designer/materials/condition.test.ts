import { describe, expect, it } from 'vitest';
import { listFormFields } from '$lib/domain/item';
import { buildCondition, conditionFields, fieldChoices, readCondition } from './condition';

const schema = {
	type: 'object',
	properties: {
		applicantType: { type: 'string', title: '申请人类型', enum: ['person', 'company'] },
		hasAgent: { type: 'boolean', title: '是否委托' },
		note: { type: 'string', title: '备注' },
		count: { type: 'integer', title: '人数' },
		applicant: {
			type: 'object',
			properties: { kind: { type: 'string', enum: ['a', 'b'] } }
		},
		members: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } }
	}
};

describe('material condition builder', () => {
	it('offers enum, boolean and text fields outside repeating groups', () => {
		const keys = conditionFields(listFormFields(schema)).map((f) => f.key);
		expect(keys).toEqual(['applicantType', 'hasAgent', 'note', 'applicant.kind']);
	});

	it('writes the JSON Schema the acceptance schemas evaluate', () => {
		expect(buildCondition({ key: 'hasAgent', op: 'equals', value: true })).toEqual({
			properties: { hasAgent: { const: true } },
			required: ['hasAgent']
		});
		expect(buildCondition({ key: 'applicant.kind', op: 'notEquals', value: 'a' })).toEqual({
			not: {
				properties: { applicant: { properties: { kind: { const: 'a' } }, required: ['kind'] } },
				required: ['applicant']
			}
		});
		expect(buildCondition({ key: 'note', op: 'filled' })).toEqual({ required: ['note'] });
	});

	it('reads back what it writes', () => {
		for (const c of [
			{ key: 'hasAgent', op: 'equals', value: false },
			{ key: 'applicant.kind', op: 'notEquals', value: 'b' },
			{ key: 'applicant.kind', op: 'filled' }
		] as const) {
			expect(readCondition(buildCondition(c))).toEqual(c);
		}
	});

	it('refuses to read conditions it cannot show faithfully', () => {
		expect(readCondition({ anyOf: [{ required: ['a'] }, { required: ['b'] }] })).toBeUndefined();
		expect(
			readCondition({ properties: { a: { const: 1, minimum: 0 } }, required: ['a'] })
		).toBeUndefined();
		expect(readCondition({ properties: { a: { const: 1 } }, required: ['b'] })).toBeUndefined();
		expect(readCondition({ not: { required: ['a'] } })).toBeUndefined();
	});

	it('lists the values of enum and boolean fields', () => {
		const fields = listFormFields(schema);
		expect(fieldChoices(fields.find((f) => f.key === 'applicantType'))).toEqual([
			'person',
			'company'
		]);
		expect(fieldChoices(fields.find((f) => f.key === 'hasAgent'))).toEqual([true, false]);
		expect(fieldChoices(fields.find((f) => f.key === 'note'))).toBeUndefined();
	});
});
