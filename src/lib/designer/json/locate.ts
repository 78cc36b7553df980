// Where a JSON pointer's value starts in pretty-printed JSON text: the JSON tab reveals the
// element a problem or a "edit in JSON" link names.
import { parsePointer } from '$lib/domain/pointer';

/** Offset of the value at `ptr` in `text` (JSON), or undefined. A small scanner, no full parse. */
export function offsetOfPointer(text: string, ptr: string): number | undefined {
	let tokens: string[];
	try {
		tokens = parsePointer(ptr);
	} catch {
		return undefined;
	}
	let i = 0;
	const ws = () => {
		while (i < text.length && /\s/.test(text[i])) i++;
	};
	const skipString = () => {
		i++;
		while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
	};
	const skipValue = () => {
		ws();
		const c = text[i];
		if (c === '"') return skipString();
		if (c === '{' || c === '[') {
			let depth = 0;
			while (i < text.length) {
				const d = text[i];
				if (d === '"') {
					skipString();
					continue;
				}
				if (d === '{' || d === '[') depth++;
				if (d === '}' || d === ']') depth--;
				i++;
				if (depth === 0) return;
			}
			return;
		}
		while (i < text.length && !/[,\]}\s]/.test(text[i])) i++;
	};
	for (const token of tokens) {
		ws();
		if (text[i] === '{') {
			i++;
			for (;;) {
				ws();
				if (text[i] !== '"') return undefined;
				const start = i;
				skipString();
				const key = JSON.parse(text.slice(start, i)) as string;
				ws();
				i++; // colon
				if (key === token) break;
				skipValue();
				ws();
				if (text[i] !== ',') return undefined;
				i++;
			}
		} else if (text[i] === '[') {
			i++;
			const want = Number(token);
			for (let k = 0; k < want; k++) {
				skipValue();
				ws();
				if (text[i] !== ',') return undefined;
				i++;
			}
		} else return undefined;
	}
	ws();
	return i;
}
