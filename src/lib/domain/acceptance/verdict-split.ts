// The verdict schemas with their shared form part set aside. `acceptance.complete` and
// `acceptance.tolerant` both check the whole form (`properties.form`, the same subschema in both)
// and then the materials, the commitment and the tolerance count; a decision checks the form once
// however many of the two it asks. validators.ts compiles the parts, the portal's validator module
// (portal/server/validator-module.ts) generates them ahead of time, and both compose them here.
import type { Bundle } from '../compile/types';
import type { JsonSchema } from '../item/types';
import { hasOwn, isObj, type Obj } from '../plain-object';
import type { SchemaCheck } from './validators';

/**
 * For a submission `x`, `complete(x)` holds exactly when `rest.complete(x)` and `form(x.form)`
 * hold; likewise `tolerant`.
 */
export interface SplitVerdict {
	/** `properties.form` of both verdict schemas */
	form: SchemaCheck;
	/** the verdict schemas with `properties.form` reduced to `{ type: 'object' }` */
	complete: SchemaCheck;
	tolerant: SchemaCheck;
	/**
	 * Whether form data that passes the application schema (with our formats) always passes `form`:
	 * both are made from the same form schema, and the verdict's copy only has each format replaced
	 * by a structural pattern (format-patterns.ts) that every value valid in that format matches.
	 * True only when every format the form uses is one whose pattern is known to be so implied; a
	 * form object with a `materials` key of its own is never covered (the application check drops it).
	 */
	formImplied: boolean;
}

/** The schemas of a split verdict, before compiling: the rest schemas and the form part's reference. */
export interface VerdictParts {
	complete: JsonSchema;
	tolerant: JsonSchema | false;
	/** the form part's reference, inside `acceptance.complete` */
	form: string;
	formImplied: boolean;
}

/**
 * Formats whose stand-in in the verdict schemas is implied by the format itself: the Chinese ones
 * carry the very same pattern in the application schema too (format-patterns.ts), `date` and
 * `email` (ajv-formats, full mode) accept only values matching their structural patterns. Others
 * (`time`, `date-time`, `uri`, …) are not listed: their ajv-formats definitions accept values the
 * pattern refuses (a `+0800` offset, a space in a URI), so the form part is checked again.
 */
const IMPLIED_FORMATS = new Set(['date', 'email']);
const impliedFormat = (f: string) => f.startsWith('cn-') || IMPLIED_FORMATS.has(f);

/** Every `format` value anywhere in a schema (property names called `format` included: safe side). */
function formatsIn(schema: unknown): string[] {
	const out: string[] = [];
	const walk = (node: unknown) => {
		if (Array.isArray(node)) node.forEach(walk);
		else if (node !== null && typeof node === 'object')
			for (const [k, v] of Object.entries(node)) {
				if (k === 'format') out.push(typeof v === 'string' ? v : '');
				walk(v);
			}
	};
	walk(schema);
	return out;
}

const FORM_POINTER = '#/properties/form';
// keywords that would let one part of a schema reach another by something other than a JSON pointer
const DYNAMIC = /"\$(dynamicRef|dynamicAnchor|recursiveRef|recursiveAnchor|anchor)"/;

/**
 * The verdict schemas split (undefined when setting the form part aside would change anything
 * else: the schemas reach into it from elsewhere).
 */
export function verdictParts(bundle: Bundle): VerdictParts | undefined {
	const { complete, tolerant } = bundle.acceptance;
	const props = complete.properties;
	if (!isObj(props) || !isObj(props.form) || typeof complete.$id !== 'string') return undefined;
	const form = JSON.stringify(props.form);
	const aside = (s: JsonSchema): JsonSchema | undefined => {
		const p = s.properties;
		if (!isObj(p) || JSON.stringify(p.form) !== form || typeof s.$id !== 'string') return undefined;
		const rest: JsonSchema = {
			...s,
			$id: s.$id.replace(/\.json$/, '') + '.verdict.json',
			properties: { ...p, form: { type: 'object' } }
		};
		// only the form part itself may refer into the form part
		const text = JSON.stringify(rest);
		return text.includes(FORM_POINTER) || DYNAMIC.test(text) ? undefined : rest;
	};
	const c = aside(complete);
	const t = tolerant === false ? false : aside(tolerant);
	if (!c || t === undefined || DYNAMIC.test(form)) return undefined;
	return {
		complete: c,
		tolerant: t,
		form: `${complete.$id}${FORM_POINTER}`,
		formImplied: formatsIn(bundle.applicationSchema).every(impliedFormat)
	};
}

/** A whole verdict schema's answer from its rest part and the form part. */
export const wholeVerdict =
	(form: SchemaCheck, rest: SchemaCheck) =>
	(x: unknown): boolean =>
		rest(x) === true && form((x as Obj).form) === true;

/**
 * `acceptance.complete` and `acceptance.tolerant` for one decision. Both check the same form part:
 * it is checked once, for the form object this decision prepared — or not at all when the
 * application schema already passed that form and implies the form part (`validForm`: the form
 * object the application check passed). Without a split, the whole verdicts as they are.
 */
export function decisionVerdicts(
	whole: { complete: SchemaCheck; tolerant: SchemaCheck },
	split: SplitVerdict | undefined,
	validForm?: Obj
): { complete: SchemaCheck; tolerant: SchemaCheck } {
	if (!split) return { complete: whole.complete, tolerant: whole.tolerant };
	let form: unknown;
	let formOk: boolean | undefined;
	if (validForm && split.formImplied && !hasOwn(validForm, 'materials')) {
		form = validForm;
		formOk = true;
	}
	const once =
		(rest: SchemaCheck) =>
		(x: unknown): boolean => {
			if (rest(x) !== true) return false;
			const f = (x as Obj).form;
			if (formOk === undefined || f !== form) {
				form = f;
				formOk = split.form(f) === true;
			}
			return formOk;
		};
	return { complete: once(split.complete), tolerant: once(split.tolerant) };
}
