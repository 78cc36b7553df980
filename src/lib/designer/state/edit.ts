// Small helpers for recipes (see ./produce): write a value at a JSON pointer inside a draft.
import { parsePointer } from '$lib/domain/pointer';

type Container = Record<string, unknown> | unknown[];

/** Set (or, with `undefined`, delete) the value at `ptr`, creating missing objects on the way. */
export function setAt(draft: unknown, ptr: string, value: unknown): void {
	const tokens = parsePointer(ptr);
	if (tokens.length === 0) throw new Error('cannot replace the whole document with setAt');
	let cur = draft as Container;
	for (const token of tokens.slice(0, -1)) {
		let next = (cur as Record<string, unknown>)[token];
		if (next === null || typeof next !== 'object') {
			next = {};
			(cur as Record<string, unknown>)[token] = next;
			next = (cur as Record<string, unknown>)[token];
		}
		cur = next as Container;
	}
	const last = tokens[tokens.length - 1];
	if (value === undefined) {
		if (Array.isArray(cur)) cur.splice(Number(last), 1);
		else delete cur[last];
	} else (cur as Record<string, unknown>)[last] = value;
}

/** Move an array element from one index to another. */
export function move<T>(list: T[], from: number, to: number): void {
	if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return;
	const [x] = list.splice(from, 1);
	list.splice(to, 0, x);
}
