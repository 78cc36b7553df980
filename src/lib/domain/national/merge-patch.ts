// JSON Merge Patch (RFC 7396) between two JSON values: what the national exchange cannot hold
// travels as the patch from what the national fields alone give back to the item we exported, so
// importing applies it and gets the item exactly. Objects are patched key by key, arrays and
// scalars are replaced whole, and `null` deletes a key (our documents never hold null).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** The patch that turns `from` into `to`; undefined when they are already equal. */
export function diffMergePatch(from: unknown, to: unknown): Json | undefined {
	if (!isObj(from) || !isObj(to)) return same(from, to) ? undefined : (to as Json);
	const patch: Obj = {};
	for (const key of Object.keys(from)) if (!(key in to)) patch[key] = null;
	for (const key of Object.keys(to)) {
		const d = diffMergePatch(from[key], to[key]);
		if (d !== undefined) patch[key] = d;
	}
	return Object.keys(patch).length ? patch : undefined;
}

/** Applies a merge patch; the target is not modified. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
	if (!isObj(patch)) return structuredClone(patch);
	const out: Obj = isObj(target) ? { ...(target as Obj) } : {};
	for (const [key, value] of Object.entries(patch)) {
		if (value === null) delete out[key];
		else out[key] = applyMergePatch(out[key], value) as Json;
	}
	return out;
}
