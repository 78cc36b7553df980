// A form names the same field shape many times: every material reference is the same
// `{ name, mediaType, size, sha256 }` object, and sections repeat (applicant and agent, one
// shareholder block per row, an address in every section). Ajv's code generator writes the checks of
// a subschema out in full wherever it appears, so the validator module grows with every repetition.
// Here each property or item subschema that occurs more than once is moved to `$defs` and referenced
// instead; compiled without inlining references, its checks are generated once and called from
// every place that names it. Validity, the errors' instancePath, keyword and params are unchanged;
// an error inside a shared subschema has a schemaPath under `$defs/<SHARED_PREFIX>…`.

/** Prefix of the `$defs` names this adds; a name the schema already uses is skipped. */
export const SHARED_PREFIX = 'shared-';

/**
 * Subschemas smaller than this (canonical JSON characters) stay where they are: a call and a
 * reference cost about as much as checking `{ type: 'boolean' }` in place.
 */
const MIN_SHARED_LENGTH = 40;

// Keywords whose meaning depends on where the subschema sits: a subschema holding one of them keeps
// its place (relative references, base URIs, and annotations that unevaluated* collect in place).
const PLACE_BOUND = new Set([
	'$ref',
	'$id',
	'$anchor',
	'$dynamicRef',
	'$dynamicAnchor',
	'$recursiveRef',
	'$recursiveAnchor',
	'unevaluatedProperties',
	'unevaluatedItems'
]);

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object' && !Array.isArray(v);

/** JSON with sorted keys: two subschemas alike but for key order are one. */
function canonical(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
	if (isNode(v))
		return `{${Object.keys(v)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
			.join(',')}}`;
	return JSON.stringify(v);
}

function placeBound(v: unknown): boolean {
	if (Array.isArray(v)) return v.some(placeBound);
	if (!isNode(v)) return false;
	return Object.entries(v).some(([k, x]) => PLACE_BOUND.has(k) || placeBound(x));
}

/** The subschemas of properties and of `items` (one schema for every element), in place. */
function eachChild(node: Node, visit: (child: Node, holder: 'properties' | 'items') => void): void {
	if (isNode(node.properties))
		for (const sub of Object.values(node.properties)) if (isNode(sub)) visit(sub, 'properties');
	if (isNode(node.items)) visit(node.items, 'items');
}

/** Every subschema of `v`, depth first (the walk that finds repetitions and rewrites them). */
function eachNode(v: unknown, visit: (n: Node) => void): void {
	if (Array.isArray(v)) v.forEach((x) => eachNode(x, visit));
	else if (isNode(v)) {
		visit(v);
		for (const x of Object.values(v)) eachNode(x, visit);
	}
}

/**
 * A copy of `schema` (a root with `$id`) in which every property or item subschema that occurs
 * more than once is one entry of `$defs`, referenced where it occurred. The root is never moved,
 * and neither is a subschema that depends on its place (PLACE_BOUND) or that is smaller than a call.
 * A schema without repetitions comes back unchanged.
 */
export function withSharedSubschemas<T extends object>(schema: T): T {
	const counts = new Map<string, number>();
	eachNode(schema, (n) =>
		eachChild(n, (child) => {
			const key = canonical(child);
			if (key.length >= MIN_SHARED_LENGTH && !placeBound(child))
				counts.set(key, (counts.get(key) ?? 0) + 1);
		})
	);
	if (![...counts.values()].some((c) => c > 1)) return schema;

	const root = schema as Node;
	const taken = new Set(isNode(root.$defs) ? Object.keys(root.$defs) : []);
	const names = new Map<string, string>();
	const shared: Record<string, unknown> = {};
	let next = 0;
	const nameFor = (key: string, child: Node): string => {
		let name = names.get(key);
		if (name === undefined) {
			do name = `${SHARED_PREFIX}${next++}`;
			while (taken.has(name));
			names.set(key, name);
			// registered before its own children are rewritten, so nested repetitions share too
			shared[name] = null;
			shared[name] = rewrite(child);
		}
		return name;
	};
	const replace = (child: Node): Node => {
		const key = canonical(child);
		return (counts.get(key) ?? 0) > 1
			? { $ref: `#/$defs/${nameFor(key, child)}` }
			: (rewrite(child) as Node);
	};
	function rewrite(v: unknown): unknown {
		if (Array.isArray(v)) return v.map(rewrite);
		if (!isNode(v)) return v;
		const out: Node = {};
		for (const [k, x] of Object.entries(v)) {
			if (k === 'properties' && isNode(x))
				out[k] = Object.fromEntries(
					Object.entries(x).map(([p, sub]) => [p, isNode(sub) ? replace(sub) : sub])
				);
			else if (k === 'items' && isNode(x)) out[k] = replace(x);
			else out[k] = rewrite(x);
		}
		return out;
	}
	const out = rewrite(root) as Node;
	// a subschema repeated only inside one shared subschema is named once after all: back in place
	const uses = new Map<string, number>();
	eachNode([out, shared], (n) => {
		if (typeof n.$ref === 'string' && n.$ref.startsWith(`#/$defs/${SHARED_PREFIX}`))
			uses.set(n.$ref, (uses.get(n.$ref) ?? 0) + 1);
	});
	const inline = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(inline);
		if (!isNode(v)) return v;
		if (typeof v.$ref === 'string' && uses.get(v.$ref) === 1)
			return inline(shared[v.$ref.slice('#/$defs/'.length)]);
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, inline(x)]));
	};
	const kept = Object.entries(shared).filter(([name]) => uses.get(`#/$defs/${name}`) !== 1);
	const result = inline(out) as Node;
	result.$defs = {
		...(isNode(result.$defs) ? result.$defs : {}),
		...Object.fromEntries(kept.map(([name, def]) => [name, inline(def)]))
	};
	return result as T;
}
