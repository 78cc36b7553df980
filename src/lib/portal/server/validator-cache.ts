// Generated validator modules by bundle hash. A bundle is immutable, so its hash identifies the
// module for good; generating takes tens of milliseconds, so each is made once per process.
import type { Bundle } from '$lib/domain/compile/types';
import { VALIDATOR_MODULE_FORMAT, validatorModule } from './validator-module';

const MAX = 128;
const cache = new Map<string, string>();

export function validatorModuleFor(bundleText: string, hash: string): string {
	const hit = cache.get(hash);
	if (hit !== undefined) {
		cache.delete(hash);
		cache.set(hash, hit);
		return hit;
	}
	const source = validatorModule(JSON.parse(bundleText) as Bundle);
	cache.set(hash, source);
	if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
	return source;
}

/** The module's strong ETag: the bundle hash and the generator's format. */
export function validatorEtag(hash: string): string {
	return `"${hash}.validator.${VALIDATOR_MODULE_FORMAT}"`;
}
