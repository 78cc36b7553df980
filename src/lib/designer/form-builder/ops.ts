// Structural operations on an application form (schema + uiSchema). Pure: the inputs are never
// mutated and every result is a fresh value the designer can keep in its undo history.
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import {
	childLevel,
	containerAt,
	readContainer,
	updateContainer,
	type Condition,
	type Container,
	type Entry,
	type Path
} from './container';
import { KEY_BASE, detectKind, hasOptions, isObject, newField, type FieldKind } from './kinds';
import type { PaletteKind } from './kinds';
import { keyError, takenKeys, uniqueKey } from './keys';
import { deriveKey, followsTitle, type Speller } from '$lib/domain/naming';
import type { Locale } from './messages';

export type { Condition, Path };

export interface Form {
	schema: JsonSchema;
	uiSchema: UiSchema;
}

export interface FieldNode {
	key: string;
	path: string[];
	title: string;
	kind: FieldKind;
	required: boolean;
	condition?: Condition;
	/** fields inside a section or repeating group; undefined for other kinds */
	children?: FieldNode[];
}

export class FormOpError extends Error {}

function fail(message: string): never {
	throw new FormOpError(message);
}

/** The canvas tree. */
export function fieldTree(form: Form): FieldNode[] {
	const walk = (c: Container, prefix: string[], depth: number): FieldNode[] =>
		c.entries.map((e) => {
			const path = [...prefix, e.key];
			const kind = detectKind(e.schema, e.ui);
			const node: FieldNode = {
				key: e.key,
				path,
				title: typeof e.schema.title === 'string' ? e.schema.title : '',
				kind,
				required: e.required
			};
			if (e.condition) node.condition = e.condition;
			const level = kind === 'section' || kind === 'group' ? childLevel(e) : undefined;
			if (level)
				node.children =
					depth < 32 ? walk(readContainer(level.schema, level.ui), path, depth + 1) : [];
			return node;
		});
	return walk(readContainer(form.schema, form.uiSchema), [], 0);
}

export function getEntry(form: Form, path: Path): Entry | undefined {
	const c = containerAt(form.schema, form.uiSchema, path.slice(0, -1));
	return c?.entries.find((e) => e.key === path[path.length - 1]);
}

/** Whether `path` names a section or repeating group that can hold fields. */
export function isContainerPath(form: Form, path: Path): boolean {
	if (path.length === 0) return true;
	const e = getEntry(form, path);
	if (!e) return false;
	const kind = detectKind(e.schema, e.ui);
	return (kind === 'section' || kind === 'group') && childLevel(e) !== undefined;
}

function update(form: Form, parent: Path, fn: (c: Container) => Container | undefined): Form {
	if (!isContainerPath(form, parent)) fail(`no section at /${parent.join('/')}`);
	const out = updateContainer(form.schema, form.uiSchema, parent, fn);
	if (!out) fail(`no section at /${parent.join('/')}`);
	return { schema: out.schema, uiSchema: out.ui };
}

function clampIndex(index: number, length: number): number {
	if (!Number.isFinite(index)) return length;
	return Math.max(0, Math.min(length, Math.trunc(index)));
}

function insertEntry(c: Container, index: number, entry: Entry): Container {
	const entries = [...c.entries];
	entries.splice(clampIndex(index, entries.length), 0, entry);
	return { ...c, entries };
}

/**
 * A hand-written rule of the section after `key` left it: a rule whose `if` requires the field
 * can no longer apply and goes; `then`/`else` stop requiring or refining it (a published form is
 * closed, so requiring a field that is not there would make the form impossible to submit).
 */
function forgetInRule(rule: unknown, key: string): unknown {
	if (!isObject(rule)) return rule;
	const cond = rule.if;
	if (isObject(cond) && Array.isArray(cond.required) && cond.required.includes(key))
		return undefined;
	const out: Record<string, unknown> = { ...rule };
	for (const branch of ['then', 'else']) {
		const b = rule[branch];
		if (!isObject(b)) continue;
		const next: Record<string, unknown> = { ...b };
		if (Array.isArray(b.required)) {
			const req = b.required.filter((k) => k !== key);
			if (req.length) next.required = req;
			else delete next.required;
		}
		if (isObject(b.properties) && key in b.properties) {
			const props = { ...b.properties };
			delete props[key];
			if (Object.keys(props).length) next.properties = props;
			else delete next.properties;
		}
		if (Object.keys(next).length) out[branch] = next;
		else delete out[branch];
	}
	return 'if' in out && !('then' in out) && !('else' in out) ? undefined : out;
}

/**
 * The section without `key`: siblings shown only when it had a value are shown always, and
 * hand-written rules forget it.
 */
function without(c: Container, key: string): Container {
	return {
		foreign: c.foreign.map((r) => forgetInRule(r, key)).filter((r) => r !== undefined),
		entries: c.entries
			.filter((e) => e.key !== key)
			.map((e) => {
				if (e.condition?.field !== key) return e;
				const copy = { ...e };
				delete copy.condition;
				return copy;
			})
	};
}

export function addField(
	form: Form,
	parentPath: Path,
	index: number,
	kind: PaletteKind,
	locale?: Locale
): { form: Form; key: string } {
	const { schema, ui } = newField(kind, locale);
	let key = '';
	const out = update(form, parentPath, (c) => {
		key = uniqueKey(
			KEY_BASE[kind],
			c.entries.map((e) => e.key),
			parentPath.length === 0
		);
		return insertEntry(c, index, { key, schema, ui, required: false });
	});
	return { form: out, key };
}

export function removeField(form: Form, path: Path): Form {
	const key = path[path.length - 1];
	return update(form, path.slice(0, -1), (c) => {
		if (!c.entries.some((e) => e.key === key)) fail(`no field at /${path.join('/')}`);
		return without(c, key);
	});
}

export function duplicateField(form: Form, path: Path): { form: Form; key: string } {
	const parent = path.slice(0, -1);
	const key = path[path.length - 1];
	let copyKey = '';
	const out = update(form, parent, (c) => {
		const i = c.entries.findIndex((e) => e.key === key);
		if (i < 0) fail(`no field at /${path.join('/')}`);
		copyKey = uniqueKey(
			key,
			c.entries.map((e) => e.key),
			parent.length === 0
		);
		const e = c.entries[i];
		// a deep copy: the copy must not share nested objects with the original (and the input may be
		// a reactive proxy, which structuredClone refuses)
		const copy: Entry = { ...(JSON.parse(JSON.stringify(e)) as Entry), key: copyKey };
		return insertEntry(c, i + 1, copy);
	});
	return { form: out, key: copyKey };
}

const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((k, i) => b[i] === k);

/**
 * Move a field to position `toIndex` (in the target's list after the move) of the section at
 * `toParent`. Within its own section it keeps its key and condition; moved elsewhere it gets a
 * unique key there and loses its condition (conditions refer to siblings). Siblings that depended on
 * a field leaving their section become unconditional.
 */
export function moveField(
	form: Form,
	from: Path,
	toParent: Path,
	toIndex: number
): { form: Form; key: string } {
	const parent = from.slice(0, -1);
	const key = from[from.length - 1];
	const entry = getEntry(form, from);
	if (!entry) fail(`no field at /${from.join('/')}`);
	if (isPrefix(from, toParent)) fail('a section cannot be moved into itself');
	if (!isContainerPath(form, toParent)) fail(`no section at /${toParent.join('/')}`);
	const sameParent = parent.length === toParent.length && isPrefix(parent, toParent);
	if (sameParent) {
		const out = update(form, parent, (c) => {
			const entries = c.entries.filter((e) => e.key !== key);
			entries.splice(clampIndex(toIndex, entries.length), 0, entry);
			return { ...c, entries };
		});
		return { form: out, key };
	}
	const removed = update(form, parent, (c) => without(c, key));
	let newKey = key;
	const out = update(removed, toParent, (c) => {
		newKey = uniqueKey(
			key,
			c.entries.map((e) => e.key),
			toParent.length === 0
		);
		const moved: Entry = { ...entry, key: newKey };
		delete moved.condition;
		return insertEntry(c, toIndex, moved);
	});
	return { form: out, key: newKey };
}

/** Problem with `newKey` for the field at `path`, or undefined when it may be used. */
export function checkKey(form: Form, path: Path, newKey: string) {
	const parent = path.slice(0, -1);
	const c = containerAt(form.schema, form.uiSchema, parent);
	const siblings = c ? c.entries.map((e) => e.key) : [];
	return keyError(newKey, siblings, parent.length === 0, path[path.length - 1]);
}

function renameIn(node: unknown, from: string, to: string): unknown {
	if (!isObject(node)) return node;
	const out: Record<string, unknown> = { ...node };
	if (isObject(node.properties)) {
		out.properties = Object.fromEntries(
			Object.entries(node.properties).map(([k, v]) => [k === from ? to : k, v])
		);
	}
	if (Array.isArray(node.required)) {
		out.required = node.required.map((k) => (k === from ? to : k));
	}
	for (const k of ['if', 'then', 'else']) if (k in node) out[k] = renameIn(node[k], from, to);
	return out;
}

export function renameKey(form: Form, path: Path, newKey: string): Form {
	const problem = checkKey(form, path, newKey);
	if (problem) fail(problem);
	const key = path[path.length - 1];
	if (key === newKey) return form;
	return update(form, path.slice(0, -1), (c) => ({
		// hand-written rules naming the field follow the rename too
		foreign: c.foreign.map((r) => renameIn(r, key, newKey)),
		entries: c.entries.map((e) => {
			if (e.key === key) return { ...e, key: newKey };
			if (e.condition?.field === key) return { ...e, condition: { ...e.condition, field: newKey } };
			return e;
		})
	}));
}

export interface ConditionSource {
	key: string;
	title: string;
	kind: FieldKind;
	options: { value: unknown; label: string }[];
}

/** Sibling fields a visibility condition of the field at `path` can depend on. */
export function conditionSources(
	form: Form,
	path: Path,
	labels: { yes: string; no: string }
): ConditionSource[] {
	const key = path[path.length - 1];
	const c = containerAt(form.schema, form.uiSchema, path.slice(0, -1));
	if (!c) return [];
	const out: ConditionSource[] = [];
	for (const e of c.entries) {
		// depending on a field that depends on this one would hide both for good
		if (e.key === key || e.condition?.field === key) continue;
		const kind = detectKind(e.schema, e.ui);
		const title = typeof e.schema.title === 'string' && e.schema.title ? e.schema.title : e.key;
		if (kind === 'boolean') {
			out.push({
				key: e.key,
				title,
				kind,
				options: [
					{ value: true, label: labels.yes },
					{ value: false, label: labels.no }
				]
			});
		} else if ((kind === 'select' || kind === 'radio') && hasOptions(e.schema)) {
			out.push({ key: e.key, title, kind, options: readOptions(e.schema) });
		}
	}
	return out;
}

/** Options of an enum (`enum`, or `oneOf`/`anyOf` of const with title). */
export function readOptions(schema: JsonSchema): { value: unknown; label: string }[] {
	if (Array.isArray(schema.enum)) return schema.enum.map((v) => ({ value: v, label: '' }));
	const alts = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
	return (alts ?? []).filter(isObject).map((a) => ({
		value: a.const,
		label: typeof a.title === 'string' ? a.title : ''
	}));
}

/** Show the field at `path` only when sibling `condition.field` equals `condition.value`. */
export function setVisibilityCondition(form: Form, path: Path, condition: Condition | null): Form {
	const key = path[path.length - 1];
	return update(form, path.slice(0, -1), (c) => {
		if (!c.entries.some((e) => e.key === key)) fail(`no field at /${path.join('/')}`);
		if (condition) {
			const source = c.entries.find((e) => e.key === condition.field);
			if (!source || source.key === key) fail(`no sibling field "${condition.field}"`);
			if (source.condition?.field === key) fail('two fields cannot depend on each other');
		}
		return {
			...c,
			entries: c.entries.map((e) => {
				if (e.key !== key) return e;
				const next = { ...e };
				if (condition) next.condition = { field: condition.field, value: condition.value };
				else delete next.condition;
				return next;
			})
		};
	});
}

/** Replace the schema and uiSchema of one field (used by the property editor). */
export function replaceField(form: Form, path: Path, fn: (e: Entry) => Entry): Form {
	const key = path[path.length - 1];
	return update(form, path.slice(0, -1), (c) => {
		const i = c.entries.findIndex((e) => e.key === key);
		if (i < 0) fail(`no field at /${path.join('/')}`);
		const entries = [...c.entries];
		entries[i] = { ...fn(entries[i]), key };
		return { ...c, entries };
	});
}

/** Where a field sits: its section's path, its index there and the number of siblings. */
export function position(
	form: Form,
	path: Path
): { parent: string[]; index: number; count: number } | undefined {
	const parent = path.slice(0, -1);
	const c = containerAt(form.schema, form.uiSchema, parent);
	const index = c ? c.entries.findIndex((e) => e.key === path[path.length - 1]) : -1;
	if (!c || index < 0) return undefined;
	return { parent, index, count: c.entries.length };
}

/**
 * Give the field at `path` a new title. Its key follows the title (姓名 → name) while it is still
 * the derived one, or the kind's starter key, and `keyLocked` is false; a key the editor typed, or
 * one a published version has (submissions are stored under it), stays. `spell`: pinyin for Chinese
 * the glossary does not know. Returns the new path.
 */
export function retitleField(
	form: Form,
	path: Path,
	title: string,
	opts: { keyLocked?: boolean; spell?: Speller } = {}
): { form: Form; path: string[] } {
	const { keyLocked = false, spell } = opts;
	const entry = getEntry(form, path);
	if (!entry) fail(`no field at /${path.join('/')}`);
	const key = entry.key;
	const parent = path.slice(0, -1);
	const fallback = KEY_BASE[detectKind(entry.schema, entry.ui)];
	const before = typeof entry.schema.title === 'string' ? entry.schema.title : '';
	const titled = replaceField(form, path, (e) => {
		const schema: JsonSchema = { ...e.schema };
		if (title.trim()) schema.title = title.trim();
		else delete schema.title;
		return { ...e, schema };
	});
	if (keyLocked || !followsTitle(key, before, fallback, spell)) {
		return { form: titled, path: [...path] };
	}
	const c = containerAt(form.schema, form.uiSchema, parent);
	const siblings = (c?.entries ?? []).map((e) => e.key).filter((k) => k !== key);
	const next = deriveKey(title, takenKeys(siblings, parent.length === 0), fallback, spell);
	if (next === key) return { form: titled, path: [...path] };
	return { form: renameKey(titled, path, next), path: [...parent, next] };
}
