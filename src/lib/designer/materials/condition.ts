// Material conditions the builder can write and read back without JSON: one form field compared with
// a value. Anything else stays as written and is shown read-only (the JSON tab edits it).
import type { FormField, JsonSchema } from '$lib/domain/item';

export type ConditionOp = 'equals' | 'notEquals' | 'filled';

export interface SimpleCondition {
	/** dotted key of the form field, e.g. 'applicant.type' */
	key: string;
	op: ConditionOp;
	value?: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const keysAre = (o: Obj, ...keys: string[]) =>
	Object.keys(o).sort().join(',') === [...keys].sort().join(',');

/** Fields a condition may test: scalar fields outside repeating groups. */
export function conditionFields(fields: FormField[]): FormField[] {
	return fields.filter(
		(f) =>
			!f.path.includes('*') &&
			!f.section &&
			!f.array &&
			(f.enum !== undefined || f.type === 'boolean' || f.type === 'string')
	);
}

/** Nest `leaf` under the field's path: properties + required at every level. */
function nest(path: string[], leaf: JsonSchema | undefined): JsonSchema {
	const [head, ...rest] = path;
	if (rest.length === 0) {
		return leaf ? { properties: { [head]: leaf }, required: [head] } : { required: [head] };
	}
	return { properties: { [head]: nest(rest, leaf) }, required: [head] };
}

export function buildCondition(c: SimpleCondition): JsonSchema {
	const path = c.key.split('.');
	if (c.op === 'filled') return nest(path, undefined);
	const equals = nest(path, { const: c.value });
	return c.op === 'equals' ? equals : { not: equals };
}

/** Read a condition the builder wrote (or one of the same shape); undefined when it is anything else. */
function readNested(node: unknown, path: string[]): SimpleCondition | undefined {
	if (!isObj(node) || !Array.isArray(node.required) || node.required.length !== 1) return undefined;
	const name = node.required[0];
	if (typeof name !== 'string') return undefined;
	const here = [...path, name];
	if (keysAre(node, 'required')) return { key: here.join('.'), op: 'filled' };
	if (!keysAre(node, 'properties', 'required') || !isObj(node.properties)) return undefined;
	const props = node.properties;
	if (!keysAre(props, name)) return undefined;
	const child = props[name];
	if (isObj(child) && keysAre(child, 'const')) {
		return { key: here.join('.'), op: 'equals', value: child.const };
	}
	return readNested(child, here);
}

export function readCondition(condition: unknown): SimpleCondition | undefined {
	if (!isObj(condition)) return undefined;
	if (keysAre(condition, 'not')) {
		const inner = readNested(condition.not, []);
		return inner && inner.op === 'equals' ? { ...inner, op: 'notEquals' } : undefined;
	}
	return readNested(condition, []);
}

/** The values a field offers in the builder's value picker (enums, booleans), if it has a fixed set. */
export function fieldChoices(field: FormField | undefined): unknown[] | undefined {
	if (!field) return undefined;
	if (field.enum) return field.enum;
	if (field.type === 'boolean') return [true, false];
	return undefined;
}
