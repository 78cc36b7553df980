// A form made in the builder goes through item validation and publishing unchanged in meaning:
// the published schema accepts a conditional field only while its condition holds.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { addChineseFormats } from '$lib/domain/formats';
import { validateItem } from '$lib/domain/item/validate';
import { listFormFields } from '$lib/domain/item/fields';
import { compileItem } from '$lib/domain/compile';
import { lintItem } from '$lib/domain/lint';
import { PALETTE } from '$lib/designer/form-builder/kinds';
import type { Item } from '$lib/domain/item/types';
import {
	addField,
	renameKey,
	setVisibilityCondition,
	type Form
} from '$lib/designer/form-builder/ops';
import { setFieldProps } from '$lib/designer/form-builder/props';
import { EMPTY } from './helpers';

function builtForm(): Form {
	let form = addField(EMPTY, [], 0, 'name').form;
	form = setFieldProps(form, ['name'], { required: true });
	form = addField(form, [], 1, 'boolean').form;
	form = renameKey(form, ['yesNo'], 'hasAgent');
	form = setFieldProps(form, ['hasAgent'], { title: '是否委托代理人', required: true });
	form = addField(form, [], 2, 'section').form;
	form = renameKey(form, ['section'], 'agent');
	form = setFieldProps(form, ['agent'], { title: '代理人信息', required: true });
	form = addField(form, ['agent'], 0, 'idNumber').form;
	form = setFieldProps(form, ['agent', 'idNumber'], { title: '代理人身份证号', required: true });
	return setVisibilityCondition(form, ['agent'], { field: 'hasAgent', value: true });
}

describe('publishing a built form', () => {
	const template = JSON.parse(
		readFileSync(new URL('../../templates/wild-plant-collection.json', import.meta.url), 'utf8')
	) as Item;
	const form = builtForm();
	const item: Item = {
		...template,
		// materials may refer to template fields; this form has its own
		materials: template.materials.map((m) => {
			const copy = { ...m };
			delete copy.condition;
			return copy;
		}),
		form: { schema: form.schema, uiSchema: form.uiSchema }
	};

	it('passes item validation', () => {
		expect(validateItem(item).problems).toEqual([]);
	});

	it('lists conditional fields in the shared field inventory, so materials can refer to them', () => {
		const fields = listFormFields(form.schema);
		expect(fields.map((f) => [f.key, f.required])).toEqual([
			['name', true],
			['hasAgent', true],
			['agent', true],
			['agent.idNumber', true]
		]);
		expect(fields[2].schemaPointer).toBe('/allOf/0/then/properties/agent');
		const withCondition: Item = {
			...item,
			materials: item.materials.map((m, i) =>
				i === 0 ? { ...m, condition: { required: ['agent'] } } : m
			)
		};
		expect(validateItem(withCondition).problems).toEqual([]);
	});

	it('gives every palette kind a form the standardization rules accept', () => {
		let all = EMPTY;
		for (const kind of PALETTE) all = addField(all, [], Infinity, kind).form;
		all = addField(all, ['section'], 0, 'name').form;
		all = addField(all, ['group'], 0, 'idNumber').form;
		const findings = lintItem({ ...item, form: all }).filter((f) => f.pointer.startsWith('/form'));
		expect(findings).toEqual([]);
	});

	it('publishes a schema that allows the conditional section only while the condition holds', () => {
		const bundle = compileItem(item, { today: '2026-01-05' });
		const ajv = new Ajv2020({ allErrors: true, strict: false });
		addFormats(ajv);
		addChineseFormats(ajv);
		const validate = ajv.compile(bundle.applicationSchema);
		const agentErrors = (data: object) => {
			validate({ materials: {}, ...data });
			return (validate.errors ?? []).filter(
				(e) => e.instancePath.startsWith('/agent') || JSON.stringify(e.params).includes('agent')
			).length;
		};
		const agent = { idNumber: '11010519491231002X' };
		expect(agentErrors({ name: '张三', hasAgent: true, agent })).toBe(0);
		expect(agentErrors({ name: '张三', hasAgent: true })).toBeGreaterThan(0);
		expect(agentErrors({ name: '张三', hasAgent: false, agent })).toBeGreaterThan(0);
		expect(agentErrors({ name: '张三', hasAgent: false })).toBe(0);
		expect((bundle.uiSchema as { 'ui:order': string[] })['ui:order']).toEqual([
			'name',
			'hasAgent',
			'agent',
			'materials'
		]);
	});
});
