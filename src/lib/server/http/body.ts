// Reading JSON request bodies with a size limit, a content-type check and errors that say where the
// JSON is broken. Nothing here trusts Content-Length alone: the stream is counted as it arrives.
import type { Locale } from '../../domain/i18n';
import { parseItemJson } from '../../domain/item/parse';
import { AppError, badRequest, m } from '../errors';

export const MAX_JSON_BYTES = 2 * 1024 * 1024;

function tooLarge(limit: number): AppError {
	const mb = (limit / 1024 / 1024).toFixed(0);
	return new AppError('too-large', {
		detail: m('server.body.tooLarge', { mb }),
		extensions: { limit }
	});
}

function isJsonType(contentType: string | null): boolean {
	if (!contentType) return false;
	const type = contentType.split(';')[0].trim().toLowerCase();
	return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
	const declared = Number(request.headers.get('content-length'));
	if (!request.body) {
		if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
		return new Uint8Array(0);
	}
	const reader = request.body.getReader();
	if (Number.isFinite(declared) && declared > limit) {
		await drain(reader);
		throw tooLarge(limit);
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				// Drain rather than cancel: cancelling resets the connection and the client never sees
				// the 413. The adapter's own BODY_SIZE_LIMIT still bounds what is read here.
				await drain(reader);
				throw tooLarge(limit);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof AppError) throw error;
		// The adapter's own body limit surfaces as a stream error with status 413.
		if ((error as { status?: number }).status === 413) throw tooLarge(limit);
		throw badRequest(m('server.body.unreadable'));
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.byteLength;
	}
	return out;
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
	try {
		for (;;) if ((await reader.read()).done) return;
	} catch {
		// the adapter gave up on the body; the answer is 413 either way
	}
}

function hasBody(request: Request): boolean {
	const length = request.headers.get('content-length');
	if (length !== null) return Number(length) > 0;
	return request.headers.has('transfer-encoding') || request.body !== null;
}

/**
 * The parsed JSON body; 415 for another content type, 413 over the limit, 400 for broken JSON (with
 * the line and column, and the parser's message in the request's `locale`).
 */
export async function readJson(
	request: Request,
	locale: Locale,
	limit = MAX_JSON_BYTES
): Promise<unknown> {
	if (!isJsonType(request.headers.get('content-type'))) {
		throw new AppError('unsupported-media-type', { detail: m('server.body.notJson') });
	}
	const bytes = await readLimited(request, limit);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw badRequest(m('server.body.notUtf8'));
	}
	if (text.trim() === '') {
		throw badRequest(m('server.body.empty'));
	}
	try {
		return JSON.parse(text);
	} catch {
		const parsed = parseItemJson(text, locale);
		const p = parsed.ok ? undefined : parsed.problem;
		throw new AppError('bad-request', {
			slug: 'malformed-json',
			detail: p
				? m('server.body.malformedAt', { line: p.line, column: p.column, message: p.message })
				: m('server.body.malformed'),
			extensions: p ? { line: p.line, column: p.column } : {}
		});
	}
}

/** Like readJson, but a request without a body reads as {}. */
export async function readOptionalJson(
	request: Request,
	locale: Locale,
	limit = MAX_JSON_BYTES
): Promise<unknown> {
	if (!hasBody(request) || (!request.headers.get('content-type') && !request.body)) return {};
	if (request.headers.get('content-length') === '0') return {};
	return readJson(request, locale, limit);
}
