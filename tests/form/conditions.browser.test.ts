// Every template's "show when" conditions, toggled in the rendered application form: a field that
// a condition makes irrelevant has no control (so it is out of the tab order) and leaves the data.
// Also the other ways a schema makes fields irrelevant: if/then/else, dependentSchemas, oneOf.
import { afterEach, describe, expect, it } from 'vitest';
import { compileItem } from '$lib/domain/compile';
import type { Item, JsonSchema } from '$lib/domain/item/types';
import { fieldId } from '$lib/form/paths';
import { control, render, settle, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const templates = import.meta.glob<Item>('../../templates/*.json', {
	eager: true,
	import: 'default'
});

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

interface Condition {
	/** data path of the field the condition reads */
	on: string[];
	value: unknown;
	/** `contains`: the value is one of a multiple choice */
	contains: boolean;
	/** data paths of the fields shown only while it holds */
	shows: string[][];
}

/** The `if` of a condition on one field: { properties: { a: { properties: { b: { const } } } } }. */
function readIf(node: unknown, at: string[]): Omit<Condition, 'shows'> | undefined {
	if (!isObject(node) || !isObject(node.properties)) return undefined;
	const [name, ...more] = Object.keys(node.properties);
	if (!name || more.length) return undefined;
	const test = node.properties[name];
	if (!isObject(test)) return undefined;
	if ('const' in test) return { on: [...at, name], value: test.const, contains: false };
	if (isObject(test.contains) && 'const' in test.contains) {
		return { on: [...at, name], value: test.contains.const, contains: true };
	}
	return readIf(test, [...at, name]);
}

function conditionsOf(schema: unknown, at: string[], out: Condition[]): Condition[] {
	if (!isObject(schema)) return out;
	for (const rule of Array.isArray(schema.allOf) ? schema.allOf : []) {
		const cond = isObject(rule) ? readIf(rule.if, at) : undefined;
		const then = isObject(rule) && isObject(rule.then) ? rule.then : undefined;
		if (cond && then && isObject(then.properties)) {
			out.push({ ...cond, shows: Object.keys(then.properties).map((k) => [...at, k]) });
		}
	}
	for (const [k, v] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
		conditionsOf(v, [...at, k], out);
	}
	return out;
}

const byPointer = (form: HTMLElement, path: string[]) =>
	form.querySelector<HTMLElement>(`[id$="${fieldId('', '/' + path.join('/'))}"]`);

/** The schema of the field at a data path, looking into conditional branches too. */
function fieldSchema(schema: JsonSchema, path: string[]): JsonSchema {
	let cur: JsonSchema = schema;
	for (const k of path) {
		const own = (cur.properties as Record<string, JsonSchema> | undefined)?.[k];
		const branch = ((cur.allOf as JsonSchema[] | undefined) ?? [])
			.map((x) => (x.then as JsonSchema | undefined)?.properties as Record<string, JsonSchema>)
			.find((p) => p?.[k])?.[k];
		cur = own ?? branch!;
	}
	return cur;
}

/** Set the field a condition reads to its value (or away from it) the way a person would. */
async function toggle(form: HTMLElement, schema: JsonSchema, c: Condition, on: boolean) {
	const field = fieldSchema(schema, c.on);
	const first = byPointer(form, c.on);
	expect(first, `control of ${c.on.join('/')}`).not.toBeNull();
	const input = first as HTMLInputElement;
	if (field.type === 'boolean' && input.type === 'checkbox') {
		if (input.checked !== (on ? c.value === true : c.value !== true)) input.click();
	} else {
		const values = c.contains
			? (((field.items as JsonSchema).enum ?? (field.items as JsonSchema).oneOf) as unknown[])
			: ((field.enum ?? field.oneOf ?? [true, false]) as unknown[]);
		const consts = values.map((v) => (isObject(v) && 'const' in v ? v.const : v));
		const at = consts.findIndex((v) => v === c.value);
		const other = consts.findIndex((v) => v !== c.value);
		const index = on || c.contains ? at : other;
		if (input instanceof HTMLSelectElement) {
			input.value = String(index);
			input.dispatchEvent(new Event('change', { bubbles: true }));
		} else {
			const option = (index === 0 ? input : document.getElementById(`${input.id}-${index}`)) as
				HTMLInputElement | undefined;
			expect(option, `option ${index} of ${c.on.join('/')}`).toBeTruthy();
			if (c.contains ? option!.checked !== on : !option!.checked) option!.click();
		}
	}
	await settle();
}

const valueAt = (data: unknown, path: string[]) =>
	path.reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), data);

describe('every template shows a conditional field only while its condition holds', () => {
	for (const [file, item] of Object.entries(templates)) {
		const name = file.split('/').pop()!;
		const bundle = compileItem(item);
		const schema = bundle.applicationSchema as JsonSchema;
		const conditions = conditionsOf(schema, [], []);
		it(`${name}: ${conditions.length} condition(s)`, async () => {
			expect(conditions.length).toBeGreaterThan(0);
			for (const c of conditions) {
				r = render({ schema, uiSchema: bundle.uiSchema });
				await settle();
				const label = `${name} ${c.on.join('/')} = ${JSON.stringify(c.value)}`;
				await toggle(r.form, schema, c, false);
				for (const p of c.shows) expect(byPointer(r.form, p), `${label}: off`).toBeNull();

				await toggle(r.form, schema, c, true);
				for (const p of c.shows) expect(byPointer(r.form, p), `${label}: on`).not.toBeNull();
				// something typed into a shown text field…
				const typed = c.shows
					.map((p) => byPointer(r!.form, p))
					.find(
						(el): el is HTMLInputElement => el instanceof HTMLInputElement && el.type === 'text'
					);
				if (typed) {
					typed.value = '示范数据';
					typed.dispatchEvent(new Event('input', { bubbles: true }));
					await settle();
				}

				await toggle(r.form, schema, c, false);
				for (const p of c.shows) {
					expect(byPointer(r.form, p), `${label}: off again`).toBeNull();
					// …leaves with the field: nothing irrelevant is submitted
					expect(valueAt(r.data(), p), `${label}: data of ${p.join('/')}`).toBeUndefined();
				}
				r.destroy();
				r = undefined;
			}
		});
	}
});

describe('other conditional shapes', () => {
	it('if/then/else: each branch shows its own fields', async () => {
		const schema: JsonSchema = {
			type: 'object',
			properties: { kind: { type: 'string', title: '申请人类型', enum: ['个人', '单位'] } },
			if: { properties: { kind: { const: '单位' } }, required: ['kind'] },
			then: { properties: { uscc: { type: 'string', title: '统一社会信用代码' } } },
			else: { properties: { idNumber: { type: 'string', title: '身份证号码' } } }
		};
		r = render({ schema });
		await settle();
		expect(() => control(r!.form, '统一社会信用代码')).toThrow();
		const id = control(r.form, '身份证号码');
		id.value = '110105194912310029';
		id.dispatchEvent(new Event('input', { bubbles: true }));
		const kind = control(r.form, '申请人类型') as unknown as HTMLSelectElement;
		kind.value = '1';
		kind.dispatchEvent(new Event('change', { bubbles: true }));
		await settle();
		expect(control(r.form, '统一社会信用代码')).toBeTruthy();
		expect(() => control(r!.form, '身份证号码')).toThrow();
		expect(r.data()).toEqual({ kind: '单位' });
	});

	it('dependentSchemas: a field that depends on another appears only once that one is given', async () => {
		const schema: JsonSchema = {
			type: 'object',
			properties: { phone: { type: 'string', title: '固定电话' } },
			dependentSchemas: {
				phone: { properties: { extension: { type: 'string', title: '分机号' } } }
			}
		};
		r = render({ schema });
		await settle();
		expect(() => control(r!.form, '分机号')).toThrow();
		const phone = control(r.form, '固定电话');
		phone.value = '0371-12345678';
		phone.dispatchEvent(new Event('input', { bubbles: true }));
		await settle();
		const ext = control(r.form, '分机号');
		ext.value = '801';
		ext.dispatchEvent(new Event('input', { bubbles: true }));
		await settle();
		expect(r.data()).toEqual({ phone: '0371-12345678', extension: '801' });
		phone.value = '';
		phone.dispatchEvent(new Event('input', { bubbles: true }));
		await settle();
		expect(() => control(r!.form, '分机号')).toThrow();
		expect(r.data().extension).toBeUndefined();
	});

	it('oneOf: only the chosen alternative is shown and submitted', async () => {
		const schema: JsonSchema = {
			type: 'object',
			properties: { pickup: { type: 'string', title: '领取方式' } },
			oneOf: [
				{ title: '窗口领取', properties: { window: { type: 'string', title: '领取窗口' } } },
				{ title: '邮寄', properties: { address: { type: 'string', title: '邮寄地址' } } }
			]
		};
		r = render({ schema });
		await settle();
		const window = control(r.form, '领取窗口');
		window.value = '3号窗口';
		window.dispatchEvent(new Event('input', { bubbles: true }));
		expect(() => control(r!.form, '邮寄地址')).toThrow();
		const chooser = r.form.querySelector<HTMLSelectElement>('.bsf-multi select')!;
		chooser.value = '1';
		chooser.dispatchEvent(new Event('change', { bubbles: true }));
		await settle();
		expect(() => control(r!.form, '领取窗口')).toThrow();
		expect(control(r.form, '邮寄地址')).toBeTruthy();
		expect(r.data().window).toBeUndefined();
	});
});
