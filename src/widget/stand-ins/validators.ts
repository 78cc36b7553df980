// Stands in for domain/acceptance/validators.ts in the widget build (vite.widget.config.ts): the
// widget always decides with the bundle's precompiled validators, so Ajv's compiler is not shipped.
import type { BundleValidators } from '$lib/domain/acceptance/validators';
import type { Bundle } from '$lib/domain/compile/types';

export type {
	BundleValidators,
	DecisionValidators,
	SchemaCheck
} from '$lib/domain/acceptance/validators';

export function validatorsFor(bundle: Bundle): BundleValidators {
	throw new Error(`bundle ${bundle.code}: the widget checks with precompiled validators only`);
}
