// Reading an item file. JSON.parse says *that* a file is broken, but its message and reported
// position differ between Node/V8 versions and browsers, so the location is found by our own small
// scanner over the text: one place, same answer everywhere.
import { translator, type Locale } from '../i18n';
import { itemMessages as messages } from './messages';
import type { Problem } from './types';

export type ParseResult =
	{ ok: true; value: unknown } | { ok: false; problem: Problem & { line: number; column: number } };

interface SyntaxFault {
	pos: number;
	kind: 'end' | 'char' | 'string' | 'escape' | 'number' | 'trailing';
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** Offset and kind of the first JSON syntax error, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): SyntaxFault | undefined {
	let i = 0;
	const n = text.length;
	const stack: ('a' | 'o')[] = [];
	const ws = () => {
		while (i < n && WS.has(text[i])) i++;
	};
	const str = (): SyntaxFault | undefined => {
		i++; // opening quote
		while (i < n) {
			const c = text[i];
			if (c === '"') {
				i++;
				return undefined;
			}
			if (c === '\\') {
				const e = text[i + 1];
				if (e === undefined) return { pos: n, kind: 'end' };
				if (e === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
						return i + 6 > n ? { pos: n, kind: 'end' } : { pos: i, kind: 'escape' };
					i += 6;
					continue;
				}
				if (!'"\\/bfnrt'.includes(e)) return { pos: i, kind: 'escape' };
				i += 2;
				continue;
			}
			if (c.charCodeAt(0) < 0x20) return { pos: i, kind: 'string' };
			i++;
		}
		return { pos: n, kind: 'end' };
	};
	const num = (): SyntaxFault | undefined => {
		const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!m || m[0] === '' || m[0] === '-')
			return { pos: i + (m?.[0].length ?? 0), kind: i + 1 >= n ? 'end' : 'number' };
		const end = i + m[0].length;
		if (end < n && /[.eE\d]/.test(text[end])) return { pos: end, kind: 'number' };
		i = end;
		return undefined;
	};
	// expecting: 'value' | 'key' (or '}' if first) | 'colon' | 'after' (',' or closer)
	let expect: 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after' = 'value';
	for (;;) {
		ws();
		if (i >= n) return stack.length || expect !== 'after' ? { pos: n, kind: 'end' } : undefined;
		const c = text[i];
		if (expect === 'after') {
			if (!stack.length) return { pos: i, kind: 'trailing' };
			const top = stack[stack.length - 1];
			if (c === ',') {
				i++;
				expect = top === 'a' ? 'value' : 'key';
			} else if ((c === ']' && top === 'a') || (c === '}' && top === 'o')) {
				i++;
				stack.pop();
				expect = 'after';
			} else return { pos: i, kind: 'char' };
			continue;
		}
		if (expect === 'colon') {
			if (c !== ':') return { pos: i, kind: 'char' };
			i++;
			expect = 'value';
			continue;
		}
		if (expect === 'key' || expect === 'firstKey') {
			if (c === '}' && expect === 'firstKey') {
				i++;
				stack.pop();
				expect = 'after';
				continue;
			}
			if (c !== '"') return { pos: i, kind: 'char' };
			const f = str();
			if (f) return f;
			expect = 'colon';
			continue;
		}
		// a value
		if (c === ']' && expect === 'firstValue') {
			i++;
			stack.pop();
			expect = 'after';
			continue;
		}
		if (c === '{') {
			i++;
			stack.push('o');
			expect = 'firstKey';
		} else if (c === '[') {
			i++;
			stack.push('a');
			expect = 'firstValue';
		} else if (c === '"') {
			const f = str();
			if (f) return f;
			expect = 'after';
		} else if (c === '-' || (c >= '0' && c <= '9')) {
			const f = num();
			if (f) return f;
			expect = 'after';
		} else {
			const word = ['true', 'false', 'null'].find((w) => w[0] === c);
			if (!word) return { pos: i, kind: 'char' };
			for (let k = 0; k < word.length; k++) {
				if (i + k >= n) return { pos: n, kind: 'end' };
				if (text[i + k] !== word[k]) return { pos: i + k, kind: 'char' };
			}
			i += word.length;
			expect = 'after';
		}
	}
}

/** 1-based line and column (in characters, counting astral characters once) of an offset. */
export function lineColumn(text: string, pos: number): { line: number; column: number } {
	let line = 1;
	let column = 1;
	for (let i = 0; i < pos && i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
			line++;
			column = 1;
		} else if (c === 0x0d) {
			continue;
		} else if (c >= 0xd800 && c <= 0xdbff) {
			continue; // the low surrogate that follows counts the character
		} else column++;
	}
	return { line, column };
}

function describe(fault: SyntaxFault, text: string, locale?: Locale): string {
	const t = translator(messages, locale);
	const ch = text.codePointAt(fault.pos);
	const shown = ch === undefined ? '' : String.fromCodePoint(ch);
	switch (fault.kind) {
		case 'end':
		case 'string':
		case 'escape':
		case 'number':
			return t(`item.json.${fault.kind}`);
		case 'trailing':
			return t('item.json.trailing', { char: shown });
		default:
			return t('item.json.char', { char: shown });
	}
}

/** Parse an item file; a syntax error is located by line and column. Never throws. */
export function parseItemJson(text: string, locale?: Locale): ParseResult {
	const t = translator(messages, locale);
	const fail = (pos: number, code: string, reason: string): ParseResult => {
		const { line, column } = lineColumn(text, pos);
		const where = t('item.json.where', { line, column });
		return {
			ok: false,
			problem: {
				pointer: '',
				code,
				line,
				column,
				message: t('item.json.syntax', { where, reason })
			}
		};
	};
	if (typeof text !== 'string') return fail(0, 'empty', t('item.json.noText'));
	// a UTF-8 byte order mark is harmless; JSON.parse would reject it
	const body = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
	if (body.trim() === '') return fail(0, 'empty', t('item.json.empty'));
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch (err) {
		const fault = findJsonSyntaxError(body);
		if (fault) return fail(fault.pos, 'json-syntax', describe(fault, body, locale));
		// JSON.parse failed for a reason the scanner does not model (e.g. nesting too deep)
		return fail(0, 'json-syntax', err instanceof Error ? err.message : String(err));
	}
}
