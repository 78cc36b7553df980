import { describe, expect, it } from 'vitest';
import { addField, checkKey, type Form } from '$lib/designer/form-builder/ops';
import {
	checkOptions,
	parseConstraints,
	readField,
	setFieldProps
} from '$lib/designer/form-builder/props';
import { compile, embeddedProblems, emptyContainers, EMPTY, frozen } from './helpers';

function one(kind: Parameters<typeof addField>[3]): Form {
	return addField(EMPTY, [], 0, kind).form;
}
const field = (form: Form, key: string) =>
	(form.schema.properties as Record<string, Record<string, unknown>>)[key];

describe('setFieldProps', () => {
	it('sets and clears title, description, default, read-only and the ui texts', () => {
		const form = frozen(one('text'));
		const set = setFieldProps(form, ['text'], {
			title: ' 项目名称 ',
			description: '与批复文件一致',
			default: '无',
			readOnly: true,
			placeholder: '请输入',
			help: '不超过 50 字',
			widget: 'textarea'
		});
		expect(field(set, 'text')).toEqual({
			type: 'string',
			title: '项目名称',
			description: '与批复文件一致',
			default: '无',
			readOnly: true
		});
		expect(set.uiSchema.text).toEqual({
			'ui:placeholder': '请输入',
			'ui:help': '不超过 50 字',
			'ui:widget': 'textarea'
		});
		expect(readField(set, ['text'])).toMatchObject({
			title: '项目名称',
			kind: 'textarea',
			widget: 'textarea',
			placeholder: '请输入',
			readOnly: true
		});
		const cleared = setFieldProps(set, ['text'], {
			description: '',
			default: undefined,
			readOnly: false,
			placeholder: '',
			help: '',
			widget: ''
		});
		expect(field(cleared, 'text')).toEqual({ type: 'string', title: '项目名称' });
		expect(cleared.uiSchema).toEqual({ 'ui:order': ['text'] });
		expect(emptyContainers(cleared)).toEqual([]);
	});

	it('marks a field required and not required', () => {
		const req = setFieldProps(one('mobile'), ['mobile'], { required: true });
		expect(req.schema.required).toEqual(['mobile']);
		expect(compile(req)({})).toBe(false);
		const opt = setFieldProps(req, ['mobile'], { required: false });
		expect(opt.schema.required).toBeUndefined();
		expect(compile(opt)({})).toBe(true);
	});

	it('writes constraints that the compiled form enforces, and removes them', () => {
		let form = setFieldProps(one('text'), ['text'], {
			constraints: { minLength: 2, maxLength: 5, pattern: '^[A-Z]+$' }
		});
		const v = compile(form);
		expect(v({ text: 'AB' })).toBe(true);
		expect(v({ text: 'A' })).toBe(false);
		expect(v({ text: 'ab' })).toBe(false);
		form = setFieldProps(form, ['text'], { constraints: { pattern: undefined, minLength: '' } });
		expect(field(form, 'text')).toEqual({ type: 'string', title: '单行文本', maxLength: 5 });
		const num = setFieldProps(one('number'), ['number'], {
			constraints: { minimum: 1, maximum: 9 }
		});
		expect(compile(num)({ number: 10 })).toBe(false);
		expect(readField(num, ['number'])?.constraints).toEqual({ minimum: 1, maximum: 9 });
	});

	it('writes options as enum when unlabelled and as oneOf const/title when labelled', () => {
		const plain = setFieldProps(one('select'), ['choice'], {
			options: [
				{ value: '男', label: '' },
				{ value: '女', label: '女' }
			]
		});
		expect(field(plain, 'choice')).toEqual({
			type: 'string',
			title: '下拉选择',
			enum: ['男', '女']
		});
		const labelled = setFieldProps(plain, ['choice'], {
			options: [
				{ value: 'urban', label: '城镇' },
				{ value: 'rural', label: '农村' }
			]
		});
		expect(field(labelled, 'choice').oneOf).toEqual([
			{ const: 'urban', title: '城镇' },
			{ const: 'rural', title: '农村' }
		]);
		expect(field(labelled, 'choice').enum).toBeUndefined();
		expect(readField(labelled, ['choice'])?.options).toEqual([
			{ value: 'urban', label: '城镇' },
			{ value: 'rural', label: '农村' }
		]);
		expect(compile(labelled)({ choice: 'city' })).toBe(false);
	});

	it('puts the options of a multiple choice on its items and counts on the array', () => {
		const form = setFieldProps(one('checkboxes'), ['choices'], {
			options: [
				{ value: 'a', label: '甲' },
				{ value: 'b', label: '乙' }
			],
			constraints: { minItems: 1, maxItems: 2 },
			default: ['a']
		});
		expect(field(form, 'choices')).toMatchObject({
			minItems: 1,
			maxItems: 2,
			default: ['a'],
			items: { type: 'string', oneOf: [{ const: 'a' }, { const: 'b' }] }
		});
		const v = compile(form);
		expect(v({ choices: [] })).toBe(false);
		expect(v({ choices: ['a', 'b'] })).toBe(true);
		expect(v({ choices: ['c'] })).toBe(false);
		expect(embeddedProblems(form)).toEqual([]);
	});

	it('keeps numeric option values numbers', () => {
		let form: Form = {
			schema: { type: 'object', properties: { level: { type: 'integer', enum: [1, 2] } } },
			uiSchema: {}
		};
		expect(readField(form, ['level'])).toMatchObject({ kind: 'select', valueType: 'integer' });
		const { items, errors } = checkOptions(
			[
				{ value: '1', label: '' },
				{ value: '3', label: '三级' }
			],
			true
		);
		expect(errors).toEqual([undefined, undefined]);
		form = setFieldProps(form, ['level'], { options: items });
		expect(field(form, 'level').oneOf).toEqual([
			{ const: 1, title: '1' },
			{ const: 3, title: '三级' }
		]);
	});
});

describe('input checks', () => {
	it('reports min above max, bad patterns, bad counts and numbers next to the input', () => {
		expect(parseConstraints({ minimum: '5', maximum: '3' }).errors).toEqual({
			minimum: 'minAboveMax',
			maximum: 'minAboveMax'
		});
		expect(parseConstraints({ minLength: '5', maxLength: '3' }).errors.maxLength).toBe(
			'minLengthAboveMax'
		);
		expect(parseConstraints({ minItems: '2', maxItems: '1' }).errors.minItems).toBe(
			'minItemsAboveMax'
		);
		expect(parseConstraints({ pattern: '([a-z' }).errors).toEqual({ pattern: 'badPattern' });
		expect(parseConstraints({ maxLength: '-1' }).errors).toEqual({ maxLength: 'notCount' });
		expect(parseConstraints({ maxLength: '2.5' }).errors).toEqual({ maxLength: 'notCount' });
		expect(parseConstraints({ minimum: 'abc' }).errors).toEqual({ minimum: 'notNumber' });
		expect(parseConstraints({ minimum: '-1.5', maximum: '', pattern: '^\\d+$' })).toEqual({
			values: { minimum: -1.5, maximum: undefined, pattern: '^\\d+$' },
			errors: {}
		});
	});

	it('reports empty, duplicate and non-numeric option values', () => {
		expect(
			checkOptions(
				[
					{ value: 'a', label: '' },
					{ value: ' ', label: '' },
					{ value: 'a', label: '' }
				],
				false
			).errors
		).toEqual([undefined, 'optionEmpty', 'optionDuplicate']);
		expect(checkOptions([{ value: 'x', label: '' }], true).errors).toEqual(['optionNumber']);
	});

	it('checks keys against the siblings of the field', () => {
		let form = addField(EMPTY, [], 0, 'name').form;
		form = addField(form, [], 1, 'section').form;
		form = addField(form, ['section'], 0, 'mobile').form;
		expect(checkKey(form, ['name'], 'section')).toBe('keyTaken');
		expect(checkKey(form, ['name'], 'name')).toBeUndefined();
		expect(checkKey(form, ['section', 'mobile'], 'name')).toBeUndefined();
		expect(checkKey(form, ['name'], 'a-b')).toBe('keyFormat');
		expect(checkKey(form, ['name'], 'x'.repeat(65))).toBe('keyTooLong');
	});
});
