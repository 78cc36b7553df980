// The fields of a member's published form, as a one-thing sees them: where each is, what it is
// called, its type and format, its semantic key (`ui:semantic` in the uiSchema) and whether it can be
// entered once for several members (shareable).
import type { Bundle } from '../compile/types';
import type { JsonSchema, UiSchema } from '../item/types';
import { UI_SEMANTIC } from './vocabulary';
import { isObj, type Obj } from '../plain-object';

export interface MemberField {
	member: string;
	path: string[];
	key?: string;
	title?: string;
	type?: string;
	format?: string;
	/** the values a choice offers (`enum`, or the `const`s of a `oneOf`) */
	choices?: unknown[];
	/** the field's schema as published (format patterns included) */
	schema: JsonSchema;
	/**
	 * reached through `properties` only, every enclosing object required: slicing can always put
	 * the shared value back at the same place
	 */
	shareable: boolean;
	/** required, with every enclosing object */
	required: boolean;
}

export const pathKey = (p: readonly string[]) => p.join('.');

function typeOf(s: JsonSchema): string | undefined {
	if (typeof s.type === 'string') return s.type;
	if (Array.isArray(s.type)) return [...s.type].sort().join('|');
	if (isObj(s.properties)) return 'object';
	return undefined;
}

function choicesOf(s: JsonSchema): unknown[] | undefined {
	if (Array.isArray(s.enum)) return s.enum;
	if (Array.isArray(s.oneOf) && s.oneOf.every((o) => isObj(o) && 'const' in o))
		return (s.oneOf as Obj[]).map((o) => o.const);
	return undefined;
}

function uiAt(ui: UiSchema, path: readonly string[]): Obj | undefined {
	let node: unknown = ui;
	for (const p of path) {
		if (!isObj(node)) return undefined;
		node = node[p];
	}
	return isObj(node) ? node : undefined;
}

/** Is this root `allOf` entry one of the compiled material conditionals (not an authored rule)? */
export function isMaterialConditional(entry: unknown): boolean {
	if (!isObj(entry) || !isObj(entry.else) || entry.then !== undefined) return false;
	const props = entry.else.properties;
	return isObj(props) && Object.keys(props).length === 1 && 'materials' in props;
}

/** Every field of the member's form (not inside lists), in form order. */
export function memberFields(code: string, bundle: Bundle): MemberField[] {
	const out: MemberField[] = [];
	const walk = (node: JsonSchema, path: string[], reachable: boolean, depth: number) => {
		if (depth > 32) return;
		const props = isObj(node.properties) ? (node.properties as Record<string, JsonSchema>) : {};
		const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
		const visit = (name: string, s: unknown, direct: boolean) => {
			if (path.length === 0 && name === 'materials') return;
			if (!isObj(s)) return;
			const p = [...path, name];
			const req = direct && reachable && required.has(name);
			const key = uiAt(bundle.uiSchema, p)?.[UI_SEMANTIC];
			const f: MemberField = {
				member: code,
				path: p,
				schema: s,
				shareable: direct && reachable,
				required: req
			};
			if (typeof key === 'string') f.key = key;
			if (typeof s.title === 'string') f.title = s.title;
			const type = typeOf(s);
			if (type) f.type = type;
			if (typeof s.format === 'string') f.format = s.format;
			const choices = choicesOf(s);
			if (choices) f.choices = choices;
			out.push(f);
			if (isObj(s.properties)) walk(s, p, req, depth + 1);
		};
		for (const [name, s] of Object.entries(props)) visit(name, s, true);
		// fields declared only while a condition holds
		for (const entry of Array.isArray(node.allOf) ? node.allOf : []) {
			if (!isObj(entry) || isMaterialConditional(entry)) continue;
			for (const branch of [entry.then, entry.else]) {
				if (!isObj(branch) || !isObj(branch.properties)) continue;
				for (const [name, s] of Object.entries(branch.properties)) {
					if (name in props) continue;
					visit(name, s, false);
				}
			}
		}
	};
	walk(bundle.applicationSchema, [], true, 0);
	return out;
}

/** Member paths (joined with '.') that the form's own rules (`if`, dependencies) read. */
export function ruleReads(schema: JsonSchema): Set<string> {
	const reads = new Set<string>();
	const read = (s: unknown, p: string[], depth: number) => {
		if (!isObj(s) || depth > 64) return;
		reads.add(pathKey(p));
		if (isObj(s.properties))
			for (const [k, v] of Object.entries(s.properties)) read(v, [...p, k], depth + 1);
		if (Array.isArray(s.required))
			for (const k of s.required) reads.add(pathKey([...p, String(k)]));
		for (const k of ['allOf', 'anyOf', 'oneOf'])
			if (Array.isArray(s[k])) for (const e of s[k] as unknown[]) read(e, p, depth + 1);
		for (const k of ['not', 'if', 'then', 'else']) read(s[k], p, depth + 1);
	};
	const walk = (s: unknown, p: string[], depth: number, top: boolean) => {
		if (!isObj(s) || depth > 64) return;
		if (s.if !== undefined) read(s.if, p, depth + 1);
		if (isObj(s.dependentRequired))
			for (const [k, v] of Object.entries(s.dependentRequired)) {
				reads.add(pathKey([...p, k]));
				if (Array.isArray(v)) for (const r of v) reads.add(pathKey([...p, String(r)]));
			}
		if (isObj(s.dependentSchemas))
			for (const [k, v] of Object.entries(s.dependentSchemas)) {
				reads.add(pathKey([...p, k]));
				read(v, p, depth + 1);
			}
		if (isObj(s.properties))
			for (const [k, v] of Object.entries(s.properties)) {
				if (top && k === 'materials') continue;
				walk(v, [...p, k], depth + 1, false);
			}
		for (const k of ['allOf', 'anyOf', 'oneOf'])
			if (Array.isArray(s[k]))
				for (const e of s[k] as unknown[]) {
					if (top && isMaterialConditional(e)) continue;
					walk(e, p, depth + 1, false);
				}
		for (const k of ['then', 'else']) walk(s[k], p, depth + 1, false);
	};
	walk(schema, [], 0, true);
	return reads;
}
