// The one normalisation rule of the Chinese formats (formats/registry.ts), applied to a submission's
// form data before it is decided. The schema is followed through properties, items, in-place
// branches and local `$ref`s; what each schema node means for the data (its format, its items, its
// properties) is worked out once per published schema and kept, because a portal decides many
// submissions against the same bundle and the schema walk used to cost as much as validating.
import { isCnFormat, normalizeFormatValue } from '../formats';
import type { CnFormat } from '../formats';
import type { JsonSchema } from '../item/types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What one schema node, with everything applying in place to the same instance, says of a value. */
interface NodePlan {
	format?: CnFormat;
	items?: JsonSchema;
	/** the `properties` of the node and of its in-place subschemas, first one first */
	properties: Obj[];
}

// Published schemas are immutable and kept by their bundle: a plan lives as long as its schema.
const plans = new WeakMap<object, Map<unknown, NodePlan | null>>();

function planner(schema: JsonSchema): (node: unknown) => NodePlan | null {
	let cache = plans.get(schema);
	if (!cache) {
		cache = new Map();
		plans.set(schema, cache);
	}
	const known = cache;
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
	return (node) => {
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
}

/**
 * The form data with every Chinese-format value normalised by the one rule (trim; identifiers
 * without inner spaces, upper case), at any depth; data the schema does not describe is left as it
 * is. Objects and arrays are copied only where a value changed: the input is never modified.
 */
export function normaliseFormData(schema: JsonSchema, data: unknown): unknown {
	const planOf = planner(schema);
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
			if (!plan.properties.length) return value;
			let out: Obj | undefined;
			for (const key of Object.keys(value)) {
				let child: unknown;
				for (const props of plan.properties) {
					const c = props[key];
					if (isObj(c)) {
						child = c;
						break;
					}
				}
				if (!child) continue;
				const next = walk(child, value[key], depth + 1);
				if (next !== value[key]) (out ??= { ...value })[key] = next;
			}
			return out ?? value;
		}
		return value;
	};
	return walk(schema, data, 0);
}
