// Compiled validators per published bundle. Compiling is the slow part of validation, and a bundle is
// immutable, so its hash is a safe cache key. Each bundle gets its own Ajv instance because versions
// of one item share `$id`s.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import { conditionDefName, refusalDefName } from '../compile/acceptance-schemas';
import type { Bundle } from '../compile/types';
import { mapSchema } from '../compile/schema-walk';
import { CN_FORMATS, type CnFormat } from '../formats';
import type { JsonSchema } from '../item/types';
import { createAjv } from '../validation/ajv';

/** A validate function compiled here or generated ahead of time by ajv's standalone mode. */
export interface SchemaCheck {
	(data: unknown): boolean;
	errors?: ErrorObject[] | null;
}

/** What decide() needs: pages that may not compile code (CSP without 'unsafe-eval') pass these. */
export interface DecisionValidators {
	application: SchemaCheck;
	complete: SchemaCheck;
	tolerant: SchemaCheck;
	/** by index into bundle.materials, as in BundleValidators */
	conditions: Map<number, SchemaCheck>;
	/**
	 * by index into bundle.refusals: does that 不予受理情形 hold. Optional: validators generated
	 * before refusal conditions existed have none, and neither do bundles without any.
	 */
	refusals?: Map<number, SchemaCheck>;
}

/**
 * The verdict schemas with their shared form part set aside. `acceptance.complete` and
 * `acceptance.tolerant` both check the whole form (`properties.form`, the same subschema in both)
 * and then the materials, the commitment and the tolerance count. For a submission `x`,
 * `complete(x)` holds exactly when `rest.complete(x)` and `form(x.form)` hold, so a decision checks
 * the form once however many of the two schemas it asks.
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

export interface BundleValidators extends DecisionValidators {
	/** the instance holding the application schema */
	ajv: Ajv2020;
	application: ValidateFunction;
	/**
	 * The application schema answering yes/no only, without the structural patterns its Chinese
	 * formats already imply (PATTERN_IMPLYING_FORMATS). Passing it means exactly what passing
	 * `application` means; only a failure needs `application` itself, for the list of errors.
	 */
	applicationValid: SchemaCheck;
	/** by index into bundle.materials: does the material's condition hold for this submission */
	conditions: Map<number, SchemaCheck>;
	/** by index into bundle.refusals: does the 不予受理情形 hold for this submission */
	refusals: Map<number, SchemaCheck>;
	/** absent when the schemas reach into the form part from elsewhere (then it cannot be set aside) */
	split?: SplitVerdict;
}

const MAX_CACHED = 256;

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
const cache = new Map<string, BundleValidators>();

/**
 * Chinese formats whose ajv check accepts only values matching the structural pattern published
 * beside them (format-patterns.ts): where both sit on one schema node, the pattern decides nothing
 * the format has not, and checking it again is wasted work (format-implies-pattern.test.ts proves
 * each; for `cn-id-card` while today is before 2100, as its birth dates cannot be later than today
 * and the pattern knows the years 1900–2099). `cn-region` is left out: its check follows the region dataset in use, which a page may
 * extend (addRegions), so only the pattern guarantees the province part.
 */
export const PATTERN_IMPLYING_FORMATS: ReadonlySet<CnFormat> = new Set<CnFormat>([
	'cn-id-card',
	'cn-uscc',
	'cn-mobile',
	'cn-postcode'
]);

/** The application schema without the patterns its formats imply, under its own `$id`. */
export function withoutImpliedPatterns(schema: JsonSchema): JsonSchema {
	const out = mapSchema(schema, (node) => {
		const f = node.format;
		if (
			typeof f === 'string' &&
			PATTERN_IMPLYING_FORMATS.has(f as CnFormat) &&
			node.pattern === CN_FORMATS[f as CnFormat].pattern
		) {
			delete node.pattern;
		}
		return node;
	}) as JsonSchema;
	if (typeof out.$id === 'string') out.$id = out.$id.replace(/\.json$/, '') + '.check.json';
	return out;
}

const isObj = (v: unknown): v is JsonSchema =>
	v !== null && typeof v === 'object' && !Array.isArray(v);
const FORM_POINTER = '#/properties/form';
// keywords that would let one part of a schema reach another by something other than a JSON pointer
const DYNAMIC = /"\$(dynamicRef|dynamicAnchor|recursiveRef|recursiveAnchor|anchor)"/;

/** The verdict schemas without their form part, when setting it aside changes nothing else. */
function withoutForm(
	bundle: Bundle
): { complete: JsonSchema; tolerant: JsonSchema | false; form: string } | undefined {
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
	return { complete: c, tolerant: t, form: `${complete.$id}${FORM_POINTER}` };
}

function compile(bundle: Bundle): BundleValidators {
	// the application schema reports every problem; the verdict schemas and conditions only answer
	const ajv = createAjv('acceptance');
	const judge = createAjv('acceptance', { verdictOnly: true });
	const application = ajv.compile(bundle.applicationSchema);
	const applicationValid = judge.compile(withoutImpliedPatterns(bundle.applicationSchema));
	const parts = withoutForm(bundle);
	let complete: SchemaCheck;
	let tolerant: SchemaCheck;
	let split: SplitVerdict | undefined;
	let withConditions: JsonSchema;
	if (parts) {
		judge.addSchema(bundle.acceptance.complete);
		const form = judge.getSchema(parts.form);
		if (!form) throw new Error(`bundle ${bundle.code}: form part of the verdict not found`);
		const restComplete = judge.compile(parts.complete);
		const restTolerant = parts.tolerant === false ? () => false : judge.compile(parts.tolerant);
		split = {
			form,
			complete: restComplete,
			tolerant: restTolerant,
			formImplied: formatsIn(bundle.applicationSchema).every(impliedFormat)
		};
		const whole =
			(rest: SchemaCheck) =>
			(x: unknown): boolean =>
				rest(x) === true && form((x as Record<string, unknown>).form) === true;
		complete = whole(restComplete);
		tolerant = whole(restTolerant);
		withConditions = parts.complete;
	} else {
		complete = judge.compile(bundle.acceptance.complete);
		tolerant = judge.compile(bundle.acceptance.tolerant);
		withConditions = bundle.acceptance.complete;
	}
	const conditions = new Map<number, SchemaCheck>();
	const id = withConditions.$id as string;
	bundle.materials.forEach((m, i) => {
		if (m.condition === undefined || m.sharedExempt) return;
		// the very subschema the acceptance schemas use, so `missing` cannot drift from the verdict
		const fn = judge.getSchema(`${id}#/$defs/${conditionDefName(i)}`);
		if (!fn) throw new Error(`bundle ${bundle.code}: condition of material ${m.id} not found`);
		conditions.set(i, fn);
	});
	const refusals = new Map<number, SchemaCheck>();
	const refusal = bundle.acceptance.refusal;
	if (refusal) {
		judge.addSchema(refusal);
		(bundle.refusals ?? []).forEach((r, i) => {
			const fn = judge.getSchema(`${refusal.$id as string}#/$defs/${refusalDefName(i)}`);
			if (!fn) throw new Error(`bundle ${bundle.code}: refusal condition ${r.id} not found`);
			refusals.set(i, fn);
		});
	}
	return { ajv, application, applicationValid, complete, tolerant, conditions, refusals, split };
}

export function validatorsFor(bundle: Bundle): BundleValidators {
	const key = bundle.hash;
	const hit = cache.get(key);
	if (hit) {
		// least recently used goes first
		cache.delete(key);
		cache.set(key, hit);
		return hit;
	}
	const built = compile(bundle);
	cache.set(key, built);
	if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string);
	return built;
}

/**
 * The verdict schemas split as compile() splits them (undefined when they cannot be), for code
 * generated ahead of time (portal/server/validator-module.ts): the rest schemas, the form part's
 * reference and SplitVerdict.formImplied.
 */
export function verdictParts(
	bundle: Bundle
):
	| { complete: JsonSchema; tolerant: JsonSchema | false; form: string; formImplied: boolean }
	| undefined {
	const parts = withoutForm(bundle);
	return (
		parts && { ...parts, formImplied: formatsIn(bundle.applicationSchema).every(impliedFormat) }
	);
}
