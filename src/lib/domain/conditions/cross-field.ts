// Cross-field rules JSON Schema cannot state: an end date after a start date, a total over a
// repeating group. They are named rule kinds listed in the uiSchema root (`"ui:rules": […]`), checked
// by `decide` and shown by the form; a portal without our code ignores them (the uiSchema is display
// data for rjsf) and the verdict still applies them. Field parameters are dotted keys from the root.
import { translator, type Locale } from '../i18n';
import { pointer } from '../pointer';
import { valueAt } from '../calc/value-at';
import type { Problem, UiSchema } from '../item/types';
import { ISO_DATE } from './date-pattern';
import { conditionMessages as messages } from './messages';
import { isObj } from '../plain-object';

export const RULES_KEYWORD = 'ui:rules';

export type CrossFieldRule =
	/** `field` (a date) is after `after` (another date field); `orSame`: or the same day */
	| { kind: 'dateAfter'; field: string; after: string; orSame?: boolean }
	/** the sum of `of` over the group `items` equals / is at most `total` (a number or a field) */
	| { kind: 'sumEquals' | 'sumAtMost'; items: string; of: string; total: number | string };

export const CROSS_FIELD_KINDS = ['dateAfter', 'sumEquals', 'sumAtMost'] as const;

const isKey = (v: unknown): v is string =>
	typeof v === 'string' && v.length > 0 && !v.split('.').some((k) => k === '' || k === '*');

export function readCrossFieldRule(v: unknown): CrossFieldRule | undefined {
	if (!isObj(v)) return undefined;
	if (v.kind === 'dateAfter') {
		if (Object.keys(v).some((k) => !['kind', 'field', 'after', 'orSame'].includes(k)))
			return undefined;
		if (!isKey(v.field) || !isKey(v.after)) return undefined;
		if (v.orSame !== undefined && typeof v.orSame !== 'boolean') return undefined;
		return v as CrossFieldRule;
	}
	if (v.kind === 'sumEquals' || v.kind === 'sumAtMost') {
		if (Object.keys(v).some((k) => !['kind', 'items', 'of', 'total'].includes(k))) return undefined;
		if (!isKey(v.items) || !isKey(v.of)) return undefined;
		if (!isKey(v.total) && !(typeof v.total === 'number' && Number.isFinite(v.total)))
			return undefined;
		return v as CrossFieldRule;
	}
	return undefined;
}

/** The rules of a uiSchema as written (each read, or undefined when it is not one of ours). */
export function crossFieldRules(
	uiSchema: UiSchema | undefined
): { rule?: CrossFieldRule; json: unknown }[] {
	const list = uiSchema?.[RULES_KEYWORD];
	if (!Array.isArray(list)) return [];
	return list.map((json) => ({ json, rule: readCrossFieldRule(json) }));
}

/** The fields a rule reads, as dotted keys. */
export function crossFieldSources(rule: CrossFieldRule): string[] {
	if (rule.kind === 'dateAfter') return [rule.field, rule.after];
	const out = [rule.items, `${rule.items}.*.${rule.of}`];
	if (typeof rule.total === 'string') out.push(rule.total);
	return out;
}

const cents = (x: number) => Math.round(x * 1e6);

/**
 * Problems for data that breaks a rule, each at the field to correct (the later date, the total),
 * in words. A rule whose fields are not filled in yet says nothing: `required` covers those.
 */
export function crossFieldProblems(
	uiSchema: UiSchema | undefined,
	form: unknown,
	opts: { locale?: Locale; base?: string; title?: (key: string) => string | undefined } = {}
): Problem[] {
	const t = translator(messages, opts.locale);
	const name = (key: string) => opts.title?.(key) ?? key;
	const at = (key: string) => (opts.base ?? '') + pointer(...key.split('.'));
	const out: Problem[] = [];
	for (const { rule } of crossFieldRules(uiSchema)) {
		if (!rule) continue;
		if (rule.kind === 'dateAfter') {
			const end = valueAt(form, rule.field);
			const start = valueAt(form, rule.after);
			if (typeof end !== 'string' || typeof start !== 'string') continue;
			if (!ISO_DATE.test(end) || !ISO_DATE.test(start)) continue;
			if (end > start || (rule.orSame && end === start)) continue;
			out.push({
				pointer: at(rule.field),
				code: 'dateAfter',
				message: t(rule.orSame ? 'conditions.rule.dateNotBefore' : 'conditions.rule.dateAfter', {
					field: name(rule.field),
					other: name(rule.after)
				})
			});
			continue;
		}
		const list = valueAt(form, rule.items);
		if (!Array.isArray(list)) continue;
		const sum = list
			.map((x) => valueAt(x, rule.of))
			.filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
			.reduce((a, b) => a + cents(b), 0);
		const total = typeof rule.total === 'number' ? rule.total : valueAt(form, rule.total);
		if (typeof total !== 'number' || !Number.isFinite(total)) continue;
		const ok = rule.kind === 'sumEquals' ? sum === cents(total) : sum <= cents(total);
		if (ok) continue;
		out.push({
			pointer: at(rule.items),
			code: rule.kind,
			message: t(
				rule.kind === 'sumEquals' ? 'conditions.rule.sumEquals' : 'conditions.rule.sumAtMost',
				{
					items: name(rule.items),
					of: name(`${rule.items}.*.${rule.of}`),
					total:
						typeof rule.total === 'number' ? String(rule.total) : `${name(rule.total)}（${total}）`,
					sum: String(sum / 1e6)
				}
			)
		});
	}
	return out;
}

/** Problems in the `ui:rules` of an authored uiSchema: unknown kinds, unknown fields. */
export function checkCrossFieldRules(
	uiSchema: UiSchema | undefined,
	fieldKeys: ReadonlySet<string>,
	base: string,
	locale?: Locale
): Problem[] {
	const t = translator(messages, locale);
	const out: Problem[] = [];
	const raw = uiSchema?.[RULES_KEYWORD];
	if (raw !== undefined && !Array.isArray(raw)) {
		return [
			{
				pointer: base + pointer(RULES_KEYWORD),
				code: 'rules-invalid',
				message: t('conditions.rule.invalid')
			}
		];
	}
	crossFieldRules(uiSchema).forEach(({ rule }, i) => {
		const here = base + pointer(RULES_KEYWORD, i);
		if (!rule) {
			out.push({ pointer: here, code: 'rules-invalid', message: t('conditions.rule.invalid') });
			return;
		}
		for (const key of crossFieldSources(rule)) {
			if (!fieldKeys.has(key))
				out.push({
					pointer: here,
					code: 'unknown-field',
					message: t('conditions.rule.unknownField', { field: key })
				});
		}
	});
	return out;
}
