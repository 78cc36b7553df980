import { describe, expect, it } from 'vitest';
import { createAjv } from '../validation/ajv';
import { listFieldRules, rulesFor, setFieldRule, type FieldRule } from '.';
import type { JsonSchema } from '../item/types';

const form: JsonSchema = {
	type: 'object',
	properties: {
		applicant: {
			type: 'object',
			title: '申请人',
			properties: {
				type: { type: 'string', enum: ['个人', '企业'] },
				age: { type: 'integer' }
			},
			required: ['type']
		},
		agent: {
			type: 'object',
			title: '代理人',
			properties: {
				name: { type: 'string' },
				idNumber: { type: 'string' }
			},
			required: ['name']
		},
		shareholders: {
			type: 'array',
			items: {
				type: 'object',
				properties: { kind: { type: 'string' }, uscc: { type: 'string' } }
			}
		}
	}
};

const when = {
	all: false,
	parts: [
		{ field: ['applicant', 'type'], op: 'equals' as const, value: '企业' },
		{ field: ['applicant', 'age'], op: 'lt' as const, value: 18 }
	]
};

describe('field rules', () => {
	it('places a rule across sections at the root and reads it back', () => {
		const s = setFieldRule(form, ['agent', 'name'], { visible: 'show', required: true, when });
		expect(s.allOf).toHaveLength(1);
		const placed = listFieldRules(s);
		expect(placed).toHaveLength(1);
		expect(placed[0].level).toEqual([]);
		expect(placed[0].rule).toEqual({
			target: ['agent', 'name'],
			visible: 'show',
			required: true,
			when
		} satisfies FieldRule);
		// the field left its section's own `required`: required while shown is the rule's to say
		expect((s.properties as Record<string, JsonSchema>).agent.required).toBeUndefined();
	});

	it('validates like the rule says: hidden means absent, shown means required', () => {
		const s = setFieldRule(form, ['agent', 'name'], { visible: 'show', required: true, when });
		const validate = createAjv('form').compile(s);
		const data = (type: string, age: number, agent: Record<string, unknown>) => ({
			applicant: { type, age },
			agent
		});
		expect(validate(data('个人', 30, {}))).toBe(true);
		expect(validate(data('个人', 30, { name: '张三' }))).toBe(false);
		expect(validate(data('企业', 30, {}))).toBe(false);
		expect(validate(data('个人', 16, { name: '张三' }))).toBe(true);
	});

	it('places a rule inside a repeating group on the group element', () => {
		const s = setFieldRule(form, ['shareholders', '*', 'uscc'], {
			visible: 'show',
			required: false,
			when: { field: ['shareholders', '*', 'kind'], op: 'equals', value: '企业' }
		});
		const placed = listFieldRules(s);
		expect(placed[0].level).toEqual(['shareholders', '*']);
		expect(placed[0].rule?.target).toEqual(['shareholders', '*', 'uscc']);
	});

	it('replaces and removes its own rules and leaves hand-written JSON alone', () => {
		const foreign = { if: { required: ['x'] }, then: { minProperties: 2 } };
		let s: JsonSchema = { ...form, allOf: [foreign] };
		s = setFieldRule(s, ['agent', 'name'], { visible: 'hide', required: false, when });
		s = setFieldRule(s, ['agent', 'name'], { required: true, when });
		expect(rulesFor(s, ['agent', 'name'])).toHaveLength(1);
		expect(
			listFieldRules(s)
				.filter((p) => !p.rule)
				.map((p) => p.json)
		).toEqual([foreign]);
		s = setFieldRule(s, ['agent', 'name'], null);
		expect(s.allOf).toEqual([foreign]);
	});

	it('puts a field required while shown back among the required when the rule goes', () => {
		let s = setFieldRule(form, ['agent', 'name'], { visible: 'show', required: true, when });
		s = setFieldRule(s, ['agent', 'name'], null);
		expect((s.properties as Record<string, JsonSchema>).agent.required).toEqual(['name']);
		expect(s.allOf).toBeUndefined();
	});
});

describe('field rules in the published schema', () => {
	it('keep every section closed: a rule declares no field', async () => {
		const { closeObjects } = await import('../compile/application');
		const s = closeObjects(
			setFieldRule(form, ['agent', 'name'], { visible: 'show', required: true, when })
		);
		const agent = (s.properties as Record<string, JsonSchema>).agent;
		expect(agent.unevaluatedProperties).toBe(false);
		const validate = createAjv('form').compile(s);
		expect(validate({ applicant: { type: '企业' }, agent: { name: '张三', extra: 1 } })).toBe(
			false
		);
		expect(validate({ applicant: { type: '企业' }, agent: { name: '张三' } })).toBe(true);
	});
});
