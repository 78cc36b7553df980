// Shape checks for request bodies and query strings. Unknown fields are refused rather than ignored:
// a typo in a field name should fail loudly, not silently do less than the client meant.
import type { Locale } from '../../domain/i18n';
import { pointer } from '../../domain/pointer';
import { msg } from '../../domain/i18n';
import { badRequest, type ProblemError } from './problem';

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'any';

export interface FieldSpec {
	[name: string]: { kind: Kind; required?: boolean; nullable?: boolean };
}

function matches(kind: Kind, v: unknown): boolean {
	switch (kind) {
		case 'string':
			return typeof v === 'string';
		case 'number':
			return typeof v === 'number' && Number.isFinite(v);
		case 'integer':
			return Number.isInteger(v);
		case 'boolean':
			return typeof v === 'boolean';
		case 'object':
			return isObject(v);
		case 'array':
			return Array.isArray(v);
		default:
			return true;
	}
}

const KIND_ZH: Record<Kind, string> = {
	string: '字符串',
	number: '数字',
	integer: '整数',
	boolean: '布尔值',
	object: '对象',
	array: '数组',
	any: '值'
};

/** Checks a JSON body against a flat field list; answers 400 with every problem at once. */
export function expectBody<T extends Obj>(body: unknown, spec: FieldSpec, locale: Locale): T {
	if (!isObject(body)) {
		throw badRequest(locale, [
			'请求体必须是 JSON 对象。',
			'The request body must be a JSON object.'
		]);
	}
	const errors: ProblemError[] = [];
	for (const key of Object.keys(body)) {
		if (!(key in spec)) {
			errors.push({
				pointer: pointer(key),
				code: 'unknown-field',
				message: msg(locale, `未知字段 ${key}`, `unknown field ${key}`)
			});
		}
	}
	for (const [key, rule] of Object.entries(spec)) {
		const v = body[key];
		if (v === undefined) {
			if (rule.required)
				errors.push({
					pointer: pointer(key),
					code: 'required',
					message: msg(locale, `缺少必填字段 ${key}`, `missing required field ${key}`)
				});
			continue;
		}
		if (v === null && rule.nullable) continue;
		if (!matches(rule.kind, v)) {
			errors.push({
				pointer: pointer(key),
				code: 'type',
				message: msg(locale, `${key} 应为${KIND_ZH[rule.kind]}`, `${key} must be a ${rule.kind}`)
			});
		}
	}
	if (errors.length) {
		throw badRequest(locale, ['请求体字段有误。', 'The request body has invalid fields.'], errors);
	}
	return body as T;
}

/** Only the named query parameters are allowed; others are refused like unknown body fields. */
export function expectQuery(url: URL, allowed: string[], locale: Locale): URLSearchParams {
	const unknown = [...new Set(url.searchParams.keys())].filter((k) => !allowed.includes(k));
	if (unknown.length) {
		throw badRequest(
			locale,
			[`未知查询参数：${unknown.join('、')}`, `Unknown query parameters: ${unknown.join(', ')}`],
			unknown.map((k) => ({
				pointer: '',
				code: 'unknown-parameter',
				message: msg(locale, `未知查询参数 ${k}`, `unknown query parameter ${k}`)
			}))
		);
	}
	return url.searchParams;
}

export function intParam(
	value: string | null,
	name: string,
	locale: Locale,
	opts: { min?: number; max?: number; fallback: number }
): number {
	if (value === null || value === '') return opts.fallback;
	const n = Number(value);
	const min = opts.min ?? 0;
	const max = opts.max ?? Number.MAX_SAFE_INTEGER;
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
		throw badRequest(locale, [
			`参数 ${name} 应为 ${min}–${max} 之间的整数。`,
			`Parameter ${name} must be an integer between ${min} and ${max}.`
		]);
	}
	return n;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isDay(value: string): boolean {
	const m = DAY.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value;
}
