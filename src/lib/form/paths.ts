// Data paths, JSON pointers and element ids: one field, three spellings, derived from each other.
import { pointer } from '$lib/domain/pointer';

export type Path = readonly (string | number)[];

export function pathPointer(path: Path): string {
	return pointer(...path);
}

/**
 * An id unique per form and safe in CSS selectors (host pages and tools query by id): pointer
 * tokens joined by "_", any character other than ASCII letters and digits spelled "-code-".
 */
export function fieldId(prefix: string, ptr: string): string {
	const safe = ptr.replace(/[^A-Za-z0-9/]/g, (c) => `-${c.codePointAt(0)!.toString(36)}-`);
	return prefix + safe.replace(/\//g, '_');
}

/** The pointer and all its ancestors, nearest first: '/a/b' → ['/a/b', '/a', '']. */
export function pointerAncestry(ptr: string): string[] {
	const out = [ptr];
	let p = ptr;
	while (p !== '') {
		p = p.slice(0, p.lastIndexOf('/'));
		out.push(p);
	}
	return out;
}

/** Read a value at a path; undefined when any container on the way is missing. */
export function getAt(root: unknown, path: Path): unknown {
	let cur = root;
	for (const k of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string | number, unknown>)[k];
	}
	return cur;
}

/** Write a value at a path inside a holder, creating the objects and arrays on the way. */
export function setAt(holder: Record<string, unknown>, path: Path, value: unknown): void {
	let cur: Record<string | number, unknown> = holder;
	const full: Path = ['root', ...path];
	for (let i = 0; i < full.length - 1; i++) {
		const k = full[i];
		let next = cur[k];
		if (next === null || typeof next !== 'object') {
			cur[k] = typeof full[i + 1] === 'number' ? [] : {};
			next = cur[k];
		}
		cur = next as Record<string | number, unknown>;
	}
	cur[full[full.length - 1]] = value;
}
