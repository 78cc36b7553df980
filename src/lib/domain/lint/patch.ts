// Applies the RFC 6902 operations a lint fix carries, so the designer's "fix" button and the tests
// change a document exactly as the finding says. Returns a new document; the input is untouched.
import { parsePointer } from '../pointer';
import type { JsonPatchOp } from './types';

type Container = Record<string, unknown> | unknown[];

function parentOf(doc: unknown, path: string): { parent: Container; key: string } {
	const tokens = parsePointer(path);
	const key = tokens.pop();
	if (key === undefined) throw new Error('a fix cannot replace the whole document');
	let cur = doc;
	for (const t of tokens) {
		if (cur === null || typeof cur !== 'object') throw new Error(`no parent at ${path}`);
		cur = (cur as Record<string, unknown>)[t];
	}
	if (cur === null || typeof cur !== 'object') throw new Error(`no parent at ${path}`);
	return { parent: cur as Container, key };
}

function get(doc: unknown, path: string): unknown {
	const { parent, key } = parentOf(doc, path);
	return (parent as Record<string, unknown>)[key];
}

function put(doc: unknown, path: string, value: unknown, insert: boolean): void {
	const { parent, key } = parentOf(doc, path);
	if (Array.isArray(parent)) {
		const i = key === '-' ? parent.length : Number(key);
		if (insert) parent.splice(i, 0, value);
		else parent[i] = value;
	} else parent[key] = value;
}

function remove(doc: unknown, path: string): void {
	const { parent, key } = parentOf(doc, path);
	if (Array.isArray(parent)) parent.splice(Number(key), 1);
	else delete parent[key];
}

export function applyPatch<T>(doc: T, ops: JsonPatchOp[]): T {
	const out = structuredClone(doc);
	for (const op of ops) {
		switch (op.op) {
			case 'add':
				put(out, op.path, structuredClone(op.value), true);
				break;
			case 'replace':
				put(out, op.path, structuredClone(op.value), false);
				break;
			case 'remove':
				remove(out, op.path);
				break;
			case 'move': {
				const value = get(out, op.from);
				remove(out, op.from);
				put(out, op.path, value, true);
				break;
			}
			case 'copy':
				put(out, op.path, structuredClone(get(out, op.from)), true);
				break;
			case 'test':
				if (JSON.stringify(get(out, op.path)) !== JSON.stringify(op.value)) {
					throw new Error(`test failed at ${op.path}`);
				}
				break;
		}
	}
	return out;
}
