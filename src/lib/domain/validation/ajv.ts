// The one place that configures Ajv. Every validator of the project comes from createAjv(profile),
// so the meta-schema check, the form, acceptance, the portal's precompiled module and the HTTP
// API agree on options, formats (ajv-formats and our cn-* formats) and keywords. JSON Schema
// draft 2020-12 throughout.
import { Ajv2020, Name, _, type Options } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { addChineseFormats } from '../formats';
import { AJV_FORMATS } from './formats';

/**
 * - `meta`: item documents against the item meta-schema (every error, with the failing schema for
 *   field titles; the editor hints Monaco reads are a known keyword).
 * - `form`: an application form or material condition as authored, rendered and validated; strict
 *   mode off because published schemas carry annotations and our checks report unknown keywords
 *   with precise pointers first.
 * - `acceptance`: the published application and acceptance schemas, strictly: an unknown keyword or
 *   format in a published schema is a mistake, not an extension.
 * - `standalone`: the form profile generating source code (ajv standalone) for pages that may not
 *   compile code at run time; the generated code takes its formats from a module or a variable.
 * - `api`: requests against the HTTP contract's declarations (src/lib/api), strictly, with every
 *   error and the declared defaults filled in.
 */
export type AjvProfile = 'meta' | 'form' | 'acceptance' | 'standalone' | 'api';

export interface StandaloneOptions {
	/** where the generated code finds AJV_FORMATS: an import specifier or a variable in scope */
	formats: { module: string } | { variable: string };
	/** ES module output (`import`) rather than CommonJS `exports` */
	esm?: boolean;
	/** stop at the first failure, as the `acceptance` profile's verdictOnly (smaller code) */
	verdictOnly?: boolean;
}

export interface AcceptanceOptions {
	/** register ajv-formats and the cn-* formats (default true) */
	formats?: boolean;
	/**
	 * answer yes/no only, stopping at the first failure: for checks whose errors nobody reads (the
	 * verdict schemas, conditions). Validity is the same as with every error collected.
	 */
	verdictOnly?: boolean;
}

// allErrors: people see every problem at once, never one per attempt.
const FORM: Options = { allErrors: true, strict: false };

const ACCEPTANCE: Options = {
	allErrors: true,
	strictSchema: true,
	strictNumbers: true,
	// annotations such as `if` without `type` are normal in authored forms: no console noise
	strictTypes: false,
	strictTuples: false,
	strictRequired: false,
	allowUnionTypes: true
};

// allErrors: a client learns every problem of a request at once. useDefaults: the declared
// defaults of query parameters are filled in. verbose: errors carry their schema, so a failed
// `anyOf` (a nullable field) can be reported as the one type that was expected. strict: a
// declaration with a misspelt keyword fails to compile instead of checking less than it says.
const API: Options = { allErrors: true, useDefaults: true, verbose: true, strict: true };

function withFormats(ajv: Ajv2020): Ajv2020 {
	addFormats(ajv);
	addChineseFormats(ajv);
	return ajv;
}

export function createAjv(profile: 'standalone', opts: StandaloneOptions): Ajv2020;
export function createAjv(profile: 'acceptance', opts?: AcceptanceOptions): Ajv2020;
export function createAjv(profile: 'meta' | 'form' | 'api'): Ajv2020;
export function createAjv(
	profile: AjvProfile,
	opts?: StandaloneOptions | AcceptanceOptions
): Ajv2020 {
	switch (profile) {
		case 'meta': {
			const ajv = withFormats(
				new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true })
			);
			ajv.addKeyword({ keyword: 'markdownEnumDescriptions', schemaType: 'array' });
			return ajv;
		}
		case 'form':
			return withFormats(new Ajv2020(FORM));
		case 'acceptance': {
			const o = (opts ?? {}) as AcceptanceOptions;
			const ajv = new Ajv2020(o.verdictOnly ? { ...ACCEPTANCE, allErrors: false } : ACCEPTANCE);
			return o.formats === false ? ajv : withFormats(ajv);
		}
		case 'standalone': {
			const { formats, esm = false, verdictOnly = false } = opts as StandaloneOptions;
			// ajv's `_` template quotes an interpolated string and inserts a Name as it is
			const source =
				'module' in formats
					? _`require(${formats.module}).formats`
					: _`${new Name(formats.variable)}`;
			return new Ajv2020({
				...FORM,
				...(verdictOnly && { allErrors: false }),
				// generated code is downloaded: a referenced subschema is one function, called where
				// it is referenced, not written out again in each place; `required` and `enum` lists
				// are checked in a loop over the list rather than one statement per entry
				inlineRefs: false,
				loopRequired: 2,
				loopEnum: 2,
				formats: AJV_FORMATS,
				code: { source: true, esm, formats: source }
			});
		}
		case 'api':
			return withFormats(new Ajv2020(API));
	}
}
