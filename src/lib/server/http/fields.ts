// Shape checks for request bodies and query strings. Unknown fields are refused rather than ignored:
// a typo in a field name should fail loudly, not silently do less than the client meant.
import { pointer } from '../../domain/pointer';
import { isDateString } from '../../domain/workdays/civil';
import { badRequest, m, type FieldError } from '../errors';

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

/** Checks a JSON body against a flat field list; answers 400 with every problem at once. */
export function expectBody<T extends Obj>(body: unknown, spec: FieldSpec): T {
	if (!isObject(body)) throw badRequest(m('server.body.notObject'));
	const errors: FieldError[] = [];
	for (const key of Object.keys(body)) {
		if (!Object.hasOwn(spec, key))
			errors.push({
				pointer: pointer(key),
				code: 'unknown-field',
				message: m('server.field.unknown', { key })
			});
	}
	for (const [key, rule] of Object.entries(spec)) {
		const v = body[key];
		if (v === undefined) {
			if (rule.required)
				errors.push({
					pointer: pointer(key),
					code: 'required',
					message: m('server.field.required', { key })
				});
			continue;
		}
		if (v === null && rule.nullable) continue;
		if (!matches(rule.kind, v))
			errors.push({
				pointer: pointer(key),
				code: 'type',
				message: m('server.field.type', { key, kind: m(`server.kind.${rule.kind}`) })
			});
	}
	if (errors.length) throw badRequest(m('server.body.invalidFields'), errors);
	return body as T;
}

/** Only the named query parameters are allowed; others are refused like unknown body fields. */
export function expectQuery(url: URL, allowed: readonly string[]): URLSearchParams {
	const unknown = [...new Set(url.searchParams.keys())].filter((k) => !allowed.includes(k));
	if (unknown.length)
		throw badRequest(
			m('server.query.unknownList', { names: unknown }),
			unknown.map((name) => ({
				pointer: '',
				code: 'unknown-parameter',
				message: m('server.query.unknown', { name })
			}))
		);
	return url.searchParams;
}

export function intParam(
	value: string | null,
	name: string,
	opts: { min?: number; max?: number; fallback: number }
): number {
	if (value === null || value === '') return opts.fallback;
	const n = Number(value);
	const min = opts.min ?? 0;
	const max = opts.max ?? Number.MAX_SAFE_INTEGER;
	if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max)
		throw badRequest(m('server.query.integer', { name, min, max }));
	return n;
}

/** A query parameter limited to a list of values (undefined when absent). */
export function oneOf<T extends string>(
	value: string | null,
	name: string,
	values: readonly T[]
): T | undefined {
	if (value === null) return undefined;
	if (!(values as readonly string[]).includes(value))
		throw badRequest(m('server.query.oneOf', { name, values }));
	return value as T;
}

/** An optional day parameter (`?at=2026-05-01`): a real calendar date. */
export function dayParam(value: string | null, name: string): string | undefined {
	if (value === null) return undefined;
	if (!isDateString(value)) throw badRequest(m('server.query.day', { name }));
	return value;
}
