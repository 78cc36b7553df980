// The validators the item module uses, created once: compiling the meta-schema is the expensive
// part of validation and must not happen per call.
import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../validation/ajv';
import { itemSchema } from './item-schema';

let metaValidator: ValidateFunction | undefined;
let formAjv: Ajv2020 | undefined;

/** Validator of item documents against the item meta-schema. */
export function itemValidator(): ValidateFunction {
	metaValidator ??= createAjv('meta').compile(itemSchema);
	return metaValidator;
}

/** Ajv for schemas embedded in items (forms, conditions); strictness is handled by form-schema.ts. */
export function embeddedSchemaAjv(): Ajv2020 {
	formAjv ??= createAjv('form');
	return formAjv;
}
