// Where the calculated fields of a form are, read from the uiSchema, and the two uses of them:
// filling the values in (the form, the widget) and checking submitted values (`decide`).
import { translator, type Locale } from '../i18n';
import { pointer } from '../pointer';
import { jsonEqual } from '../conditions/evaluate';
import { computeCalc, valueAt, type CalcContext } from './library';
import { calcMessages as messages } from './messages';
import { CALC_FUNCTIONS, CALC_KEYWORD, type Calc } from './types';
import type { Problem, UiSchema } from '../item/types';
import { isObj } from '../plain-object';

const isKey = (v: unknown): v is string =>
	typeof v === 'string' && v.length > 0 && !v.split('.').some((k) => k === '' || k === '*');

/** A calculation as written, when it is one of the library's with the parameters it needs. */
export function readCalc(v: unknown): Calc | undefined {
	if (!isObj(v) || !(CALC_FUNCTIONS as readonly unknown[]).includes(v.fn)) return undefined;
	const allowed: Record<string, string[]> = {
		birthDateFromId: ['id'],
		sexFromId: ['id', 'male', 'female'],
		ageFromId: ['id'],
		regionFromId: ['id', 'as'],
		sum: ['items', 'of'],
		count: ['items'],
		workdaysFrom: ['days']
	};
	const fn = v.fn as Calc['fn'];
	if (Object.keys(v).some((k) => k !== 'fn' && !allowed[fn].includes(k))) return undefined;
	switch (fn) {
		case 'birthDateFromId':
		case 'ageFromId':
			return isKey(v.id) ? { fn, id: v.id } : undefined;
		case 'sexFromId':
			if (!isKey(v.id)) return undefined;
			if (
				(v.male !== undefined && typeof v.male !== 'string') ||
				(v.female !== undefined && typeof v.female !== 'string')
			)
				return undefined;
			return v as Calc;
		case 'regionFromId':
			if (!isKey(v.id) || (v.as !== undefined && v.as !== 'code' && v.as !== 'name'))
				return undefined;
			return v as Calc;
		case 'sum':
			if (!isKey(v.items) || (v.of !== undefined && !isKey(v.of))) return undefined;
			return v as Calc;
		case 'count':
			return isKey(v.items) ? { fn, items: v.items } : undefined;
		case 'workdaysFrom':
			return Number.isInteger(v.days) && (v.days as number) >= 0 && (v.days as number) <= 366
				? { fn, days: v.days as number }
				: undefined;
	}
}

export interface CalcField {
	/** data path of the calculated field; '*' never appears (calculations are not inside groups) */
	path: string[];
	calc: Calc | undefined;
	/** the calculation as written */
	json: unknown;
}

/** Every `ui:calc` in a uiSchema, with its field's path (an entry under `items` is skipped). */
export function calcFields(uiSchema: UiSchema | undefined, maxDepth = 32): CalcField[] {
	const out: CalcField[] = [];
	const walk = (node: unknown, path: string[]) => {
		if (!isObj(node) || path.length > maxDepth) return;
		if (CALC_KEYWORD in node && path.length) {
			out.push({ path, calc: readCalc(node[CALC_KEYWORD]), json: node[CALC_KEYWORD] });
		}
		for (const [k, v] of Object.entries(node)) {
			if (!k.startsWith('ui:') && k !== 'items') walk(v, [...path, k]);
		}
	};
	walk(uiSchema, []);
	return out;
}

/** The fields a calculation reads, as dotted keys. */
export function calcSources(calc: Calc): string[] {
	switch (calc.fn) {
		case 'sum':
			return calc.of ? [calc.items, `${calc.items}.*.${calc.of}`] : [calc.items];
		case 'count':
			return [calc.items];
		case 'workdaysFrom':
			return [];
		default:
			return [calc.id];
	}
}

/** The calculated values for some data: `[path, value]`, undefined when there is nothing to show. */
export function computeAll(
	uiSchema: UiSchema | undefined,
	data: unknown,
	ctx: CalcContext,
	fields: CalcField[] = calcFields(uiSchema)
): { path: string[]; value: unknown }[] {
	return fields
		.filter((f) => f.calc)
		.map((f) => ({ path: f.path, value: computeCalc(f.calc!, data, ctx) }));
}

/**
 * Submitted values that differ from what their calculation gives: each a located problem saying
 * the value expected. A calculation with nothing to compute from (no valid ID number yet) checks
 * nothing — the source field's own problem says what is missing.
 */
export function calcProblems(
	uiSchema: UiSchema | undefined,
	form: unknown,
	ctx: CalcContext,
	opts: {
		locale?: Locale;
		base?: string;
		title?: (path: string[]) => string | undefined;
		/** calcFields(uiSchema), when the caller keeps it for a uiSchema that does not change */
		fields?: CalcField[];
	} = {}
): Problem[] {
	const t = translator(messages, opts.locale);
	const out: Problem[] = [];
	for (const { path, value } of computeAll(uiSchema, form, ctx, opts.fields)) {
		if (value === undefined) continue;
		const given = valueAt(form, path.join('.'));
		if (jsonEqual(given, value)) continue;
		const field = opts.title?.(path) ?? path.join('.');
		out.push({
			pointer: (opts.base ?? '') + pointer(...path),
			code: 'calc',
			message:
				given === undefined
					? t('calc.missing', { field, expected: String(value) })
					: t('calc.mismatch', { field, expected: String(value) })
		});
	}
	return out;
}

/** Problems in the `ui:calc` entries of an authored uiSchema: unknown calculations, unknown fields. */
export function checkCalcs(
	uiSchema: UiSchema | undefined,
	fieldKeys: ReadonlySet<string>,
	base: string,
	locale?: Locale
): Problem[] {
	const t = translator(messages, locale);
	const out: Problem[] = [];
	const here = (path: string[]) => base + pointer(...path, CALC_KEYWORD);
	for (const f of calcFields(uiSchema)) {
		if (!f.calc) {
			out.push({ pointer: here(f.path), code: 'calc-unknown', message: t('calc.invalid') });
			continue;
		}
		for (const key of calcSources(f.calc)) {
			if (!fieldKeys.has(key))
				out.push({
					pointer: here(f.path),
					code: 'unknown-field',
					message: t('calc.unknownField', { field: key })
				});
		}
	}
	return out;
}
