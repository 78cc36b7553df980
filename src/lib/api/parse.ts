// The runtime check of a request, derived from its declaration: the body or query is validated
// against the endpoint's schema and comes back typed, or a RequestError (400) names every field at
// fault with a JSON pointer, in the caller's language. Unknown fields and parameters are refused:
// a typo should fail loudly, not silently do less than the client meant.
import type { ErrorObject } from 'ajv';
import type { Static, TObject, TSchema } from 'typebox';
import { joinList, translator, type Locale } from '../domain/i18n';
import { parsePointer, pointer } from '../domain/pointer';
import { validatorOf } from './ajv';
import { apiMessages } from './messages';
import { RequestError } from './problem';
import type { ProblemError } from './schemas/common';

type Say = ReturnType<typeof translator<(typeof apiMessages)['zh-CN']>>;
interface Words {
	t: Say;
	list: (values: unknown[]) => string;
}

function words(locale: Locale): Words {
	return {
		t: translator(apiMessages, locale),
		list: (values) => joinList(locale, values.map(String))
	};
}

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;
type JsonType = (typeof TYPES)[number];

/** The expected type in words; of a nullable field, the type besides null. */
function typeName(t: Say, type: unknown): string {
	const types = (Array.isArray(type) ? type : String(type).split(',')) as string[];
	const first = types.find((x) => x !== 'null') ?? types[0];
	return TYPES.includes(first as JsonType) ? t(`api.type.${first as JsonType}`) : first;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** A nullable field fails every branch of its anyOf; report it once, as the type it should have. */
function collapseAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
	const failed = errors.filter((e) => e.keyword === 'anyOf');
	return errors
		.filter((e) => !failed.some((f) => e !== f && e.schemaPath.startsWith(f.schemaPath + '/')))
		.map((e) => {
			if (e.keyword !== 'anyOf') return e;
			const branches = (e.schema as { type?: string }[]).map((b) => b.type ?? 'value');
			return { ...e, keyword: 'type', params: { type: branches } };
		});
}

function bodyError(e: ErrorObject, { t, list }: Words): ProblemError {
	const at = e.instancePath;
	const key = at === '' ? '' : parsePointer(at).at(-1)!;
	switch (e.keyword) {
		case 'additionalProperties': {
			const name = String(e.params.additionalProperty);
			return {
				pointer: at + pointer(name),
				code: 'unknown-field',
				message: t('api.field.unknown', { key: name })
			};
		}
		case 'required': {
			const name = String(e.params.missingProperty);
			return {
				pointer: at + pointer(name),
				code: 'required',
				message: t('api.field.required', { key: name })
			};
		}
		case 'type':
			return {
				pointer: at,
				code: 'type',
				message: t('api.field.type', { key, type: typeName(t, e.params.type) })
			};
		case 'enum':
			return {
				pointer: at,
				code: 'enum',
				message: t('api.field.enum', { key, values: list(e.params.allowedValues as unknown[]) })
			};
		default:
			return { pointer: at, code: e.keyword, message: t('api.field.invalid', { key }) };
	}
}

/** A JSON request body checked against its declaration. */
export function parseBody<S extends TSchema>(schema: S, body: unknown, locale: Locale): Static<S> {
	const w = words(locale);
	if ((schema as { type?: unknown }).type === 'object' && !isPlainObject(body))
		throw new RequestError(400, 'bad-request', w.t('api.badRequest'), w.t('api.body.notObject'));
	const validate = validatorOf(schema);
	if (validate(body)) return body as Static<S>;
	const errors = collapseAnyOf(validate.errors ?? []).map((e) => bodyError(e, w));
	throw new RequestError(
		400,
		'bad-request',
		w.t('api.badRequest'),
		w.t('api.body.invalid'),
		errors
	);
}

type PropertySchema = { type?: string; enum?: unknown[]; format?: string } & Record<
	string,
	unknown
>;

function queryMessage(name: string, schema: PropertySchema, { t, list }: Words): string {
	if (schema.type === 'integer') {
		const min = (schema.minimum as number | undefined) ?? 0;
		const max = schema.maximum as number | undefined;
		return max === undefined
			? t('api.query.integerFrom', { name, min })
			: t('api.query.integer', { name, min, max });
	}
	if (schema.enum) return t('api.query.enum', { name, values: list(schema.enum) });
	if (schema.format === 'date') return t('api.query.date', { name });
	return t('api.query.invalid', { name });
}

/** A digit string as a number for integer parameters, `true`/`false` for boolean ones; anything else
 * stays text for Ajv to refuse. */
function queryValue(raw: string, schema: PropertySchema): unknown {
	if (schema.type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
	return schema.type === 'integer' && /^\d{1,16}$/.test(raw) ? Number(raw) : raw;
}

/** The query string checked against its declaration. An empty value counts as absent (a cleared
 * search field), integers are read from their digits and booleans from true/false, declared
 * defaults are filled in. */
export function parseQuery<S extends TObject>(
	schema: S,
	query: URL | URLSearchParams,
	locale: Locale
): Static<S> {
	const params = query instanceof URL ? query.searchParams : query;
	const w = words(locale);
	const properties = schema.properties as Record<string, PropertySchema>;
	const unknown = [...new Set(params.keys())].filter((k) => !Object.hasOwn(properties, k));
	if (unknown.length)
		throw new RequestError(
			400,
			'bad-request',
			w.t('api.badRequest'),
			w.t('api.query.unknown', { names: w.list(unknown) }),
			unknown.map((name) => ({
				pointer: '',
				parameter: name,
				code: 'unknown-parameter',
				message: w.t('api.query.unknownOne', { name })
			}))
		);
	const value: Record<string, unknown> = {};
	for (const [name, property] of Object.entries(properties)) {
		const raw = params.get(name);
		if (raw !== null && raw !== '') value[name] = queryValue(raw, property);
	}
	const validate = validatorOf(schema);
	if (validate(value)) return value as Static<S>;
	const names = [
		...new Set((validate.errors ?? []).map((e) => parsePointer(e.instancePath)[0] ?? ''))
	];
	const errors: ProblemError[] = names.map((name) => ({
		pointer: '',
		parameter: name,
		code: 'invalid-parameter',
		message: queryMessage(name, properties[name] ?? {}, w)
	}));
	throw new RequestError(
		400,
		'bad-request',
		w.t('api.badRequest'),
		errors.length === 1 ? errors[0].message : w.t('api.query.invalidMany'),
		errors
	);
}
