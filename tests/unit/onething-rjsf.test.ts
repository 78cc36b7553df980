// The merged 一件事 form as a portal using rjsf sees it: rjsf's own Ajv 2020 validator with our
// formats (as the README tells portals to configure it) reaches our verdict on the merged
// application, ignores the unknown `ui:semantic` key, and points at a wrong shared field once.
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { RJSFSchema } from '@rjsf/utils';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { CN_FORMATS } from '../../src/lib/domain/formats';
import { compileOneThing, mergeSubmissions } from '../../src/lib/domain/onething';
import { createAjv } from '../../src/lib/domain/validation/ajv';
import { memberBundles, memberSamples, restaurant } from '../fixtures/onething-restaurant';

const customFormats = Object.fromEntries(
	Object.entries(CN_FORMATS).map(([name, f]) => [name, (v: string) => f.validate(v)])
);

describe('the merged 一件事 form in rjsf', () => {
	const { bundle } = compileOneThing(restaurant(), memberBundles());
	const schema = bundle!.applicationSchema as RJSFSchema;
	const validator = customizeValidator({ AjvClass: Ajv2020, customFormats });
	const ours = createAjv('acceptance').compile(bundle!.applicationSchema);
	const merged = mergeSubmissions(bundle!, memberSamples());
	const data = { ...merged.form, materials: merged.materials };

	it('accepts the complete merged application as our validator does', () => {
		expect(ours(data)).toBe(true);
		const r = validator.validateFormData(data, schema, undefined, undefined, bundle!.uiSchema);
		expect(r.errors).toEqual([]);
	});

	it('refuses a wrong check character in a shared field, at that field', () => {
		const wrong = structuredClone(data) as Record<string, Record<string, unknown>>;
		wrong.shared['legal-representative-id-number'] = '410105198709234025';
		expect(ours(wrong)).toBe(false);
		const r = validator.validateFormData(wrong, schema);
		expect(r.errors.map((e) => `${e.property} ${e.name}`)).toEqual([
			'.shared.legal-representative-id-number format'
		]);
	});
});
