// Shared by the builder's tests: compile a built form the way the rest of the product does, and
// resolve it as the renderer (rjsf's retrieveSchema) does for some form data.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { retrieveSchema, type RJSFSchema, type ValidatorType } from '@rjsf/utils';
import { addChineseFormats } from '$lib/domain/formats';
import { checkEmbeddedSchema } from '$lib/domain/item/form-schema';
import type { JsonSchema } from '$lib/domain/item/types';
import type { Form } from '$lib/designer/form-builder/ops';

export const EMPTY: Form = {
	schema: {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		type: 'object',
		title: '申请表'
	},
	uiSchema: {}
};

function strictAjv(): Ajv2020 {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);
	addChineseFormats(ajv);
	return ajv;
}

/** A validator for data against the form, from a strict Ajv2020 with our formats. */
export function compile(form: Form) {
	return strictAjv().compile(form.schema);
}

/** Problems the item validation would report for this form schema. */
export function embeddedProblems(form: Form) {
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats(ajv);
	addChineseFormats(ajv);
	return checkEmbeddedSchema(ajv, form.schema, '/form/schema', { maxDepth: 32 });
}

/** The schema a renderer built on @rjsf/utils shows for `data`. */
export function resolved(form: Form, data: unknown): JsonSchema {
	// the `if` parts are fragments (no type), which strict mode would refuse on their own
	const ajv = new Ajv2020({ strict: false });
	const validator = {
		isValid: (schema: RJSFSchema, formData: unknown) => {
			const v = ajv.compile({ ...schema, $schema: undefined });
			return v(formData) as boolean;
		}
	} as unknown as ValidatorType;
	return retrieveSchema(
		validator,
		form.schema as RJSFSchema,
		form.schema as RJSFSchema,
		data
	) as JsonSchema;
}

/** Deep-freeze a value so any mutation by an operation throws. */
export function frozen<T>(value: T): T {
	const walk = (x: unknown) => {
		if (x && typeof x === 'object' && !Object.isFrozen(x)) {
			Object.freeze(x);
			for (const v of Object.values(x)) walk(v);
		}
	};
	walk(value);
	return value;
}

/** No `{}` / `[]` left anywhere except where JSON Schema gives an empty value meaning. */
export function emptyContainers(value: unknown, at = ''): string[] {
	const out: string[] = [];
	if (Array.isArray(value)) {
		if (value.length === 0) out.push(at);
		value.forEach((v, i) => out.push(...emptyContainers(v, `${at}/${i}`)));
	} else if (value && typeof value === 'object') {
		if (Object.keys(value).length === 0) out.push(at);
		for (const [k, v] of Object.entries(value)) out.push(...emptyContainers(v, `${at}/${k}`));
	}
	return out;
}
