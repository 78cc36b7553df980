// The part of a bundle a service guide shows. A guide page carries only this: the application and
// acceptance schemas are most of a bundle's bytes, and a page that does not draw the form would
// serialise them into every response for nothing.
import type { Bundle } from './types';

export const GUIDE_PART_KEYS = [
	'code',
	'name',
	'kind',
	'department',
	'levels',
	'applicantTypes',
	'caseType',
	'riskClass',
	'base',
	'guide',
	'materials',
	'tolerance',
	'hash'
] as const satisfies readonly (keyof Bundle)[];

export type GuideBundle = Pick<Bundle, (typeof GUIDE_PART_KEYS)[number]>;

export function guidePart(bundle: Bundle): GuideBundle {
	const out: Partial<Record<keyof GuideBundle, unknown>> = {};
	for (const key of GUIDE_PART_KEYS) if (bundle[key] !== undefined) out[key] = bundle[key];
	return out as GuideBundle;
}
