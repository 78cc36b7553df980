// The one normalisation rule of the Chinese formats (formats/registry.ts), applied to a submission's
// form data before it is decided. The schema is followed through properties, items, in-place
// branches and local `$ref`s; what each schema node means for the data (its format, its items, its
// properties) is worked out once per published schema and kept, because a portal decides many
// submissions against the same bundle and the schema walk used to cost as much as validating.
import { isCnFormat, normalizeFormatValue } from '../formats';
import type { CnFormat } from '../formats';
import type { JsonSchema } from '../item/types';
import { isObj, type Obj } from '../plain-object';

/** What one schema node, with everything applying in place to the same instance, says of a value. */
interface NodePlan {
	format?: CnFormat;
	items?: JsonSchema;
	/** the `properties` of the node and of its in-place subschemas, first one first */
	properties: Obj[];
	/**
	 * [key, subschema] of the properties whose values may hold a Chinese-format value (the first
	 * subschema naming the key, as `properties` is read); worked out when first needed
	 */
	fields?: [string, unknown][];
}

interface Planner {
	planOf: (node: unknown) => NodePlan | null;
	fieldsOf: (plan: NodePlan) => [string, unknown][];
}

// Published schemas are immutable and kept by their bundle: a plan lives as long as its schema.
const planners = new WeakMap<object, Planner>();

function planner(schema: JsonSchema): Planner {
	const cached = planners.get(schema);
	if (cached) return cached;
	const known = new Map<unknown, NodePlan | null>();
	const resolve = (node: unknown, depth: number): JsonSchema | undefined => {
		if (!isObj(node)) return undefined;
		const ref = node.$ref;
		if (typeof ref === 'string' && ref.startsWith('#/') && depth < 16) {
			let target: unknown = schema;
			for (const tok of ref.slice(2).split('/'))
				target = isObj(target) ? target[tok.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
			return resolve(target, depth + 1);
		}
		return node as JsonSchema;
	};
	/** every subschema that applies in place to the same instance */
	const inPlace = (node: JsonSchema, depth: number): JsonSchema[] => {
		const out: JsonSchema[] = [node];
		if (depth > 16) return out;
		for (const k of ['allOf', 'anyOf', 'oneOf']) {
			if (Array.isArray(node[k])) {
				for (const b of node[k] as unknown[]) {
					const r = resolve(b, 0);
					if (r) out.push(...inPlace(r, depth + 1));
				}
			}
		}
		for (const k of ['then', 'else']) {
			const r = resolve(node[k], 0);
			if (r) out.push(...inPlace(r, depth + 1));
		}
		return out;
	};
	const planOf = (node: unknown): NodePlan | null => {
		const hit = known.get(node);
		if (hit !== undefined) return hit;
		const s = resolve(node, 0);
		let plan: NodePlan | null = null;
		if (s) {
			const all = inPlace(s, 0);
			plan = {
				format: all.map((x) => x.format).find(isCnFormat),
				items: all.map((x) => x.items).find(isObj) as JsonSchema | undefined,
				properties: all.map((x) => x.properties).filter(isObj)
			};
		}
		known.set(node, plan);
		return plan;
	};
	// whether a value under this node can be changed by normalising; a node met again while its own
	// answer is being worked out (a recursive `$ref`) counts as yes, which only costs a visit
	const relevant = new Map<unknown, boolean>();
	const mayChange = (node: unknown): boolean => {
		const known = relevant.get(node);
		if (known !== undefined) return known;
		relevant.set(node, true);
		const plan = planOf(node);
		const yes =
			!!plan &&
			(!!plan.format ||
				(plan.items !== undefined && mayChange(plan.items)) ||
				fieldsOf(plan).length > 0);
		relevant.set(node, yes);
		return yes;
	};
	const fieldsOf = (plan: NodePlan): [string, unknown][] => {
		if (plan.fields) return plan.fields;
		const first = new Map<string, unknown>();
		for (const props of plan.properties)
			for (const [key, child] of Object.entries(props))
				if (isObj(child) && !first.has(key)) first.set(key, child);
		// met again while being worked out: every field, which only costs visits
		if (computing.has(plan)) return [...first];
		computing.add(plan);
		plan.fields = [...first].filter(([, child]) => mayChange(child));
		computing.delete(plan);
		return plan.fields;
	};
	const computing = new Set<NodePlan>();
	const made = { planOf, fieldsOf };
	planners.set(schema, made);
	return made;
}

/**
 * The form data with every Chinese-format value normalised by the one rule (trim; identifiers
 * without inner spaces, upper case), at any depth; data the schema does not describe is left as it
 * is. Objects and arrays are copied only where a value changed: the input is never modified.
 */
export function normaliseFormData(schema: JsonSchema, data: unknown): unknown {
	const { planOf, fieldsOf } = planner(schema);
	const walk = (node: unknown, value: unknown, depth: number): unknown => {
		if (depth > 64) return value;
		const plan = planOf(node);
		if (!plan) return value;
		if (typeof value === 'string') {
			return plan.format ? normalizeFormatValue(plan.format, value) : value;
		}
		if (Array.isArray(value)) {
			if (!plan.items) return value;
			let out: unknown[] | undefined;
			for (let i = 0; i < value.length; i++) {
				const next = walk(plan.items, value[i], depth + 1);
				if (next !== value[i]) (out ??= [...value])[i] = next;
			}
			return out ?? value;
		}
		if (isObj(value)) {
			let out: Obj | undefined;
			for (const [key, child] of fieldsOf(plan)) {
				if (!Object.hasOwn(value, key)) continue;
				const next = walk(child, value[key], depth + 1);
				if (next !== value[key]) (out ??= { ...value })[key] = next;
			}
			return out ?? value;
		}
		return value;
	};
	return walk(schema, data, 0);
}
