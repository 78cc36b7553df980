import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same document hashes the same whatever engine stored it
 * (PostgreSQL's jsonb does not keep key order). */
export function canonicalJson(value: unknown): string {
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
	const obj = value as Record<string, unknown>;
	return (
		'{' +
		Object.keys(obj)
			.sort()
			.filter((k) => obj[k] !== undefined)
			.map((k) => JSON.stringify(k) + ':' + canonicalJson(obj[k]))
			.join(',') +
		'}'
	);
}

export function documentHash(doc: unknown): string {
	return createHash('sha256').update(canonicalJson(doc)).digest('hex');
}
