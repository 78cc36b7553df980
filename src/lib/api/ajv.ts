// The API's Ajv instance: the 'api' profile of the domain's Ajv factory, which holds its options.
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020';
import type { TSchema } from 'typebox';
import { createAjv } from '../domain/validation/ajv';

export function createApiAjv(): Ajv2020 {
	return createAjv('api');
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
