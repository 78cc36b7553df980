// Where an issue is, in words a clerk reads: "申请材料 › 《营业执照》 › 份数" or "申请表单 › 申请人 ›
// 姓名" — never a JSON pointer (issue 14 item 2). The item's own element names come from its
// meta-schema (the domain's fieldName); materials are named by their name, form fields by their title.
import type { Locale } from '$lib/domain/i18n';
import { fieldName } from '$lib/domain/item/problems';
import { parsePointer } from '$lib/domain/pointer';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const WORDS = {
	'zh-CN': {
		root: '整个事项',
		form: '申请表单',
		materials: '申请材料',
		nth: (n: number) => `第${n}项`
	},
	en: {
		root: 'the whole item',
		form: 'Application form',
		materials: 'Materials',
		nth: (n: number) => `item ${n}`
	}
} as const;

/** Form field titles along a pointer into the form's JSON Schema. */
function formPath(schema: unknown, tokens: string[]): string[] {
	const out: string[] = [];
	let node = schema;
	for (let i = 0; i < tokens.length; i++) {
		if (!isObj(node)) break;
		const token = tokens[i];
		if ((token === 'properties' || token === '$defs') && i + 1 < tokens.length) {
			const child = isObj(node[token]) ? (node[token] as Obj)[tokens[i + 1]] : undefined;
			out.push(isObj(child) && typeof child.title === 'string' ? child.title : tokens[i + 1]);
			node = child;
			i++;
		} else node = node[token];
	}
	return out;
}

export function readablePath(doc: unknown, ptr: string, locale: Locale): string {
	const w = WORDS[locale === 'en' ? 'en' : 'zh-CN'];
	let tokens: string[];
	try {
		tokens = parsePointer(ptr);
	} catch {
		return w.root;
	}
	if (tokens.length === 0) return w.root;
	const d = isObj(doc) ? doc : {};
	if (tokens[0] === 'form') {
		const form = isObj(d.form) ? d.form : {};
		return [w.form, ...formPath(form.schema, tokens.slice(2))].join(' › ');
	}
	const named = fieldName(ptr, locale);
	if (tokens[0] === 'materials' && /^\d+$/.test(tokens[1] ?? '')) {
		const list = Array.isArray(d.materials) ? d.materials : [];
		const m = list[Number(tokens[1])];
		const title = isObj(m) && typeof m.name === 'string' && m.name ? `《${m.name}》` : undefined;
		if (named && title) return named.replace(w.nth(Number(tokens[1]) + 1), title);
		if (title) return [w.materials, title, ...tokens.slice(2)].join(' › ');
	}
	if (named) return named;
	return tokens.map((t) => (/^\d+$/.test(t) ? w.nth(Number(t) + 1) : t)).join(' › ');
}

/** The message without the location the domain put in front of it ("/guide/…（名称）：…"). */
export function withoutLocation(message: string, ptr: string): string {
	const heads = [ptr, '（文档根）', '(document root)'].filter((h) => h !== '');
	for (const head of heads) {
		if (!message.startsWith(head)) continue;
		const rest = message.slice(head.length).replace(/^(（[^）]*）|\s\([^)]*\))?(：|: )/, '');
		if (rest !== message.slice(head.length)) return rest;
	}
	return message;
}
