// HTTP caching for the portal: immutable version resources with strong ETags, short-lived "current"
// resources that revalidate, and 304 answers to If-None-Match.
import { createHash } from 'node:crypto';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const CURRENT = 'public, max-age=60, must-revalidate';

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes do not matter. */
export function matchesIfNoneMatch(request: Request, etag: string): boolean {
	return ifNoneMatchHits(request.headers.get('if-none-match'), etag);
}

/** The same comparison on the raw header, for callers that have no Request (the Node fast path). */
export function ifNoneMatchHits(header: string | null | undefined, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const strip = (t: string) => t.trim().replace(/^W\//, '');
	return header.split(',').some((t) => strip(t) === strip(etag));
}

export function etagOf(body: string): string {
	return `"${createHash('sha256').update(body).digest('hex')}"`;
}

export function cachedResponse(
	request: Request,
	body: string,
	opts: {
		etag: string;
		cacheControl: string;
		contentType?: string;
		headers?: Record<string, string>;
	}
): Response {
	const headers: Record<string, string> = {
		etag: opts.etag,
		'cache-control': opts.cacheControl,
		vary: 'accept-encoding',
		...opts.headers
	};
	if (matchesIfNoneMatch(request, opts.etag)) return new Response(null, { status: 304, headers });
	return new Response(request.method === 'HEAD' ? null : body, {
		status: 200,
		headers: { 'content-type': opts.contentType ?? 'application/json; charset=utf-8', ...headers }
	});
}
