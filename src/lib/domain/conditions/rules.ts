// Field rules: show / hide a field or a section, or make it required, when a condition holds, with
// the condition reading any field of the form. JSON Schema cannot look sideways, so the rule is
// placed in the `allOf` of the nearest object that holds both the field and every field the condition
// reads (the root for two sections), and reaches down to the field through `properties` (and `items`):
//
//   show when C:            { if: C, else: { properties: { sec: { properties: { f: false } } } } }
//   hide when C:            { if: C, then: { properties: { sec: { properties: { f: false } } } } }
//   required when C:        { if: C, then: { properties: { sec: { required: [f] } } } }
//   show (required) when C: { if: C, then: { …required… }, else: { …false… } }
//
// The field stays declared where it is (the designer, lint and diff find it there); `false` forbids
// it while hidden, so renderers (ours, rjsf's retrieveSchema) drop it and a portal may not send it.
import type { JsonSchema } from '../item/types';
import { compileCondition, conditionFieldsOf } from './compile';
import { readCondition } from './read';
import type { Condition } from './types';
import { isObj, type Obj } from '../plain-object';

const keysAre = (o: Obj, ...keys: string[]) =>
	Object.keys(o).sort().join(',') === [...keys].sort().join(',');

export interface FieldRule {
	/** data path of the field or section the rule acts on ('*' steps into a repeating group) */
	target: string[];
	/** when absent, the field is always shown and the rule only makes it required */
	visible?: 'show' | 'hide';
	/** required while shown (or, without `visible`, while the condition holds) */
	required: boolean;
	/** over data paths from the root of the form */
	when: Condition;
}

/** A rule found in a form schema: where it is, and what it says when the builder can say it. */
export interface PlacedRule {
	/** data path of the object whose `allOf` holds it */
	level: string[];
	/** index in that object's `allOf` */
	index: number;
	/** the rule, with paths from the root; undefined when it is JSON the builder cannot express */
	rule?: FieldRule;
	/** the JSON as written */
	json: unknown;
}

const commonPrefix = (a: string[], b: string[]) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return a.slice(0, i);
};

/** The object level a rule lives at: the deepest object holding the target and every source. */
export function ruleLevel(rule: Pick<FieldRule, 'target' | 'when'>): string[] {
	let level = rule.target.slice(0, -1);
	for (const source of conditionFieldsOf(rule.when))
		level = commonPrefix(level, source.slice(0, -1));
	return level;
}

/** Walk down a data path in a schema: `properties` for names, `items` for '*'. */
function reach(path: string[], leaf: JsonSchema): JsonSchema {
	let node = leaf;
	for (let i = path.length - 1; i >= 0; i--) {
		node = path[i] === '*' ? { items: node } : { properties: { [path[i]]: node } };
	}
	return node;
}

const forbid = (rel: string[]) =>
	reach(rel.slice(0, -1), { properties: { [rel[rel.length - 1]]: false } });
const requireAt = (rel: string[]) => reach(rel.slice(0, -1), { required: [rel[rel.length - 1]] });

function relative(c: Condition, level: number): Condition {
	if ('op' in c) return { ...c, field: c.field.slice(level) };
	if ('parts' in c) return { all: c.all, parts: c.parts.map((p) => relative(p, level)) };
	return { not: relative(c.not, level) };
}
function absolute(c: Condition, level: string[]): Condition {
	if ('op' in c) return { ...c, field: [...level, ...c.field] };
	if ('parts' in c) return { all: c.all, parts: c.parts.map((p) => absolute(p, level)) };
	return { not: absolute(c.not, level) };
}

/** The `allOf` entry for a rule, to be placed at `ruleLevel(rule)`. Throws RangeError when a
 * condition reads inside a repeating group the field is not in. */
export function compileFieldRule(rule: FieldRule): { level: string[]; entry: JsonSchema } {
	const level = ruleLevel(rule);
	const rel = rule.target.slice(level.length);
	const entry: JsonSchema = { if: compileCondition(relative(rule.when, level.length)) };
	if (rule.visible === 'show') {
		if (rule.required) entry.then = requireAt(rel);
		entry.else = forbid(rel);
	} else if (rule.visible === 'hide') {
		entry.then = forbid(rel);
		if (rule.required) entry.else = requireAt(rel);
	} else {
		if (!rule.required) throw new RangeError('a rule that neither shows, hides nor requires');
		entry.then = requireAt(rel);
	}
	return { level, entry };
}

/** The path and effect of a branch the compiler writes: a `false` or a `required` at its end. */
function readEffect(node: unknown): { rel: string[]; effect: 'forbid' | 'require' } | undefined {
	const rel: string[] = [];
	let cur = node;
	for (let depth = 0; depth < 64; depth++) {
		if (!isObj(cur)) return undefined;
		if (keysAre(cur, 'items')) {
			rel.push('*');
			cur = cur.items;
			continue;
		}
		if (keysAre(cur, 'required') && Array.isArray(cur.required) && cur.required.length === 1) {
			const name = cur.required[0];
			return typeof name === 'string' ? { rel: [...rel, name], effect: 'require' } : undefined;
		}
		if (!keysAre(cur, 'properties') || !isObj(cur.properties)) return undefined;
		const names = Object.keys(cur.properties);
		if (names.length !== 1) return undefined;
		const child = cur.properties[names[0]];
		rel.push(names[0]);
		if (child === false) return { rel, effect: 'forbid' };
		cur = child;
	}
	return undefined;
}

/** Read one `allOf` entry at `level` as a field rule, or undefined when it is anything else. */
export function readFieldRule(entry: unknown, level: string[]): FieldRule | undefined {
	if (!isObj(entry) || !('if' in entry)) return undefined;
	if (Object.keys(entry).some((k) => k !== 'if' && k !== 'then' && k !== 'else')) return undefined;
	const when = readCondition(entry.if);
	if (!when) return undefined;
	const then = 'then' in entry ? readEffect(entry.then) : undefined;
	const other = 'else' in entry ? readEffect(entry.else) : undefined;
	if (('then' in entry && !then) || ('else' in entry && !other)) return undefined;
	const same = then && other ? then.rel.join('\u0000') === other.rel.join('\u0000') : true;
	if (!same) return undefined;
	const rel = (then ?? other)?.rel;
	if (!rel) return undefined;
	let visible: FieldRule['visible'];
	let required = false;
	const kinds = `${then?.effect ?? '-'}/${other?.effect ?? '-'}`;
	switch (kinds) {
		case 'require/forbid':
			required = true;
			visible = 'show';
			break;
		case '-/forbid':
			visible = 'show';
			break;
		case 'forbid/require':
			required = true;
			visible = 'hide';
			break;
		case 'forbid/-':
			visible = 'hide';
			break;
		case 'require/-':
			required = true;
			break;
		default:
			return undefined;
	}
	const rule: FieldRule = {
		target: [...level, ...rel],
		...(visible ? { visible } : {}),
		required,
		when: absolute(when, level)
	};
	// only the placement the compiler chooses reads back (a rule written higher up says the same,
	// but the builder would move it on the next edit)
	try {
		const again = compileFieldRule(rule);
		if (again.level.join('\u0000') !== level.join('\u0000')) return undefined;
		if (JSON.stringify(again.entry) !== JSON.stringify(entry)) return undefined;
	} catch {
		return undefined;
	}
	return rule;
}

/** The object schema at a data path of a form schema (through own `properties` and `items`). */
export function objectAt(schema: JsonSchema, path: string[]): JsonSchema | undefined {
	let node: unknown = schema;
	for (const key of path) {
		if (!isObj(node)) return undefined;
		node = key === '*' ? node.items : isObj(node.properties) ? node.properties[key] : undefined;
	}
	return isObj(node) ? node : undefined;
}

/** Every `allOf` entry with an `if` at every object level of a form, read as rules where possible. */
export function listFieldRules(schema: JsonSchema, maxDepth = 32): PlacedRule[] {
	const out: PlacedRule[] = [];
	const walk = (node: unknown, level: string[]) => {
		if (!isObj(node) || level.length > maxDepth) return;
		if (Array.isArray(node.allOf)) {
			node.allOf.forEach((entry, index) => {
				if (!isObj(entry) || !('if' in entry)) return;
				const rule = readFieldRule(entry, level);
				out.push({ level, index, json: entry, ...(rule ? { rule } : {}) });
			});
		}
		if (isObj(node.properties)) {
			for (const [k, v] of Object.entries(node.properties)) walk(v, [...level, k]);
		}
		if (isObj(node.items)) walk(node.items, [...level, '*']);
	};
	walk(schema, []);
	return out;
}

/** Rules (readable or not) that act on `target`. */
export function rulesFor(schema: JsonSchema, target: string[]): PlacedRule[] {
	const key = target.join('\u0000');
	return listFieldRules(schema).filter((p) => p.rule && p.rule.target.join('\u0000') === key);
}

/** Replace the object at `path` (through own `properties` and `items`) with `fn(it)`. Copies. */
function updateAt(
	schema: JsonSchema,
	path: string[],
	fn: (o: JsonSchema) => JsonSchema
): JsonSchema {
	if (path.length === 0) return fn(schema);
	const [head, ...rest] = path;
	if (head === '*') {
		if (!isObj(schema.items)) return schema;
		return { ...schema, items: updateAt(schema.items, rest, fn) };
	}
	const props = isObj(schema.properties) ? schema.properties : undefined;
	if (!props || !isObj(props[head])) return schema;
	return {
		...schema,
		properties: { ...props, [head]: updateAt(props[head] as JsonSchema, rest, fn) }
	};
}

/**
 * Set the builder's rule for `target` (null removes it): the rules it wrote for that field are
 * removed wherever they are, the new one is appended at its level. A field that becomes shown or
 * hidden leaves its section's own `required` (required while shown is the rule's to say, else the
 * form could never be sent while the field is hidden); a removed visibility rule that made it
 * required puts it back. JSON the builder cannot read is left untouched.
 */
export function setFieldRule(
	schema: JsonSchema,
	target: string[],
	rule: Omit<FieldRule, 'target'> | null
): JsonSchema {
	const previous = rulesFor(schema, target);
	let out = schema;
	// remove from the deepest level and the highest index first so indices stay right
	for (const p of [...previous].sort(
		(a, b) => b.level.length - a.level.length || b.index - a.index
	)) {
		out = updateAt(out, p.level, (o) => {
			const allOf = (o.allOf as unknown[]).filter((_, i) => i !== p.index);
			const copy: JsonSchema = { ...o, allOf };
			if (!allOf.length) delete copy.allOf;
			return copy;
		});
	}
	const parent = target.slice(0, -1);
	const name = target[target.length - 1];
	const ownRequired = (o: JsonSchema) =>
		Array.isArray(o.required) ? (o.required as string[]) : [];
	const setOwnRequired = (on: boolean) => {
		out = updateAt(out, parent, (o) => {
			const list = ownRequired(o).filter((k) => k !== name);
			if (on) list.push(name);
			const copy: JsonSchema = { ...o, required: list };
			if (!list.length) delete copy.required;
			return copy;
		});
	};
	if (!rule) {
		const wasRequiredWhenShown = previous.some((p) => p.rule?.visible && p.rule.required);
		if (wasRequiredWhenShown) setOwnRequired(true);
		return out;
	}
	if (rule.visible) {
		const holder = objectAt(out, parent);
		const wasRequired = holder ? ownRequired(holder).includes(name) : false;
		if (wasRequired) setOwnRequired(false);
	}
	const { level, entry } = compileFieldRule({ ...rule, target });
	return updateAt(out, level, (o) => ({
		...o,
		allOf: [...(Array.isArray(o.allOf) ? o.allOf : []), entry]
	}));
}
