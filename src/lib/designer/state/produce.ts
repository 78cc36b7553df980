// Copy-on-write edits with structural sharing: the recipe mutates a draft, and only the objects on
// the paths it touched are copied. Unchanged subtrees keep their identity, so history snapshots cost
// little and Svelte skips every part of the editor whose input object did not change.

type Obj = Record<string | symbol, unknown>;

interface DraftState {
	base: Obj;
	copy?: Obj;
	parent?: DraftState;
	modified: boolean;
	proxy: Obj;
	result?: unknown;
}

const STATE = Symbol('draft-state');

const isPlain = (v: unknown): v is Obj =>
	v !== null &&
	typeof v === 'object' &&
	(Array.isArray(v) ||
		Object.getPrototypeOf(v) === Object.prototype ||
		Object.getPrototypeOf(v) === null);

function stateOf(v: unknown): DraftState | undefined {
	return v !== null && typeof v === 'object'
		? ((v as Obj)[STATE] as DraftState | undefined)
		: undefined;
}

function shallowCopy(base: Obj): Obj {
	return (Array.isArray(base) ? [...base] : { ...base }) as Obj;
}

function markModified(s: DraftState | undefined) {
	while (s && !s.modified) {
		s.modified = true;
		s.copy ??= shallowCopy(s.base);
		s = s.parent;
	}
}

function createDraft(base: Obj, parent?: DraftState): Obj {
	const state: DraftState = { base, parent, modified: false, proxy: undefined as unknown as Obj };
	const target = (Array.isArray(base) ? [] : {}) as Obj;
	const source = () => state.copy ?? state.base;
	state.proxy = new Proxy(target, {
		get(_t, key) {
			if (key === STATE) return state;
			const src = source();
			const value = src[key];
			if (typeof key === 'symbol' || !Object.prototype.hasOwnProperty.call(src, key)) {
				// array methods (push, splice, …) must run against the proxy so their writes are seen
				return typeof value === 'function' ? value : value;
			}
			if (isPlain(value) && !stateOf(value)) {
				state.copy ??= shallowCopy(state.base);
				const child = createDraft(value, state);
				state.copy[key] = child;
				return child;
			}
			return value;
		},
		set(_t, key, value) {
			const src = source();
			if (src[key] === value && (key in src || value !== undefined)) return true;
			markModified(state);
			state.copy![key] = value;
			return true;
		},
		deleteProperty(_t, key) {
			if (!(key in source())) return true;
			markModified(state);
			delete state.copy![key];
			return true;
		},
		has: (_t, key) => key in source(),
		ownKeys: () => Reflect.ownKeys(source()),
		getOwnPropertyDescriptor(_t, key) {
			const src = source();
			const d = Reflect.getOwnPropertyDescriptor(src, key);
			// the proxy target is an empty object or array; non-configurable keys must match it
			if (d && !(Array.isArray(src) && key === 'length')) d.configurable = true;
			if (Array.isArray(src) && key === 'length') return Reflect.getOwnPropertyDescriptor(_t, key);
			return d;
		},
		getPrototypeOf: () => Object.getPrototypeOf(state.base),
		defineProperty() {
			throw new Error('defineProperty is not supported on drafts');
		}
	});
	return state.proxy;
}

function finalize(value: unknown): unknown {
	const state = stateOf(value);
	if (!state) return value;
	if ('result' in state) return state.result;
	if (!state.modified) {
		state.result = state.base;
		return state.base;
	}
	const out = state.copy!;
	for (const key of Object.keys(out)) {
		const child = out[key];
		if (stateOf(child)) out[key] = finalize(child);
		else if (isPlain(child)) out[key] = finalizeNested(child);
	}
	state.result = out;
	return out;
}

/** A plain value assigned into a draft may itself contain drafts (e.g. a moved element). */
function finalizeNested(value: Obj): Obj {
	let changed: Obj | undefined;
	for (const key of Object.keys(value)) {
		const child = value[key];
		const done = stateOf(child) ? finalize(child) : isPlain(child) ? finalizeNested(child) : child;
		if (done !== child) {
			changed ??= shallowCopy(value);
			changed[key] = done;
		}
	}
	return changed ?? value;
}

/**
 * Apply `recipe` to a draft of `base`; returns `base` itself when nothing changed. A recipe may
 * instead return a whole new value, which replaces the document.
 */
export function produce<T>(base: T, recipe: (draft: T) => T | void): T {
	if (!isPlain(base)) {
		const r = recipe(base);
		return (r === undefined ? base : r) as T;
	}
	const draft = createDraft(base);
	const returned = recipe(draft as T);
	if (returned !== undefined && returned !== draft) {
		return (isPlain(returned) ? finalizeNested(returned as Obj) : returned) as T;
	}
	return finalize(draft) as T;
}

/** Whether a value is a live draft (for assertions in tests). */
export function isDraft(value: unknown): boolean {
	return stateOf(value) !== undefined;
}
