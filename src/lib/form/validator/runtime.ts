// Validation compiled in the browser (or on the server) from the schema itself. Compilation is
// deferred to the first call: a large form should appear before Ajv has generated its code.
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020';
import type { JsonSchema } from '$lib/domain/item/types';
import type { Locale } from '$lib/domain/i18n';
import { ROOT_SCHEMA_PREFIX, withIdRefPrefix } from '@rjsf/utils';
import { createAjv } from './ajv';
import { toFormErrors } from './errors';
import { covered, evaluate } from './evaluate';
import type { FormValidator } from './types';

/** Sub-schema checks (`if`, `oneOf` branches) with `#/…` references resolved against the root. */
function subschemaChecker() {
	let ajv: Ajv2020 | undefined;
	let root: JsonSchema | undefined;
	const cache = new Map<string, ValidateFunction>();
	return (schema: JsonSchema | boolean, data: unknown, rootSchema: JsonSchema): boolean => {
		if (typeof schema === 'boolean') return schema;
		// Interpreting is ~100× cheaper than compiling for the small schemas asked about here;
		// Ajv is used only when a keyword outside the interpreter's set appears.
		if (covered(schema)) {
			return evaluate(schema, data, rootSchema);
		}
		if (!ajv || root !== rootSchema) {
			// A separate instance: the root is registered under a fixed key and must not collide
			// with the instance that validates the whole form under the root's own $id.
			ajv = createAjv();
			const { $id: _id, ...rootWithoutId } = rootSchema;
			ajv.addSchema(rootWithoutId, ROOT_SCHEMA_PREFIX);
			root = rootSchema;
			cache.clear();
		}
		const key = JSON.stringify(schema);
		let fn = cache.get(key);
		if (!fn) {
			const { $id: _sid, ...rest } = schema;
			fn = ajv.compile(withIdRefPrefix(rest) as JsonSchema);
			cache.set(key, fn);
		}
		return fn(data) as boolean;
	};
}

export function runtimeValidator(schema: JsonSchema, locale: Locale = 'zh-CN'): FormValidator {
	let fn: ValidateFunction | undefined;
	return {
		validate(data) {
			fn ??= createAjv().compile(schema);
			fn(data);
			return toFormErrors(fn.errors, data, locale);
		},
		isValid: subschemaChecker()
	};
}
