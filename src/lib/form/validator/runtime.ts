// Validation compiled in the browser (or on the server) from the schema itself. Compilation is
// deferred to the first call: a large form should appear before Ajv has generated its code.
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020';
import type { JsonSchema } from '$lib/domain/item/types';
import type { Locale } from '$lib/domain/i18n';
import { ROOT_SCHEMA_PREFIX, withIdRefPrefix } from '@rjsf/utils';
import { createAjv } from '$lib/domain/validation/ajv';
import { toFormErrors } from './errors';
import { covered, evaluate } from './evaluate';
import type { FormValidator } from './types';

/**
 * An Ajv instance for parts of the form (conditions, one field on blur), with the root registered
 * so that `#/…` references inside a part still resolve. Separate from the whole-form instance:
 * the root is registered under a fixed key and must not collide with its own $id.
 */
function partsCompiler(rootSchema: JsonSchema) {
	let ajv: Ajv2020 | undefined;
	const cache = new Map<string, ValidateFunction>();
	return (schema: JsonSchema): ValidateFunction => {
		if (!ajv) {
			ajv = createAjv('form');
			const { $id: _id, ...rootWithoutId } = rootSchema;
			ajv.addSchema(rootWithoutId, ROOT_SCHEMA_PREFIX);
		}
		const key = JSON.stringify(schema);
		let fn = cache.get(key);
		if (!fn) {
			const { $id: _sid, ...rest } = schema;
			fn = ajv.compile(withIdRefPrefix(rest) as JsonSchema);
			cache.set(key, fn);
		}
		return fn;
	};
}

export function runtimeValidator(schema: JsonSchema, locale: Locale = 'zh-CN'): FormValidator {
	let fn: ValidateFunction | undefined;
	let parts: ReturnType<typeof partsCompiler> | undefined;
	const part = (s: JsonSchema) => (parts ??= partsCompiler(schema))(s);
	return {
		validate(data) {
			fn ??= createAjv('form').compile(schema);
			fn(data);
			return toFormErrors(fn.errors, data, locale);
		},
		isValid(sub, data, rootSchema) {
			if (typeof sub === 'boolean') return sub;
			// Interpreting is ~100× cheaper than compiling for the small schemas asked about here;
			// Ajv is used only when a keyword outside the interpreter's set appears.
			if (covered(sub) || rootSchema !== schema) return evaluate(sub, data, rootSchema);
			return part(sub)(data) as boolean;
		},
		// Compiling a 1000-field schema takes the better part of a second; leaving one field
		// should not wait for that, so a field alone is compiled (and cached) instead.
		validateValue(sub, value, pointer) {
			const check = part(sub);
			check(value);
			return toFormErrors(check.errors, value, locale).map((e) => ({
				...e,
				pointer: pointer + e.pointer
			}));
		}
	};
}
