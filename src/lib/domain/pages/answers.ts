// The answers of a form as the review step before submitting lists them: one row per filled-in
// field, labelled by its titles ("经营场所 › 地址"), its value in words (选项的标题, 是 / 否, a
// file's name). Read from the schema and the data alone, so any renderer can show the same review.
import type { JsonSchema } from '../item/types';

export interface Answer {
	/** the field's pointer in the data */
	pointer: string;
	label: string;
	value: string;
}

export interface AnswerWords {
	yes: string;
	no: string;
	/** "申请人（第 2 项）" */
	item: (title: string, n: number) => string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** A file reference (材料, 附件) is shown by its file name. */
const isFileRef = (v: Record<string, unknown>) =>
	typeof v.name === 'string' && typeof v.sha256 === 'string';

function inWords(schema: JsonSchema | undefined, value: unknown, words: AnswerWords): string {
	if (typeof value === 'boolean') return value ? words.yes : words.no;
	const choices = (schema?.oneOf ?? schema?.anyOf) as JsonSchema[] | undefined;
	const choice = choices?.find((c) => isObject(c) && 'const' in c && c.const === value);
	if (choice && typeof choice.title === 'string') return choice.title;
	if (isObject(value) && isFileRef(value)) return value.name as string;
	return typeof value === 'string' ? value : JSON.stringify(value);
}

function walk(
	schema: JsonSchema | undefined,
	value: unknown,
	label: string,
	pointer: string,
	words: AnswerWords,
	out: Answer[]
): void {
	if (value === undefined || value === null || value === '') return;
	if (isObject(value) && !isFileRef(value)) {
		const props = (isObject(schema?.properties) ? schema.properties : {}) as Record<
			string,
			JsonSchema
		>;
		const keys = [...Object.keys(props), ...Object.keys(value).filter((k) => !(k in props))];
		for (const key of keys) {
			const sub = isObject(props[key]) ? props[key] : undefined;
			const title = typeof sub?.title === 'string' ? sub.title : key;
			walk(
				sub,
				value[key],
				label ? `${label} › ${title}` : title,
				`${pointer}/${escape(key)}`,
				words,
				out
			);
		}
		return;
	}
	if (Array.isArray(value)) {
		if (!value.length) return;
		const items = isObject(schema?.items) ? (schema.items as JsonSchema) : undefined;
		if (value.every((v) => !isObject(v) || isFileRef(v))) {
			out.push({ pointer, label, value: value.map((v) => inWords(items, v, words)).join('、') });
			return;
		}
		value.forEach((v, i) =>
			walk(items, v, words.item(label, i + 1), `${pointer}/${i}`, words, out)
		);
		return;
	}
	out.push({ pointer, label, value: inWords(schema, value, words) });
}

/** The filled-in answers of one top-level section, in the schema's order. */
export function sectionAnswers(
	schema: JsonSchema,
	section: string,
	data: unknown,
	words: AnswerWords
): Answer[] {
	const props = (isObject(schema.properties) ? schema.properties : {}) as Record<
		string,
		JsonSchema
	>;
	const sub = isObject(props[section]) ? props[section] : undefined;
	const title = typeof sub?.title === 'string' ? sub.title : section;
	const out: Answer[] = [];
	walk(sub, isObject(data) ? data[section] : undefined, title, `/${escape(section)}`, words, out);
	return out;
}
