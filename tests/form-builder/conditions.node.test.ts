import { describe, expect, it } from 'vitest';
import {
	addField,
	conditionSources,
	duplicateField,
	fieldTree,
	moveField,
	removeField,
	renameKey,
	setVisibilityCondition,
	type Form
} from '$lib/designer/form-builder/ops';
import { readField, setFieldProps } from '$lib/designer/form-builder/props';
import { compile, embeddedProblems, emptyContainers, EMPTY, frozen, resolved } from './helpers';

const LABELS = { yes: '是', no: '否' };

/** hasAgent (yes/no), agent (section, required when shown) with a name inside, and a mobile. */
function agentForm(): Form {
	let form = addField(EMPTY, [], 0, 'boolean').form;
	form = addField(form, [], 1, 'section').form;
	form = addField(form, [], 2, 'mobile').form;
	form = renameKey(form, ['yesNo'], 'hasAgent');
	form = renameKey(form, ['section'], 'agent');
	form = addField(form, ['agent'], 0, 'name').form;
	form = setFieldProps(form, ['agent'], { required: true, title: '代理人' });
	return form;
}

describe('setVisibilityCondition', () => {
	it('writes the field into an if/then of its section and takes it out of properties', () => {
		const form = setVisibilityCondition(frozen(agentForm()), ['agent'], {
			field: 'hasAgent',
			value: true
		});
		const s = form.schema as Record<string, Record<string, unknown>>;
		expect(Object.keys(s.properties)).toEqual(['hasAgent', 'mobile']);
		expect(s.required).toBeUndefined();
		expect(s.allOf).toEqual([
			{
				if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] },
				then: {
					properties: {
						agent: { type: 'object', title: '代理人', properties: { name: expect.any(Object) } }
					},
					required: ['agent']
				}
			}
		]);
		// it keeps its place among the fields
		expect(form.uiSchema['ui:order']).toEqual(['hasAgent', 'agent', 'mobile']);
		expect(embeddedProblems(form)).toEqual([]);
		expect(emptyContainers(form)).toEqual([]);
	});

	it('reads back the condition it wrote, for the panel and the canvas', () => {
		const form = setVisibilityCondition(agentForm(), ['agent'], { field: 'hasAgent', value: true });
		expect(readField(form, ['agent'])).toMatchObject({
			key: 'agent',
			kind: 'section',
			required: true,
			condition: { field: 'hasAgent', value: true }
		});
		expect(fieldTree(form).map((n) => [n.key, n.condition ?? null])).toEqual([
			['hasAgent', null],
			['agent', { field: 'hasAgent', value: true }],
			['mobile', null]
		]);
		expect(fieldTree(form)[1].children?.map((c) => c.key)).toEqual(['name']);
	});

	it('validates and renders the field only while the condition holds', () => {
		const form = setVisibilityCondition(agentForm(), ['agent'], { field: 'hasAgent', value: true });
		const v = compile(form);
		expect(v({ hasAgent: false })).toBe(true);
		expect(v({ hasAgent: true })).toBe(false);
		expect(v({ hasAgent: true, agent: {} })).toBe(true);
		expect(Object.keys(resolved(form, { hasAgent: false }).properties as object)).toEqual([
			'hasAgent',
			'mobile'
		]);
		expect(Object.keys(resolved(form, { hasAgent: true }).properties as object)).toContain('agent');
	});

	it('groups fields shown under the same condition and removes the rule with its last field', () => {
		let form = agentForm();
		form = setVisibilityCondition(form, ['agent'], { field: 'hasAgent', value: true });
		form = setVisibilityCondition(form, ['mobile'], { field: 'hasAgent', value: true });
		const allOf = form.schema.allOf as { then: { properties: object } }[];
		expect(allOf).toHaveLength(1);
		expect(Object.keys(allOf[0].then.properties)).toEqual(['agent', 'mobile']);
		form = setVisibilityCondition(form, ['agent'], null);
		form = setVisibilityCondition(form, ['mobile'], null);
		expect(form.schema.allOf).toBeUndefined();
		expect(form.schema.required).toEqual(['agent']);
		expect(Object.keys(form.schema.properties as object)).toEqual(['hasAgent', 'agent', 'mobile']);
	});

	it('conditions on a choice value, offering only choice and yes/no siblings', () => {
		let form = addField(EMPTY, [], 0, 'radio').form;
		form = addField(form, [], 1, 'creditCode').form;
		form = addField(form, [], 2, 'text').form;
		form = setFieldProps(form, ['option'], {
			options: [
				{ value: 'person', label: '个人' },
				{ value: 'company', label: '企业' }
			]
		});
		const sources = conditionSources(form, ['creditCode'], LABELS);
		expect(sources.map((s) => [s.key, s.options])).toEqual([
			[
				'option',
				[
					{ value: 'person', label: '个人' },
					{ value: 'company', label: '企业' }
				]
			]
		]);
		form = setVisibilityCondition(form, ['creditCode'], { field: 'option', value: 'company' });
		expect(readField(form, ['creditCode'])?.condition).toEqual({
			field: 'option',
			value: 'company'
		});
		const v = compile(form);
		expect(v({ option: 'company', creditCode: '91350100M000100Y43' })).toBe(true);
		expect(v({ option: 'company', creditCode: 'bad' })).toBe(false);
	});

	it('does not offer a field that depends on this one, and refuses such a cycle', () => {
		let form = addField(EMPTY, [], 0, 'boolean').form;
		form = addField(form, [], 1, 'boolean').form;
		form = setVisibilityCondition(form, ['yesNo2'], { field: 'yesNo', value: true });
		expect(conditionSources(form, ['yesNo'], LABELS)).toEqual([]);
		expect(() =>
			setVisibilityCondition(form, ['yesNo'], { field: 'yesNo2', value: true })
		).toThrow();
		expect(() => setVisibilityCondition(form, ['yesNo'], { field: 'nope', value: true })).toThrow();
	});

	it('follows renames of both the field and the field it depends on', () => {
		let form = setVisibilityCondition(agentForm(), ['agent'], { field: 'hasAgent', value: true });
		form = renameKey(form, ['hasAgent'], 'byAgent');
		form = renameKey(form, ['agent'], 'representative');
		expect(readField(form, ['representative'])?.condition).toEqual({
			field: 'byAgent',
			value: true
		});
		expect(form.uiSchema['ui:order']).toEqual(['byAgent', 'representative', 'mobile']);
	});

	it('shows dependants always once the field they depend on is deleted or moved away', () => {
		let form = setVisibilityCondition(agentForm(), ['agent'], { field: 'hasAgent', value: true });
		const removed = removeField(form, ['hasAgent']);
		expect(readField(removed, ['agent'])?.condition).toBeUndefined();
		expect(removed.schema.allOf).toBeUndefined();
		expect(removed.schema.required).toEqual(['agent']);

		form = addField(form, [], 3, 'section').form;
		const moved = moveField(form, ['hasAgent'], ['section'], 0).form;
		expect(readField(moved, ['agent'])?.condition).toBeUndefined();
	});

	it('keeps a condition when moving within the section, drops it when moving elsewhere', () => {
		let form = setVisibilityCondition(agentForm(), ['mobile'], { field: 'hasAgent', value: true });
		form = moveField(form, ['mobile'], [], 0).form;
		expect(readField(form, ['mobile'])?.condition).toEqual({ field: 'hasAgent', value: true });
		expect(form.uiSchema['ui:order']).toEqual(['mobile', 'hasAgent', 'agent']);
		form = moveField(form, ['mobile'], ['agent'], 1).form;
		expect(readField(form, ['agent', 'mobile'])?.condition).toBeUndefined();
		expect(form.schema.allOf).toBeUndefined();
	});

	it('duplicates a conditional field with its condition', () => {
		let form = setVisibilityCondition(agentForm(), ['mobile'], { field: 'hasAgent', value: true });
		form = duplicateField(form, ['mobile']).form;
		expect(readField(form, ['mobile2'])?.condition).toEqual({ field: 'hasAgent', value: true });
	});

	it('edits the properties of a conditional field in place', () => {
		let form = setVisibilityCondition(agentForm(), ['mobile'], { field: 'hasAgent', value: true });
		form = setFieldProps(form, ['mobile'], { title: '代理人手机', required: true });
		const then = (form.schema.allOf as { then: Record<string, Record<string, unknown>> }[])[0].then;
		expect(then.properties.mobile).toMatchObject({ title: '代理人手机', format: 'cn-mobile' });
		expect(then.required).toEqual(['mobile']);
	});

	it('adds and moves fields into a conditional section', () => {
		let form = setVisibilityCondition(agentForm(), ['agent'], { field: 'hasAgent', value: true });
		form = addField(form, ['agent'], 1, 'idNumber').form;
		form = moveField(form, ['mobile'], ['agent'], 2).form;
		const then = (form.schema.allOf as { then: { properties: Record<string, object> } }[])[0].then;
		expect(Object.keys((then.properties.agent as { properties: object }).properties)).toEqual([
			'name',
			'idNumber',
			'mobile'
		]);
		expect(form.uiSchema.agent).toEqual({ 'ui:order': ['name', 'idNumber', 'mobile'] });
		expect(fieldTree(form)[1].children?.map((c) => c.key)).toEqual(['name', 'idNumber', 'mobile']);
		expect(compile(form)({ hasAgent: true, agent: { idNumber: 'x' } })).toBe(false);
	});

	it('makes hand-written rules forget a field that is deleted or moved away', () => {
		const form: Form = {
			schema: {
				type: 'object',
				properties: {
					hasAgent: { type: 'boolean' },
					agent: { type: 'object', properties: { name: { type: 'string' } } },
					note: { type: 'string' },
					other: { type: 'object' }
				},
				required: ['hasAgent'],
				allOf: [
					{
						if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] },
						then: { required: ['agent', 'note'] }
					}
				]
			},
			uiSchema: {}
		};
		const noAgent = removeField(frozen(form), ['agent']);
		expect(noAgent.schema.allOf).toEqual([
			{
				if: { properties: { hasAgent: { const: true } }, required: ['hasAgent'] },
				then: { required: ['note'] }
			}
		]);
		expect(removeField(noAgent, ['note']).schema.allOf).toBeUndefined();
		// a rule that needs the field to be there can no longer apply
		expect(removeField(form, ['hasAgent']).schema.allOf).toBeUndefined();
		expect(moveField(form, ['hasAgent'], ['other'], 0).form.schema.allOf).toBeUndefined();
		expect(embeddedProblems(removeField(form, ['agent']))).toEqual([]);
	});

	it('leaves hand-written rules alone and does not mistake them for conditions', () => {
		const form: Form = {
			schema: {
				type: 'object',
				properties: {
					kind: { type: 'string', enum: ['a', 'b'] },
					list: { type: 'array', items: { type: 'string' } }
				},
				allOf: [
					{
						if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
						then: { required: ['list'], properties: { list: { minItems: 1 } } }
					}
				]
			},
			uiSchema: {}
		};
		expect(readField(form, ['list'])?.condition).toBeUndefined();
		const out = setVisibilityCondition(form, ['list'], { field: 'kind', value: 'a' });
		expect((out.schema.allOf as unknown[])[0]).toEqual((form.schema.allOf as unknown[])[0]);
		expect(out.schema.allOf).toHaveLength(2);
		expect(readField(out, ['list'])?.condition).toEqual({ field: 'kind', value: 'a' });
	});
});
