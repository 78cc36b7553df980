// Keyword classes for the compatibility rules. Everything that only annotates is a patch; every
// assertion keyword not listed here is still compared, conservatively.

export const ANNOTATIONS = new Set([
	'title',
	'description',
	'default',
	'examples',
	'readOnly',
	'writeOnly',
	'deprecated',
	'$comment',
	'$id',
	'$schema',
	'$anchor',
	'$dynamicAnchor',
	'contentMediaType',
	'contentEncoding',
	'contentSchema'
]);

/** vendor extensions (x-…) and rjsf hints embedded in schemas (ui:…) never assert anything */
export function isAnnotation(keyword: string): boolean {
	return ANNOTATIONS.has(keyword) || keyword.startsWith('x-') || keyword.startsWith('ui:');
}

/** reached through $ref, compared there */
export const CONTAINERS = new Set(['$defs', 'definitions']);

/** lower bounds: a larger value accepts less */
export const LOWER_BOUNDS = new Set([
	'minimum',
	'exclusiveMinimum',
	'minLength',
	'minItems',
	'minProperties',
	'minContains'
]);

/** upper bounds: a smaller value accepts less */
export const UPPER_BOUNDS = new Set([
	'maximum',
	'exclusiveMaximum',
	'maxLength',
	'maxItems',
	'maxProperties',
	'maxContains'
]);

export const TYPES = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'];
