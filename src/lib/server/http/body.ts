// Reading JSON request bodies with a size limit, a content-type check and errors that say where the
// JSON is broken. Nothing here trusts Content-Length alone: the stream is counted as it arrives.
import type { Locale } from '../../domain/i18n';
import { parseItemJson } from '../../domain/item/parse';
import { HttpProblem, badRequest, problem } from './problem';

export const MAX_JSON_BYTES = 2 * 1024 * 1024;

function tooLarge(locale: Locale, limit: number): HttpProblem {
	const mb = (limit / 1024 / 1024).toFixed(0);
	return problem(locale, 413, 'payload-too-large', ['请求体过大', 'Payload too large'], {
		detail: [`请求体不能超过 ${mb} MB。`, `The request body must not exceed ${mb} MB.`],
		extensions: { limit },
		// The rest of the body may still be on the wire: the connection cannot be reused.
		headers: { connection: 'close' }
	});
}

function isJsonType(contentType: string | null): boolean {
	if (!contentType) return false;
	const type = contentType.split(';')[0].trim().toLowerCase();
	return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

async function readLimited(request: Request, locale: Locale, limit: number): Promise<Uint8Array> {
	const declared = Number(request.headers.get('content-length'));
	if (!request.body) {
		if (Number.isFinite(declared) && declared > limit) throw tooLarge(locale, limit);
		return new Uint8Array(0);
	}
	const reader = request.body.getReader();
	if (Number.isFinite(declared) && declared > limit) {
		await drain(reader);
		throw tooLarge(locale, limit);
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
				throw tooLarge(locale, limit);
			}
			chunks.push(value);
		}
	} catch (error) {
		if (error instanceof HttpProblem) throw error;
		// The adapter's own body limit surfaces as a stream error with status 413.
		if ((error as { status?: number }).status === 413) throw tooLarge(locale, limit);
		throw badRequest(locale, ['请求体读取失败。', 'The request body could not be read.']);
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

/** The parsed JSON body; 415 for another content type, 413 over the limit, 400 for broken JSON. */
export async function readJson(
	request: Request,
	locale: Locale,
	limit = MAX_JSON_BYTES
): Promise<unknown> {
	if (!isJsonType(request.headers.get('content-type'))) {
		throw problem(
			locale,
			415,
			'unsupported-media-type',
			['不支持的内容类型', 'Unsupported media type'],
			{
				detail: ['请求体必须是 application/json。', 'The request body must be application/json.']
			}
		);
	}
	const bytes = await readLimited(request, locale, limit);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw badRequest(locale, [
			'请求体不是有效的 UTF-8 文本。',
			'The request body is not valid UTF-8.'
		]);
	}
	if (text.trim() === '') {
		throw badRequest(locale, ['请求体为空。', 'The request body is empty.']);
	}
	try {
		return JSON.parse(text);
	} catch {
		const parsed = parseItemJson(text, locale);
		const p = parsed.ok ? undefined : parsed.problem;
		throw problem(locale, 400, 'malformed-json', ['JSON 格式错误', 'Malformed JSON'], {
			detail: p
				? [
						`第 ${p.line} 行第 ${p.column} 列：${p.message}`,
						`line ${p.line}, column ${p.column}: ${p.message}`
					]
				: ['请求体不是有效的 JSON。', 'The request body is not valid JSON.'],
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
