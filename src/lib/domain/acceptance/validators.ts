// Compiled validators per published bundle. Compiling is the slow part of validation, and a bundle is
// immutable, so its hash is a safe cache key. Each bundle gets its own Ajv instance because versions
// of one item share `$id`s.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type Ajv2020 from 'ajv/dist/2020';
import { conditionDefName, refusalDefName } from '../compile/acceptance-schemas';
import type { Bundle } from '../compile/types';
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

export interface BundleValidators {
	ajv: Ajv2020;
	application: ValidateFunction;
	complete: ValidateFunction;
	tolerant: ValidateFunction;
	/** by index into bundle.materials: does the material's condition hold for this submission */
	conditions: Map<number, ValidateFunction>;
	/** by index into bundle.refusals: does the 不予受理情形 hold for this submission */
	refusals: Map<number, ValidateFunction>;
}

const MAX_CACHED = 256;
const cache = new Map<string, BundleValidators>();

function compile(bundle: Bundle): BundleValidators {
	const ajv = createAjv('acceptance');
	const application = ajv.compile(bundle.applicationSchema);
	const complete = ajv.compile(bundle.acceptance.complete);
	const tolerant = ajv.compile(bundle.acceptance.tolerant);
	const conditions = new Map<number, ValidateFunction>();
	const id = bundle.acceptance.complete.$id as string;
	bundle.materials.forEach((m, i) => {
		if (m.condition === undefined || m.sharedExempt) return;
		// the very subschema the acceptance schemas use, so `missing` cannot drift from the verdict
		const fn = ajv.getSchema(`${id}#/$defs/${conditionDefName(i)}`);
		if (!fn) throw new Error(`bundle ${bundle.code}: condition of material ${m.id} not found`);
		conditions.set(i, fn);
	});
	const refusals = new Map<number, ValidateFunction>();
	const refusal = bundle.acceptance.refusal;
	if (refusal) {
		ajv.addSchema(refusal);
		(bundle.refusals ?? []).forEach((r, i) => {
			const fn = ajv.getSchema(`${refusal.$id as string}#/$defs/${refusalDefName(i)}`);
			if (!fn) throw new Error(`bundle ${bundle.code}: refusal condition ${r.id} not found`);
			refusals.set(i, fn);
		});
	}
	return { ajv, application, complete, tolerant, conditions, refusals };
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
