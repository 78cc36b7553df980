// A change's before and after as a reviewer reads them: 是/否 instead of true/false, 容缺 instead of
// tolerable, form fields by their titles (家庭情况 › 共同生活的家庭成员 › 姓名, not
// household.members.*.name), objects as labelled rows. The raw value stays with the change and is
// shown only when the reviewer opens it. Runs where both documents are at hand (the review loads).
// Relative imports: the review loads on the server import this without SvelteKit's aliases too.
import type { Change } from '../domain/diff';
import { lookup, type Locale } from '../domain/i18n';
import { listFormFields, type FormField, type JsonSchema } from '../domain/item';
import { ENUMS, label, type LabelEnum } from '../domain/item/labels';
import { readCondition } from '../designer/materials/condition';
import { describeCondition, readCondition as readBuilt } from '../domain/conditions';
import { reviewMessages, reviewTranslator } from './messages';

/** What ValueView shows instead of the raw value. */
export type Shown =
	| { kind: 'text'; text: string }
	| { kind: 'list'; items: string[] }
	| { kind: 'rows'; rows: { label: string; value: string }[] };

export type ShownChange = Change & { shown?: { before?: Shown; after?: Shown } };

/** Which enum a change's value belongs to, by the last part of its code. */
const ENUM_OF: Record<string, LabelEnum> = {
	kind: 'kind',
	caseType: 'caseType',
	riskClass: 'riskClass',
	compatibility: 'compatibility',
	necessity: 'necessity',
	medium: 'medium',
	source: 'source',
	levels: 'level',
	level: 'level',
	applicantTypes: 'applicantType',
	channels: 'channel',
	channel: 'channel',
	onlineDepth: 'onlineDepth',
	crossRegion: 'crossRegion',
	resultType: 'resultType',
	unit: 'timeUnit',
	codeProfile: 'codeProfile'
};

function enumOf(code: string, key?: string): LabelEnum | undefined {
	const last = key ?? code.split('.').at(-1) ?? '';
	if (last === 'kind' && code.startsWith('material')) return 'materialKind';
	return ENUM_OF[last];
}

interface Side {
	fields: FormField[];
	locale: Locale;
}

function fieldsOf(doc: unknown): FormField[] {
	const schema = (doc as { form?: { schema?: JsonSchema } } | undefined)?.form?.schema;
	try {
		return schema && typeof schema === 'object' ? listFormFields(schema) : [];
	} catch {
		return [];
	}
}

/** 'household.members.*.name' → '家庭情况 › 共同生活的家庭成员 › 姓名', when the form has that field. */
function fieldTitles(key: string, fields: FormField[]): string | undefined {
	const field = fields.find((f) => f.key === key);
	if (!field) return undefined;
	const titles: string[] = [];
	for (let i = 1; i <= field.path.length; i++) {
		if (field.path[i - 1] === '*') continue;
		const prefix = field.path.slice(0, i).join('.');
		const f = fields.find((x) => x.key === prefix);
		titles.push(f?.title ?? field.path[i - 1]);
	}
	return titles.join(' › ');
}

function scalar(code: string, value: unknown, side: Side, key?: string): string {
	const t = reviewTranslator(side.locale);
	if (typeof value === 'boolean') return t(value ? 'yes' : 'no');
	if (typeof value === 'string' || typeof value === 'number') {
		const e = enumOf(code, key);
		if (e && (ENUMS[e] as readonly (string | number)[]).includes(String(value)))
			return label(e, value, side.locale);
		if (typeof value === 'string' && code.startsWith('form.')) {
			const titles = fieldTitles(value, side.fields);
			if (titles) return titles;
		}
		return String(value);
	}
	if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
		return value.map((v) => scalar(code, v, side, key)).join('、');
	return t('value.structured');
}

/** "仅当「是否委托代理人办理」为“是”时" for the conditions the designer's builder writes. */
function condition(value: unknown, side: Side): string | undefined {
	const c = readCondition(value);
	const t = reviewTranslator(side.locale);
	if (!c) {
		// groups and other comparisons the condition builder writes, in words
		const built = readBuilt(value);
		if (!built) return undefined;
		const text = describeCondition(built, {
			locale: side.locale,
			title: (key) => fieldTitles(key, side.fields),
			value: (_key, v) => scalar('form.value', v, side)
		});
		return t('condition.described', { text });
	}
	const field = fieldTitles(c.key, side.fields) ?? c.key;
	if (c.op === 'filled') return t('condition.filled', { field });
	const v = scalar('form.value', c.value, side);
	return t(c.op === 'equals' ? 'condition.equals' : 'condition.notEquals', { field, value: v });
}

function keyLabel(key: string, locale: Locale): string {
	return lookup(reviewMessages, locale, `field.${key}`) ?? key;
}

export function present(code: string, value: unknown, side: Side): Shown | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (code.endsWith('.condition')) {
		const text = condition(value, side);
		if (text) return { kind: 'text', text };
	}
	if (Array.isArray(value)) {
		if (value.every((v) => typeof v !== 'object' || v === null))
			return { kind: 'list', items: value.map((v) => scalar(code, v, side)) };
		return undefined;
	}
	if (typeof value === 'object') {
		const o = value as Record<string, unknown>;
		// a time limit reads "10 个工作日" already (ValueView)
		if (typeof o.value === 'number' && typeof o.unit === 'string') return undefined;
		const rows = Object.entries(o)
			.filter(([, v]) => v !== undefined && v !== null && v !== '')
			.map(([k, v]) => ({
				label: keyLabel(k, side.locale),
				value:
					k === 'condition'
						? (condition(v, side) ?? reviewTranslator(side.locale)('value.structured'))
						: scalar(`${code}.${k}`, v, side, k)
			}));
		return { kind: 'rows', rows };
	}
	const text = scalar(code, value, side);
	return text === String(value) && typeof value === 'string' ? undefined : { kind: 'text', text };
}

/** Every change of a report with its values in words, given the two documents compared. */
export function presentChanges<C extends Change>(
	changes: C[],
	oldDoc: unknown,
	newDoc: unknown,
	locale: Locale
): (C & ShownChange)[] {
	const before: Side = { fields: fieldsOf(oldDoc), locale };
	const after: Side = { fields: fieldsOf(newDoc), locale };
	return changes.map((c) => {
		const b = present(c.code, c.before, before);
		const a = present(c.code, c.after, after);
		return b || a ? { ...c, shown: { before: b, after: a } } : c;
	});
}
