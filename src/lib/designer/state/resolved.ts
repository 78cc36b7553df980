// Which of a returned review's comments the editor has marked resolved, kept in this browser per item
// (a note for the editor's own work list; the reviewer sees the changes themselves in the diff).
const key = (code: string) => `banshi.resolved.${code}`;

export const commentKey = (review: number, index: number) => `${review}:${index}`;

/** The marks with one comment marked (done) or opened again; a new set, for `$state.raw`. */
export function toggled(
	marks: ReadonlySet<string>,
	key: string,
	done: boolean
): ReadonlySet<string> {
	const next = new Set(marks);
	if (done) next.add(key);
	else next.delete(key);
	return next;
}

export function readResolved(code: string): ReadonlySet<string> {
	try {
		const raw = globalThis.localStorage?.getItem(key(code));
		const list: unknown = raw ? JSON.parse(raw) : [];
		return new Set(Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []);
	} catch {
		return new Set();
	}
}

export function writeResolved(code: string, resolved: ReadonlySet<string>): void {
	try {
		globalThis.localStorage?.setItem(key(code), JSON.stringify([...resolved]));
	} catch {
		// storage full or disabled: the marks last for this page only
	}
}
