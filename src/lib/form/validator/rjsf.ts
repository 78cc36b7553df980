// @rjsf/utils resolves conditional schemas through a validator object; this adapts ours to its
// interface. Only isValid matters to the functions the form uses; whole-form validation goes
// through FormValidator.validate instead.
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import type { JsonSchema } from '$lib/domain/item/types';
import { evaluate } from './evaluate';
import type { FormValidator } from './types';

export function rjsfValidator(validator: FormValidator): ValidatorType {
	const isValid = validator.isValid ?? evaluate;
	return {
		isValid: (schema: RJSFSchema, data: unknown, rootSchema: RJSFSchema) =>
			isValid(schema as JsonSchema, data, rootSchema as JsonSchema),
		validateFormData: () => ({ errors: [], errorSchema: {} }),
		rawValidation: () => ({ errors: [] })
	};
}
