// The API's Ajv instance, in one function so that it can move to the domain's shared Ajv factory
// (as its 'api' profile) by changing this file alone.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { TSchema } from 'typebox';

/** allErrors: a client learns every problem of a request at once. useDefaults: the declared
 * defaults of query parameters are filled in. verbose: errors carry their schema, so a failed
 * `anyOf` (a nullable field) can be reported as the one type that was expected. strict: a
 * declaration with a misspelt keyword fails to compile instead of checking less than it says. */
export function createApiAjv(): Ajv2020 {
	const ajv = new Ajv2020({ allErrors: true, useDefaults: true, verbose: true, strict: true });
	addFormats(ajv);
	return ajv;
}

let shared: Ajv2020 | undefined;
const compiled = new WeakMap<TSchema, ValidateFunction>();

/** The compiled check of a declaration, compiled once per process. */
export function validatorOf(schema: TSchema): ValidateFunction {
	let validate = compiled.get(schema);
	if (!validate) {
		shared ??= createApiAjv();
		validate = shared.compile(schema);
		compiled.set(schema, validate);
	}
	return validate;
}
