// The guide and material list as portals display them. Normalised so that cosmetic differences in
// the authored document (stray spaces, empty optional lists, key order) do not change the bundle.
import type { Guide, Material } from '../item/types';
import type { BundleMaterial } from './types';
import { canonicalSchema, isSchemaObject, sortedData } from './schema-walk';

/** Lists the guide always shows, even when empty; every other empty list is left out. */
const KEPT_EMPTY = new Set([
	'legalBasis',
	'conditions',
	'process',
	'channels',
	'locations',
	'phones'
]);

function normalise(value: unknown, key: string | undefined): unknown {
	if (typeof value === 'string') return value.trim();
	if (Array.isArray(value)) {
		const items = value.map((v) => normalise(v, undefined));
		return items.length === 0 && !(key && KEPT_EMPTY.has(key)) ? undefined : items;
	}
	if (isSchemaObject(value)) {
		const out: Record<string, unknown> = {};
		for (const k of Object.keys(value).sort()) {
			const v = normalise(value[k], k);
			if (v !== undefined) out[k] = v;
		}
		return out;
	}
	return value;
}

export function normaliseGuide(guide: Guide): Guide {
	return normalise(guide, undefined) as Guide;
}

/** Published material fields, in this order; sharedExempt ones stay so portals can show 免提交. */
const MATERIAL_KEYS: (keyof Material)[] = [
	'id',
	'name',
	'necessity',
	'essential',
	'kind',
	'medium',
	'originals',
	'copies',
	'paperSize',
	'source',
	'issuer',
	'sharedExempt',
	'notes',
	'acceptanceStandard',
	'basis',
	'signature',
	'blankTemplate',
	'sampleTemplate',
	'mediaTypes',
	'maxSize',
	'supplementDays',
	'condition',
	'semanticKey'
];

export function bundleMaterial(m: Material): BundleMaterial {
	const out: Record<string, unknown> = {};
	for (const key of MATERIAL_KEYS) {
		const value = m[key];
		if (value === undefined) continue;
		if (key === 'condition') out[key] = canonicalSchema(value as Record<string, unknown>);
		else if (typeof value === 'string') out[key] = value.trim();
		else out[key] = sortedData(value);
	}
	return out as unknown as BundleMaterial;
}
