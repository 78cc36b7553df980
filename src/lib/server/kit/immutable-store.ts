// Immutable portal resources (a version's bundle, schema.json, validator.js, content-hashed interop
// modules) kept as the full request path answered them the first time: the bytes, compressed once
// with gzip and brotli, and the exact headers. They never change once published, so later requests
// — a revalidation above all — can be answered from here without the database or the framework.
// Only what the full path itself served with `Cache-Control: immutable` is ever kept, so a draft, an
// unpublished item or an unknown version can never be answered from here.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { IMMUTABLE } from '../http/cache';
import { ByteBoundedCache } from '../services/version-cache';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Compressing a few hundred bytes saves nothing worth a header. */
const COMPRESS_FROM_BYTES = 1024;
const BUDGET_BYTES = 64 * 1024 * 1024;

export type Encoding = 'br' | 'gzip' | 'identity';

export interface Answer {
	headers: Record<string, string>;
	body: Uint8Array;
}

export interface StoredResource {
	etag: string;
	/** the headers of a 304: those of the 200 but the content's own */
	notModified: Record<string, string>;
	/** the 200 answer in each encoding it was stored in (identity always) */
	answers: Partial<Record<Encoding, Answer>> & { identity: Answer };
}

/** Headers that describe one transfer rather than the resource. */
export const PER_TRANSFER = new Set([
	'content-length',
	'date',
	'connection',
	'keep-alive',
	'transfer-encoding'
]);

/** Whether a full-path answer to a GET without query may be kept and replayed to everyone. */
export function isStorable(response: Response): boolean {
	const h = response.headers;
	return (
		response.status === 200 &&
		h.get('cache-control') === IMMUTABLE &&
		h.has('etag') &&
		!h.has('set-cookie') &&
		!h.has('content-encoding') &&
		// an answer that varies by anything but the encoding we negotiate here is not one answer
		(h.get('vary') ?? 'accept-encoding').toLowerCase() === 'accept-encoding'
	);
}

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3): the highest q-value among
 * those stored, brotli before gzip on a tie, identity when neither is acceptable.
 */
export function chooseEncoding(
	header: string | null | undefined,
	stored: Partial<Record<Encoding, unknown>>
): Encoding {
	if (!header) return 'identity';
	const q = new Map<string, number>();
	for (const part of header.toLowerCase().split(',')) {
		const [name, ...params] = part.split(';');
		let value = 1;
		for (const p of params) {
			const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
			if (m) value = Number(m[1]);
		}
		q.set(name.trim(), value);
	}
	const qOf = (e: string) => q.get(e) ?? q.get('*') ?? 0;
	let best: Encoding = 'identity';
	let bestQ = 0;
	for (const e of ['br', 'gzip'] as const) {
		const v = qOf(e);
		if (stored[e] && v > bestQ) [best, bestQ] = [e, v];
	}
	return best;
}

/**
 * One resource as it is kept: `identity` with `headers` (those of the resource, not of a transfer;
 * an ETag among them), and the same compressed with gzip and brotli when that makes it smaller.
 */
export async function storedResource(
	identity: Uint8Array,
	headers: Record<string, string>
): Promise<StoredResource> {
	const { 'content-type': _contentType, ...notModified } = headers;
	const answer = (body: Uint8Array, encoding?: Encoding): Answer => ({
		body,
		headers: {
			...headers,
			...(encoding && { 'content-encoding': encoding }),
			'content-length': String(body.byteLength)
		}
	});
	const stored: StoredResource = {
		etag: headers.etag,
		notModified,
		answers: { identity: answer(identity) }
	};
	if (identity.byteLength >= COMPRESS_FROM_BYTES) {
		const [gz, br] = await Promise.all([
			gzipAsync(identity, { level: 9 }),
			brotliAsync(identity, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
					[constants.BROTLI_PARAM_SIZE_HINT]: identity.byteLength
				}
			})
		]);
		if (gz.byteLength < identity.byteLength) stored.answers.gzip = answer(gz, 'gzip');
		if (br.byteLength < identity.byteLength) stored.answers.br = answer(br, 'br');
	}
	return stored;
}

export function sizeOf(r: StoredResource): number {
	return Object.values(r.answers).reduce((n, a) => n + a.body.byteLength, 0);
}

export class ImmutableStore {
	private readonly cache: ByteBoundedCache<StoredResource>;
	private readonly pending = new Set<string>();

	constructor(budget = BUDGET_BYTES) {
		this.cache = new ByteBoundedCache(sizeOf, budget);
	}

	get(path: string): StoredResource | undefined {
		return this.cache.get(path);
	}

	/** Keeps `response` (a storable answer to GET `path`); compresses off the request's way. */
	async remember(path: string, response: Response): Promise<void> {
		if (this.pending.has(path) || this.cache.get(path)) return;
		this.pending.add(path);
		try {
			const identity = new Uint8Array(await response.arrayBuffer());
			const headers: Record<string, string> = {};
			response.headers.forEach((value, name) => {
				if (!PER_TRANSFER.has(name)) headers[name] = value;
			});
			// every answer names what it varies by, compressed or not, so caches keep them apart
			headers.vary = 'accept-encoding';
			const stored = await storedResource(identity, headers);
			this.cache.set(path, stored);
		} finally {
			this.pending.delete(path);
		}
	}

	get size(): number {
		return this.cache.size;
	}
}
