// Schema questions the renderer asks for every field: which widget, what the resolved schema is,
// and which data a conditional part of the schema depends on. Answers are cached per sub-schema
// object, so a keystroke never walks the whole schema again.
import {
	getUiOptions,
	isMultiSelect,
	isSelect,
	retrieveSchema,
	type RJSFSchema,
	type UiSchema as RjsfUiSchema,
	type ValidatorType
} from '@rjsf/utils';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';

export type FieldKind =
	| 'hidden'
	| 'file'
	| 'region'
	| 'identifier'
	| 'object'
	| 'array'
	| 'checkboxes'
	| 'multi'
	| 'choice'
	| 'boolean'
	| 'number'
	| 'text';

const CONDITIONAL = ['if', 'dependencies', 'dependentSchemas', 'allOf', '$ref'];

export function uiOptions(ui: UiSchema | undefined): Record<string, unknown> {
	return getUiOptions(ui as RjsfUiSchema) as Record<string, unknown>;
}

export function primaryType(schema: JsonSchema): string | undefined {
	const t = schema.type;
	if (typeof t === 'string') return t;
	if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
	if (schema.properties) return 'object';
	if (schema.items) return 'array';
	if ('const' in schema) return typeof schema.const;
	if (Array.isArray(schema.enum) && schema.enum.length) return typeof schema.enum[0];
	return undefined;
}

const kindCache = new WeakMap<JsonSchema, WeakMap<object, FieldKind>>();
const NO_UI = {};

/** The widget family for a resolved schema; cached per (schema, uiSchema) object pair. */
export function fieldKind(
	v: ValidatorType,
	schema: JsonSchema,
	ui: UiSchema | undefined,
	root: JsonSchema
): FieldKind {
	let byUi = kindCache.get(schema);
	if (!byUi) kindCache.set(schema, (byUi = new WeakMap()));
	let kind = byUi.get(ui ?? NO_UI);
	if (!kind) byUi.set(ui ?? NO_UI, (kind = computeKind(v, schema, ui, root)));
	return kind;
}

function computeKind(
	v: ValidatorType,
	schema: JsonSchema,
	ui: UiSchema | undefined,
	root: JsonSchema
): FieldKind {
	const widget = ui?.['ui:widget'];
	if (widget === 'hidden') return 'hidden';
	if (widget === 'file') return 'file';
	if (schema.format === 'cn-region') return 'region';
	if (schema.format === 'cn-id-card' || schema.format === 'cn-uscc') return 'identifier';
	const type = primaryType(schema);
	if (type === 'array') {
		return isMultiSelect(v, schema as RJSFSchema, root as RJSFSchema) ? 'checkboxes' : 'array';
	}
	if ((schema.oneOf || schema.anyOf) && !isSelect(v, schema as RJSFSchema, root as RJSFSchema)) {
		return 'multi';
	}
	if (type === 'object') return 'object';
	if (Array.isArray(schema.enum) || schema.oneOf || schema.anyOf) return 'choice';
	if (type === 'boolean') return 'boolean';
	if (type === 'number' || type === 'integer') return 'number';
	return 'text';
}

/** Whether retrieveSchema has anything to do at this level. */
export function needsResolve(schema: JsonSchema): boolean {
	return CONDITIONAL.some((k) => k in schema);
}

/**
 * Property names the conditional parts of an object schema read, so the form re-resolves it only
 * when one of those values changes. `null`: no condition; `'all'`: cannot tell, watch everything.
 */
export type ConditionDeps = string[] | 'all' | null;
const depsCache = new WeakMap<JsonSchema, ConditionDeps>();

export function conditionDeps(schema: JsonSchema): ConditionDeps {
	let deps = depsCache.get(schema);
	if (deps === undefined) {
		deps = computeDeps(schema);
		depsCache.set(schema, deps);
	}
	return deps;
}

const OPAQUE = [
	'patternProperties',
	'additionalProperties',
	'minProperties',
	'maxProperties',
	'propertyNames',
	'$ref'
];

function readsOf(s: unknown, out: Set<string>): boolean {
	if (typeof s !== 'object' || s === null) return true;
	const o = s as JsonSchema;
	if (OPAQUE.some((k) => k in o)) return false;
	for (const k of Object.keys((o.properties as object) ?? {})) out.add(k);
	for (const k of (o.required as string[]) ?? []) out.add(k);
	for (const k of Object.keys((o.dependentRequired as object) ?? {})) out.add(k);
	for (const key of ['allOf', 'anyOf', 'oneOf']) {
		for (const x of (o[key] as unknown[]) ?? []) if (!readsOf(x, out)) return false;
	}
	if (o.not !== undefined && !readsOf(o.not, out)) return false;
	return true;
}

function computeDeps(schema: JsonSchema): ConditionDeps {
	if (!(
		'if' in schema ||
		'dependencies' in schema ||
		'dependentSchemas' in schema ||
		'allOf' in schema
	)) {
		return null;
	}
	const out = new Set<string>();
	const visit = (s: JsonSchema): boolean => {
		if ('$ref' in s) return false;
		if ('if' in s && !readsOf(s.if, out)) return false;
		for (const key of ['then', 'else']) {
			const branch = s[key];
			if (branch && typeof branch === 'object' && !visit(branch as JsonSchema)) return false;
		}
		for (const x of (s.allOf as JsonSchema[]) ?? []) if (x && !visit(x)) return false;
		for (const key of ['dependencies', 'dependentSchemas']) {
			for (const [k, dep] of Object.entries((s[key] as Record<string, unknown>) ?? {})) {
				out.add(k);
				if (dep && typeof dep === 'object' && !Array.isArray(dep)) {
					for (const alt of ((dep as JsonSchema).oneOf as unknown[]) ?? []) {
						if (!readsOf(alt, out)) return false;
					}
				}
			}
		}
		return true;
	};
	if (!visit(schema)) return 'all';
	return out.size ? [...out] : null;
}

/**
 * @rjsf/utils resolves draft-07 `dependencies` but not 2020-12 `dependentSchemas` (its successor
 * with the same meaning for schema-valued entries), so the renderer hands those over under the old
 * name: a field a dependent schema adds appears only while the property it depends on is present.
 */
function asDependencies(schema: JsonSchema): JsonSchema {
	const ds = schema.dependentSchemas;
	if (!ds || typeof ds !== 'object') return schema;
	const out: JsonSchema = {
		...schema,
		dependencies: { ...(schema.dependencies as object), ...(ds as object) }
	};
	delete out.dependentSchemas;
	return out;
}

/** Resolution results per (sub-schema, values it depends on). */
const resolved = new WeakMap<JsonSchema, Map<string, JsonSchema>>();

export function resolveCached(
	v: ValidatorType,
	schema: JsonSchema,
	root: JsonSchema,
	key: string,
	data: () => unknown
): JsonSchema {
	if (!needsResolve(schema)) return schema;
	let byKey = resolved.get(schema);
	if (!byKey) resolved.set(schema, (byKey = new Map()));
	let out = byKey.get(key);
	if (!out) {
		out = retrieveSchema(
			v,
			asDependencies(schema) as RJSFSchema,
			root as RJSFSchema,
			data()
		) as JsonSchema;
		if (byKey.size > 64) byKey.clear();
		byKey.set(key, out);
	}
	return out;
}

export interface FieldView {
	schema: JsonSchema;
	kind: FieldKind;
}
const views = new WeakMap<JsonSchema, Map<FieldKind, FieldView>>();

/** A stable object per (resolved schema, kind), so an unchanged resolution changes nothing. */
export function viewOf(schema: JsonSchema, kind: FieldKind): FieldView {
	let byKind = views.get(schema);
	if (!byKind) views.set(schema, (byKind = new Map()));
	let view = byKind.get(kind);
	if (!view) byKind.set(kind, (view = { schema, kind }));
	return view;
}

/** The value of a const or single-value enum: fields that cannot be edited. */
export function fixedValue(schema: JsonSchema): { value: unknown } | undefined {
	if ('const' in schema) return { value: schema.const };
	return undefined;
}
