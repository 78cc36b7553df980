// Stands in for form/validator/runtime.ts in the widget build (vite.widget.config.ts): the widget's
// form always gets the bundle's precompiled validator, so Ajv's compiler is not shipped.
import type { FormValidator } from '$lib/form/validator/types';

export function runtimeValidator(): FormValidator {
	throw new Error('the widget validates with precompiled validators only');
}
