// validateOneThing: everything wrong with a one-thing document, each problem located by JSON pointer
// with a message in Chinese or English. Stage 1 is the meta-schema (the project's one Ajv factory,
// 'meta' profile); stage 2 what a schema cannot say: a member listed twice, a mapping naming an item
// that is not a member or a key outside the vocabulary. Whether members and fields exist is for
// compileOneThing, which has the members' bundles. Never throws.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { translator, type Locale } from '../i18n';
import type { Problem } from '../item/types';
import { pointer } from '../pointer';
import { createAjv } from '../validation/ajv';
import { localizeErrors } from '../validation/localize';
import { oneThingMessages } from './messages';
import { oneThingSchema } from './schema';
import type { OneThing } from './types';
import { CUSTOM_KEY_PREFIX, isFieldKey } from './vocabulary';
import { isObj } from '../plain-object';

export interface OneThingValidation {
	ok: boolean;
	oneThing?: OneThing;
	problems: Problem[];
}

let validator: ValidateFunction | undefined;
function metaValidator(): ValidateFunction {
	validator ??= createAjv('meta').compile(oneThingSchema);
	return validator;
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function schemaProblems(errors: ErrorObject[], locale: Locale | undefined): Problem[] {
	const t = translator(oneThingMessages, locale);
	const out: Problem[] = [];
	const seen = new Set<string>();
	for (const e of localizeErrors(errors, locale)) {
		// the branches of an anyOf say the same thing again
		if (e.schemaPath.includes('/anyOf/')) continue;
		let at = e.instancePath;
		let text = e.message ?? e.keyword;
		const params = e.params as Record<string, unknown>;
		if (e.keyword === 'required') {
			at += pointer(String(params.missingProperty));
			text = t('onething.required');
		} else if (e.keyword === 'additionalProperties') {
			at += pointer(String(params.additionalProperty));
			text = t('onething.unknownProperty', { name: String(params.additionalProperty) });
		}
		const key = `${at}\u0000${text}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({
			pointer: at,
			code: e.keyword,
			message: t('onething.at', { where: at || t('onething.root'), text })
		});
	}
	return out;
}

export function validateOneThing(doc: unknown, opts: { locale?: Locale } = {}): OneThingValidation {
	const { locale } = opts;
	const t = translator(oneThingMessages, locale);
	const problems: Problem[] = [];
	const add = (at: string, code: string, text: string) =>
		problems.push({ pointer: at, code, message: t('onething.at', { where: at, text }) });
	try {
		const validate = metaValidator();
		if (!validate(doc)) problems.push(...schemaProblems(validate.errors ?? [], locale));
		if (isObj(doc)) {
			const codes = new Map<string, number>();
			arr(doc.members).forEach((m, i) => {
				if (!isObj(m) || typeof m.code !== 'string') return;
				const code = m.code.trim();
				const first = codes.get(code);
				if (first !== undefined)
					add(
						pointer('members', i, 'code'),
						'duplicate-member',
						t('onething.duplicateMember', { code, first: first + 1 })
					);
				else codes.set(code, i);
			});
			const keys = new Map<string, number>();
			arr(doc.sharedFields).forEach((s, i) => {
				if (!isObj(s)) return;
				if (typeof s.key === 'string') {
					if (!s.key.startsWith(CUSTOM_KEY_PREFIX) && !isFieldKey(s.key))
						add(
							pointer('sharedFields', i, 'key'),
							'unknown-key',
							t('onething.unknownKey', { key: s.key })
						);
					const first = keys.get(s.key);
					if (first !== undefined)
						add(
							pointer('sharedFields', i, 'key'),
							'duplicate-mapping',
							t('onething.duplicateMapping', { key: s.key, first: first + 1 })
						);
					else keys.set(s.key, i);
				}
				arr(s.fields).forEach((f, j) => {
					if (isObj(f) && typeof f.member === 'string' && !codes.has(f.member.trim()))
						add(
							pointer('sharedFields', i, 'fields', j, 'member'),
							'unknown-member',
							t('onething.mappingMember', { code: f.member })
						);
				});
			});
		}
	} catch (err) {
		problems.push({ pointer: '', code: 'internal', message: String(err) });
	}
	return problems.length
		? { ok: false, problems }
		: { ok: true, oneThing: doc as OneThing, problems };
}
