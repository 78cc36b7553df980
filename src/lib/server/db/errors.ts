/** PostgreSQL's unique_violation, as raised by both node-postgres and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
	return (error as { code?: string } | null)?.code === '23505';
}

/** Text PostgreSQL cannot store: a NUL character (U+0000) in text or jsonb, or an unpaired UTF-16
 * surrogate in jsonb. Such input comes from the request, so it is the client's error, not ours. */
export function isUnstorableText(error: unknown): boolean {
	const e = error as { code?: string; message?: string } | null;
	if (e?.code === '22021' || e?.code === '22P05') return true;
	return e?.code === '22P02' && /json/i.test(e.message ?? '');
}

/** Text no stored row can contain (a NUL or an unpaired surrogate): a search for it finds nothing,
 * and must not reach the database, which would refuse the query itself. */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isUnstorableSearch(text: string | undefined): boolean {
	return text !== undefined && UNSTORABLE.test(text);
}
