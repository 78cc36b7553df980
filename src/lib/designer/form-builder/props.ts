// The property panel's view of one field and the edits it makes. Values the panel clears are removed
// from the schema rather than written as empty strings, so the output stays clean.
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import type { Condition, Path } from './container';
import { detectKind, isObject, schemaType, type FieldKind } from './kinds';
import type { ErrorCode } from './messages';
import { getEntry, readOptions, replaceField, type Form } from './ops';
import { followsTitle, keyFromTitle, uniqueKey, type Speller } from '$lib/domain/naming';

export const CONSTRAINT_KEYS = [
	'minLength',
	'maxLength',
	'pattern',
	'minimum',
	'maximum',
	'minItems',
	'maxItems'
] as const;
export type ConstraintKey = (typeof CONSTRAINT_KEYS)[number];

export interface OptionItem {
	value: unknown;
	label: string;
}

export interface FieldInfo {
	key: string;
	kind: FieldKind;
	/** JSON type of the field's values (of each option for a multiple choice) */
	valueType: string | undefined;
	title: string;
	description: string;
	required: boolean;
	default: unknown;
	constraints: Partial<Record<ConstraintKey, number | string>>;
	options?: OptionItem[];
	widget: string;
	placeholder: string;
	help: string;
	readOnly: boolean;
	/** media types an upload may have (attachments; empty: any) */
	accept: string[];
	condition?: Condition;
}

export interface FieldPatch {
	title?: string;
	description?: string;
	required?: boolean;
	default?: unknown;
	constraints?: Partial<Record<ConstraintKey, number | string | undefined>>;
	options?: OptionItem[];
	widget?: string;
	placeholder?: string;
	help?: string;
	readOnly?: boolean;
	accept?: string[];
}

const str = (x: unknown) => (typeof x === 'string' ? x : '');

/** The schema node holding the options: the items of a multiple choice, else the field. */
function optionNode(kind: FieldKind, schema: JsonSchema): JsonSchema | undefined {
	if (kind === 'checkboxes')
		return isObject(schema.items) ? (schema.items as JsonSchema) : undefined;
	return kind === 'select' || kind === 'radio' ? schema : undefined;
}

export function readField(form: Form, path: Path): FieldInfo | undefined {
	const e = getEntry(form, path);
	if (!e) return undefined;
	const kind = detectKind(e.schema, e.ui);
	const constraints: FieldInfo['constraints'] = {};
	for (const k of CONSTRAINT_KEYS) {
		const v = e.schema[k];
		if (typeof v === 'number' || typeof v === 'string') constraints[k] = v;
	}
	const optNode = optionNode(kind, e.schema);
	const info: FieldInfo = {
		key: e.key,
		kind,
		valueType: schemaType(optNode ?? e.schema),
		title: str(e.schema.title),
		description: str(e.schema.description),
		required: e.required,
		default: e.schema.default,
		constraints,
		widget: str(e.ui['ui:widget']),
		placeholder: str(e.ui['ui:placeholder']),
		help: str(e.ui['ui:help']),
		readOnly: e.schema.readOnly === true,
		accept: acceptOf(e.ui)
	};
	if (optNode) info.options = readOptions(optNode);
	if (e.condition) info.condition = e.condition;
	return info;
}

function acceptOf(ui: UiSchema): string[] {
	const options = ui['ui:options'];
	const accept = isObject(options) ? options.accept : undefined;
	return Array.isArray(accept) ? accept.filter((a): a is string => typeof a === 'string') : [];
}

const blank = (v: unknown) => v === undefined || v === '' || v === null;

function set(obj: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
	const out = { ...obj };
	if (blank(value)) delete out[key];
	else out[key] = value;
	return out;
}

/** Options as `enum` when none has a label of its own, else as `oneOf` of const + title. */
function writeOptions(node: JsonSchema, options: OptionItem[]): JsonSchema {
	const out: JsonSchema = { ...node };
	delete out.enum;
	delete out.oneOf;
	delete out.anyOf;
	const labelled = options.some((o) => o.label.trim() !== '' && o.label.trim() !== String(o.value));
	if (!labelled) out.enum = options.map((o) => o.value);
	else
		out.oneOf = options.map((o) => ({
			const: o.value,
			title: o.label.trim() || String(o.value)
		}));
	return out;
}

export function setFieldProps(form: Form, path: Path, patch: FieldPatch): Form {
	return replaceField(form, path, (e) => {
		const kind = detectKind(e.schema, e.ui);
		let schema: JsonSchema = { ...e.schema };
		let ui: UiSchema = { ...e.ui };
		let required = e.required;
		if ('title' in patch) schema = set(schema, 'title', patch.title?.trim());
		if ('description' in patch) schema = set(schema, 'description', patch.description?.trim());
		if ('default' in patch) schema = set(schema, 'default', patch.default);
		if ('readOnly' in patch) schema = set(schema, 'readOnly', patch.readOnly ? true : undefined);
		if (patch.required !== undefined) required = patch.required;
		for (const [k, v] of Object.entries(patch.constraints ?? {})) {
			if ((CONSTRAINT_KEYS as readonly string[]).includes(k)) schema = set(schema, k, v);
		}
		if (patch.options) {
			if (kind === 'checkboxes' && isObject(schema.items)) {
				schema.items = writeOptions(schema.items as JsonSchema, patch.options);
			} else if (kind === 'select' || kind === 'radio') {
				schema = writeOptions(schema, patch.options);
			}
		}
		if ('widget' in patch) ui = set(ui, 'ui:widget', patch.widget);
		if ('placeholder' in patch) ui = set(ui, 'ui:placeholder', patch.placeholder?.trim());
		if ('help' in patch) ui = set(ui, 'ui:help', patch.help?.trim());
		if (patch.accept) {
			const options = set(
				isObject(ui['ui:options']) ? ui['ui:options'] : {},
				'accept',
				patch.accept.length ? patch.accept : undefined
			);
			ui = set(ui, 'ui:options', Object.keys(options).length ? options : undefined);
		}
		return { ...e, schema, ui, required };
	});
}

const COUNT_KEYS: ReadonlySet<string> = new Set(['minLength', 'maxLength', 'minItems', 'maxItems']);

/**
 * Parse the panel's constraint inputs (text as typed). Returns the values to write (undefined:
 * remove) and the problems per input; nothing is written while there is a problem.
 */
export function parseConstraints(raw: Partial<Record<ConstraintKey, string>>): {
	values: Partial<Record<ConstraintKey, number | string | undefined>>;
	errors: Partial<Record<ConstraintKey, ErrorCode>>;
} {
	const values: Partial<Record<ConstraintKey, number | string | undefined>> = {};
	const errors: Partial<Record<ConstraintKey, ErrorCode>> = {};
	for (const [k, text] of Object.entries(raw) as [ConstraintKey, string][]) {
		const t = text.trim();
		if (t === '') {
			values[k] = undefined;
			continue;
		}
		if (k === 'pattern') {
			try {
				new RegExp(t, 'u');
				values[k] = t;
			} catch {
				errors[k] = 'badPattern';
			}
			continue;
		}
		const n = Number(t);
		if (!Number.isFinite(n)) errors[k] = 'notNumber';
		else if (COUNT_KEYS.has(k) && (!Number.isInteger(n) || n < 0)) errors[k] = 'notCount';
		else values[k] = n;
	}
	const pairs: [ConstraintKey, ConstraintKey, ErrorCode][] = [
		['minimum', 'maximum', 'minAboveMax'],
		['minLength', 'maxLength', 'minLengthAboveMax'],
		['minItems', 'maxItems', 'minItemsAboveMax']
	];
	for (const [lo, hi, code] of pairs) {
		const a = values[lo];
		const b = values[hi];
		if (typeof a === 'number' && typeof b === 'number' && a > b) {
			errors[lo] = code;
			errors[hi] = code;
		}
	}
	return { values, errors };
}

/** Check an edited option list; `numeric` when the field holds numbers. */
export function checkOptions(
	options: { value: string; label: string }[],
	numeric: boolean
): { items: OptionItem[]; errors: (ErrorCode | undefined)[] } {
	const seen = new Set<string>();
	const errors: (ErrorCode | undefined)[] = [];
	const items: OptionItem[] = [];
	for (const o of options) {
		const v = o.value.trim();
		let err: ErrorCode | undefined;
		if (v === '') err = 'optionEmpty';
		else if (numeric && !Number.isFinite(Number(v))) err = 'optionNumber';
		else if (seen.has(numeric ? String(Number(v)) : v)) err = 'optionDuplicate';
		seen.add(numeric ? String(Number(v)) : v);
		errors.push(err);
		items.push({ value: numeric ? Number(v) : v, label: o.label });
	}
	return { items, errors };
}

/** The value a new option starts with: `option3` (or `3` for numbers), unique in the list. */
export function newOptionValue(values: readonly string[], numeric: boolean): string {
	const n = values.length + 1;
	if (numeric) {
		let v = n;
		while (values.includes(String(v))) v++;
		return String(v);
	}
	return uniqueKey(`option${n}`, values);
}

/**
 * The value of option `i` once its label is `label`: it follows the label (个体工商户 → soleTrader)
 * while it is still the derived one (or a starter `option2`) and not `locked` (a published version
 * has it, so submissions hold it). Numbers and values typed by hand stay.
 */
export function followLabel(
	rows: readonly { value: string; label: string }[],
	i: number,
	label: string,
	numeric: boolean,
	locked: boolean,
	spell?: Speller
): string {
	const row = rows[i];
	if (numeric || locked || !followsTitle(row.value, row.label, 'option', spell)) return row.value;
	const others = rows.filter((_, j) => j !== i).map((r) => r.value);
	return uniqueKey(keyFromTitle(label, spell) || 'option', others);
}

/** The option values of the field at `path` (as text), or none. */
export function optionValues(form: Form, path: Path): string[] {
	return (readField(form, path)?.options ?? []).map((o) => String(o.value));
}
