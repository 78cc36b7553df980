// Compiled validators per published bundle. Compiling is the slow part of validation, and a bundle is
// immutable, so its hash is a safe cache key. Each bundle gets its own Ajv instance because versions
// of one item share `$id`s.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import { conditionDefName, refusalDefName } from '../compile/acceptance-schemas';
import type { Bundle } from '../compile/types';
import type { JsonSchema } from '../item/types';
import { createAjv } from '../validation/ajv';
import { withoutImpliedPatterns } from './quick-check';
import { verdictParts, wholeVerdict, type SplitVerdict } from './verdict-split';

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
	/**
	 * the verdict schemas with their shared form part set aside (verdict-split.ts); absent when the
	 * schemas reach into the form part from elsewhere (then it cannot be set aside)
	 */
	split?: SplitVerdict;
}

const MAX_CACHED = 256;

const cache = new Map<string, BundleValidators>();

function compile(bundle: Bundle): BundleValidators {
	// the application schema reports every problem; the verdict schemas and conditions only answer
	const ajv = createAjv('acceptance');
	const judge = createAjv('acceptance', { verdictOnly: true });
	const application = ajv.compile(bundle.applicationSchema);
	const applicationValid = judge.compile(withoutImpliedPatterns(bundle.applicationSchema));
	const parts = verdictParts(bundle);
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
			formImplied: parts.formImplied
		};
		complete = wholeVerdict(form, restComplete);
		tolerant = wholeVerdict(form, restTolerant);
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
