// Reading and writing a field's `ui:calc` in the form's uiSchema by the builder's path (a
// repeating group's entries are under `items`), and which fields each parameter may name.
import { CALC_KEYWORD, readCalc, type Calc } from '$lib/domain/calc';
import type { FormField, JsonSchema, UiSchema } from '$lib/domain/item';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The uiSchema entry of a field (by data path, '*' steps into `items`), or undefined. */
export function uiEntryAt(ui: UiSchema, dataPath: readonly string[]): Obj | undefined {
	let node: unknown = ui;
	for (const k of dataPath) node = isObj(node) ? node[k === '*' ? 'items' : k] : undefined;
	return isObj(node) ? node : undefined;
}

/** A copy of `ui` with the field's `ui:calc` set (undefined removes it). */
export function withCalc(
	ui: UiSchema,
	dataPath: readonly string[],
	calc: Calc | undefined
): UiSchema {
	const put = (node: unknown, rest: readonly string[]): Obj => {
		const here: Obj = isObj(node) ? { ...node } : {};
		if (rest.length === 0) {
			if (calc) here[CALC_KEYWORD] = calc;
			else delete here[CALC_KEYWORD];
			return here;
		}
		const key = rest[0] === '*' ? 'items' : rest[0];
		const child = put(here[key], rest.slice(1));
		if (Object.keys(child).length) here[key] = child;
		else delete here[key];
		return here;
	};
	return put(ui, dataPath) as UiSchema;
}

export function calcOf(ui: UiSchema, dataPath: readonly string[]) {
	const raw = uiEntryAt(ui, dataPath)?.[CALC_KEYWORD];
	return { raw, calc: raw === undefined ? undefined : readCalc(raw) };
}

/** Fields a parameter may name: ID numbers (text fields), groups, number fields in a group. */
export function idFields(fields: FormField[]): FormField[] {
	return fields.filter((f) => !f.path.includes('*') && f.type === 'string' && !f.enum);
}
export function groupFields(fields: FormField[]): FormField[] {
	return fields.filter((f) => f.array && !f.path.includes('*'));
}
export function numberFieldsOf(fields: FormField[], group: string): FormField[] {
	const prefix = `${group}.*.`;
	return fields.filter(
		(f) =>
			f.key.startsWith(prefix) &&
			!f.key.slice(prefix.length).includes('.') &&
			(f.type === 'number' || f.type === 'integer')
	);
}

/** The parameters a new calculation starts with. */
export function startCalc(fn: Calc['fn'], fields: FormField[]): Calc | undefined {
	const id = idFields(fields).find((f) => f.format === 'cn-id-card') ?? idFields(fields)[0];
	const group = groupFields(fields)[0];
	switch (fn) {
		case 'birthDateFromId':
		case 'ageFromId':
		case 'sexFromId':
		case 'regionFromId':
			return id ? ({ fn, id: id.key } as Calc) : undefined;
		case 'sum': {
			if (!group) return undefined;
			const of = numberFieldsOf(fields, group.key)[0];
			return of ? { fn, items: group.key, of: of.path.at(-1)! } : { fn, items: group.key };
		}
		case 'count':
			return group ? { fn, items: group.key } : undefined;
		case 'workdaysFrom':
			return { fn, days: 5 };
	}
}

export type { JsonSchema };
