// @vitest-environment jsdom
// Every template's published form rendered by @rjsf/core 6 the way the README tells a portal to:
// Ajv 2020-12 through rjsf's own validator, our formats module and our file field, as built for
// /api/v1/portal/interop/. Valid and invalid applications must get the same verdict and the same
// field errors as our own form, and each material must be one file input.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement as h, createRef, useState, type Ref } from 'react';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import Form, { type FormProps } from '@rjsf/core';
import {
	getDefaultFormState,
	type RJSFSchema,
	type RJSFValidationError,
	type UiSchema
} from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020';
import localizeZh from 'ajv-i18n/localize/zh';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileItem, isAsked, type Bundle } from '../../src/lib/domain/compile';
import type { Item, JsonSchema } from '../../src/lib/domain/item/types';
import { rjsfValidator } from '../../src/lib/form/validator/rjsf';
import { runtimeValidator } from '../../src/lib/form/validator/runtime';
import { buildKit, type Kit } from '../fixtures/interop-kit';
import { SAMPLES, fileRef } from '../fixtures/template-samples';

let kit: Kit;
beforeAll(async () => {
	kit = await buildKit();
});
afterAll(() => kit?.remove());
afterEach(cleanup);

type Data = Record<string, unknown>;
type Path = (string | number)[];

const conditionAjv = new Ajv2020({ strict: false });
const templates = readdirSync('templates')
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => {
		const slug = f.replace(/\.json$/, '');
		const bundle = compileItem(JSON.parse(readFileSync(join('templates', f), 'utf8')) as Item);
		const form = SAMPLES[slug];
		// each material the application needs, as the acceptance tests hand it in
		const materials = Object.fromEntries(
			bundle.materials
				.filter((m) => isAsked(m) && (!m.condition || conditionAjv.validate(m.condition, form)))
				.map((m) => [m.id, fileRef(m.id)])
		);
		return { slug, bundle, valid: { ...structuredClone(form), materials } as Data };
	});

/** The first value in `data` whose schema has `format` (through properties and array items). */
function findFormatted(
	schema: JsonSchema,
	data: unknown,
	format: string,
	at: Path = []
): Path | undefined {
	if (schema.format === format && typeof data === 'string') return at;
	if (Array.isArray(data) && schema.items && typeof schema.items === 'object') {
		for (const [i, v] of data.entries()) {
			const hit = findFormatted(schema.items as JsonSchema, v, format, [...at, i]);
			if (hit) return hit;
		}
	}
	if (data && typeof data === 'object' && schema.properties) {
		// fields shown under a condition live in their allOf entry's `then`
		const branches = ((schema.allOf as JsonSchema[] | undefined) ?? []).map(
			(r) => (r.then as JsonSchema | undefined)?.properties
		);
		const fields = Object.assign({}, schema.properties, ...branches) as Record<string, JsonSchema>;
		for (const [k, sub] of Object.entries(fields)) {
			const hit = findFormatted(sub, (data as Data)[k], format, [...at, k]);
			if (hit) return hit;
		}
	}
	return undefined;
}

/**
 * A required text field below the top level, filled in `data`, that no renderer fills again when it
 * is removed: no default, and no choice list (whose first option is taken as a default).
 */
function findRequiredLeaf(schema: JsonSchema, data: unknown, at: Path = []): Path | undefined {
	if (!data || typeof data !== 'object' || Array.isArray(data) || !schema.properties) return;
	const required = (schema.required as string[] | undefined) ?? [];
	for (const [k, sub] of Object.entries(schema.properties as Record<string, JsonSchema>)) {
		const value = (data as Data)[k];
		const refilled = ['default', 'const', 'enum', 'oneOf', 'anyOf'].some((kw) => kw in sub);
		if (at.length > 0 && required.includes(k) && typeof value === 'string' && !refilled)
			return [...at, k];
		const deeper = findRequiredLeaf(sub, value, [...at, k]);
		if (deeper) return deeper;
	}
	return undefined;
}

function edit(data: Data, path: Path, change: (parent: Data, key: string | number) => void): Data {
	const copy = structuredClone(data);
	const parent = path.slice(0, -1).reduce<Data>((o, k) => o[k] as Data, copy);
	change(parent, path[path.length - 1]);
	return copy;
}

/** Where the sample has an ID number (or else a credit code): the field the applicant types into. */
function identifierPath(bundle: Bundle, data: Data): Path {
	const schema = bundle.applicationSchema;
	const path = findFormatted(schema, data, 'cn-id-card') ?? findFormatted(schema, data, 'cn-uscc');
	if (!path) throw new Error(`${bundle.code}: no ID number or credit code in the sample`);
	return path;
}

/** The same number with another check character (1 or 2 keeps the structural pattern). */
const wrongCheckCharacter = (value: string) =>
	value.slice(0, -1) + (value.endsWith('1') ? '2' : '1');

const valueAt = (data: Data, path: Path) => path.reduce<unknown>((o, k) => (o as Data)[k], data);

const pointerOf = (path: Path) => path.map((p) => `/${p}`).join('');

/** rjsf's property path (".applicant.name", or "name" at the top) as a JSON pointer. */
const rjsfPointer = (e: RJSFValidationError) =>
	(e.property ?? '')
		.split('.')
		.filter(Boolean)
		.map((p) => `/${p}`)
		.join('');

/** rjsf's element id for a JSON pointer: root_applicant_idNumber. */
const rjsfId = (pointer: string) => 'root' + pointer.replace(/\//g, '_');

interface Verdict {
	valid: boolean;
	/** "pointer keyword", sorted */
	errors: string[];
}

/** The recipe's form: controlled, its data passed through withoutEmptyObjects on every change. */
function ApplicationForm(props: { form: Ref<Form>; initial: Data } & Omit<FormProps, 'formData'>) {
	const { form, initial, ...rest } = props;
	const [formData, setFormData] = useState<unknown>(initial);
	return h(Form, {
		...rest,
		ref: form,
		formData,
		onChange: (e) => setFormData(kit.field.withoutEmptyObjects(e.formData))
	});
}

/**
 * What rjsf holds, decides and shows when the applicant, given `data` without the value at
 * `typed`, types `value` there and presses submit.
 */
async function submitInRjsf(bundle: Bundle, data: Data, typed: Path, value: string) {
	const { formats, field } = kit;
	const validator = customizeValidator(
		{ AjvClass: Ajv2020, customFormats: formats.formats },
		formats.localizer(localizeZh)
	);
	let submitted = false;
	let errors: RJSFValidationError[] = [];
	const form = createRef<Form>();
	const { container } = render(
		h(ApplicationForm, {
			form,
			initial: edit(data, typed, (parent, key) => delete parent[key]),
			schema: bundle.applicationSchema as RJSFSchema,
			// published uiSchemas name the file field; no rewriting needed
			uiSchema: bundle.uiSchema as UiSchema,
			validator,
			fields: field.fields,
			noHtml5Validate: true,
			onSubmit: () => (submitted = true),
			onError: (e) => (errors = e)
		})
	);
	const input = container.querySelector<HTMLInputElement>(`[id="${rjsfId(pointerOf(typed))}"]`);
	if (!input) throw new Error(`no input for ${pointerOf(typed)}`);
	// a change is what makes rjsf 6.11 fill untouched optional objects with {}
	await act(async () => {
		fireEvent.change(input, { target: { value } });
	});
	await act(async () => {
		fireEvent.submit(container.querySelector('form')!);
	});
	const verdict: Verdict = {
		valid: submitted && errors.length === 0,
		// `if` only repeats the then/else errors beside it; our form leaves it out
		errors: errors
			.filter((e) => e.name !== 'if')
			.map((e) => `${rjsfPointer(e)} ${e.name}`)
			.sort()
	};
	return { verdict, held: form.current!.state.formData, container };
}

/**
 * What our form holds for `data` (it fills in schema defaults as rjsf does, with the same
 * @rjsf/utils function) and what its validator says about that.
 */
function ours(bundle: Bundle, data: Data): { held: unknown; verdict: Verdict } {
	const schema = bundle.applicationSchema as RJSFSchema;
	const validator = runtimeValidator(bundle.applicationSchema);
	const held = getDefaultFormState(rjsfValidator(validator), schema, data as never, schema);
	const errors = validator.validate(held);
	const found = errors.map((e) => `${e.pointer} ${e.keyword}`).sort();
	return { held, verdict: { valid: errors.length === 0, errors: found } };
}

/**
 * The applicant types the ID number (`value`, the sample's own unless given) into `data`: both
 * forms hold the same data and reach the same verdict with the same field errors.
 */
async function expectSameVerdict(bundle: Bundle, data: Data, value?: string) {
	const typed = identifierPath(bundle, data);
	const entered = value ?? (valueAt(data, typed) as string);
	const expected = ours(
		bundle,
		edit(data, typed, (parent, key) => (parent[key] = entered))
	);
	const rjsf = await submitInRjsf(bundle, data, typed, entered);
	expect(rjsf.held).toEqual(expected.held);
	expect(rjsf.verdict).toEqual(expected.verdict);
	return { ...rjsf.verdict, typed, container: rjsf.container };
}

describe.each(templates)('$slug in @rjsf/core with the interop kit', ({ bundle, valid }) => {
	it('accepts the valid application as our form does', async () => {
		const result = await expectSameVerdict(bundle, valid);
		expect(result).toMatchObject({ valid: true, errors: [] });
		// every value given is kept (the schema's defaults are added, in both forms)
		expect(ours(bundle, valid).held).toMatchObject(valid);
	});

	it('refuses a wrong check character at the field, saying which character is expected', async () => {
		const right = valueAt(valid, identifierPath(bundle, valid)) as string;
		const result = await expectSameVerdict(bundle, valid, wrongCheckCharacter(right));
		const at = pointerOf(result.typed);
		expect(result).toMatchObject({ valid: false, errors: [`${at} format`] });
		const shown = result.container.querySelector(`[id="${rjsfId(at)}__error"]`);
		expect(shown?.textContent).toMatch(/校验码应为 [0-9A-Z]，请核对/);
	});

	it('refuses a missing required field where it is missing', async () => {
		const path = findRequiredLeaf(bundle.applicationSchema, valid);
		if (!path) throw new Error(`${bundle.code}: no required text field in the sample`);
		const result = await expectSameVerdict(
			bundle,
			edit(valid, path, (parent, key) => delete parent[key])
		);
		expect(result.valid).toBe(false);
		expect(result.errors).toContain(`${pointerOf(path)} required`);
	});

	it('refuses a field the form does not have', async () => {
		const result = await expectSameVerdict(bundle, { ...valid, unknownField: 'x' });
		expect(result).toMatchObject({ valid: false, errors: [' unevaluatedProperties'] });
	});

	it('leaves the materials the applicant has not chosen out of the data', async () => {
		const { materials: _, ...none } = valid;
		const result = await expectSameVerdict(bundle, none);
		expect(result.errors.filter((e) => e.startsWith('/materials'))).toEqual([]);
	});

	it('renders each material as one file input, not as its four parts', async () => {
		const { container } = await expectSameVerdict(bundle, valid);
		const shown = Object.keys(valid.materials as Data);
		expect(shown.length).toBeGreaterThan(0);
		for (const id of shown) {
			const slot = container.querySelector(`[id="${rjsfId(`/materials/${id}`)}"]`);
			expect(slot, id).toBeInstanceOf(HTMLInputElement);
			expect((slot as HTMLInputElement).type, id).toBe('file');
			const group = slot!.closest('.banshi-file-ref')!;
			expect(group.querySelectorAll('input, select, textarea'), id).toHaveLength(1);
		}
		expect(container.querySelectorAll('input[type="file"]')).toHaveLength(shown.length);
		expect(container.querySelector('[id$="_sha256"]')).toBeNull();
	});
});
