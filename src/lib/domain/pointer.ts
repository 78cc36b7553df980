// JSON Pointer (RFC 6901) helpers shared by validation, lint, diff and the UI's jump-to-field.

export function escapeToken(token: string | number): string {
	return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
	return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Build a pointer from tokens: pointer('materials', 2, 'name') → '/materials/2/name'. */
export function pointer(...tokens: (string | number)[]): string {
	return tokens.map((t) => '/' + escapeToken(t)).join('');
}

/** Split a pointer into its tokens; '' is the whole document. */
export function parsePointer(ptr: string): string[] {
	if (ptr === '') return [];
	if (!ptr.startsWith('/')) throw new Error(`not a JSON pointer: ${ptr}`);
	return ptr.slice(1).split('/').map(unescapeToken);
}

/** Resolve a pointer against a value; undefined when any step is missing. */
export function resolvePointer(doc: unknown, ptr: string): unknown {
	let cur: unknown = doc;
	for (const token of parsePointer(ptr)) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string, unknown>)[token];
	}
	return cur;
}
