// The contract between the form and whatever validates it. Two implementations exist: one that
// compiles the schema with Ajv at runtime and one that wraps a function generated ahead of time
// (ajv standalone), for portals served under a Content-Security-Policy without 'unsafe-eval'.
import type { JsonSchema } from '$lib/domain/item/types';

export interface FormError {
	/** JSON pointer of the offending value; for a missing property, the pointer it would have */
	pointer: string;
	/** localized message for people */
	message: string;
	/** the JSON Schema keyword that failed */
	keyword: string;
	params: Record<string, unknown>;
}

export interface FormValidator {
	validate(data: unknown): FormError[];
	/**
	 * Whether data matches a sub-schema of the form (an `if`, a `oneOf` branch). The form needs it
	 * to decide which conditional fields to show; when absent, a small interpreter is used.
	 */
	isValid?(schema: JsonSchema | boolean, data: unknown, rootSchema: JsonSchema): boolean;
	/**
	 * Errors of one value against its own (resolved) field schema, pointers prefixed with
	 * `pointer`. Optional: used when a field is left, where compiling the whole form would be slow.
	 */
	validateValue?(schema: JsonSchema, value: unknown, pointer: string): FormError[];
}
