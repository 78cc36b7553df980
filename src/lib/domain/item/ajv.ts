// The Ajv2020 instances the item module uses, created once: compiling the meta-schema is the
// expensive part of validation and must not happen per call.
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { addChineseFormats } from '../formats';
import { itemSchema } from './item-schema';

let metaValidator: ValidateFunction | undefined;
let formAjv: Ajv2020 | undefined;

function withFormats(ajv: Ajv2020): Ajv2020 {
	addFormats(ajv);
	addChineseFormats(ajv);
	return ajv;
}

/** Validator of item documents against the item meta-schema (allErrors, verbose for field titles). */
export function itemValidator(): ValidateFunction {
	if (!metaValidator) {
		const ajv = withFormats(new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true }));
		ajv.addKeyword({ keyword: 'markdownEnumDescriptions', schemaType: 'array' });
		metaValidator = ajv.compile(itemSchema);
	}
	return metaValidator;
}

/** Ajv for schemas embedded in items (forms, conditions); strictness is handled by form-schema.ts. */
export function embeddedSchemaAjv(): Ajv2020 {
	if (!formAjv) formAjv = withFormats(new Ajv2020({ allErrors: true, strict: false }));
	return formAjv;
}
