// RFC 9457 problem details: the one shape every API error takes. A service's typed error becomes an
// answer here, in the language of the request; nothing else writes problem+json.
import type { Locale } from '../../domain/i18n';
import { AppError, render, type ErrorKind } from '../errors';

export interface ProblemError {
	pointer: string;
	message: string;
	code?: string;
	line?: number;
	column?: number;
}

export interface ProblemBody {
	type: string;
	title: string;
	status: number;
	detail?: string;
	instance?: string;
	errors?: ProblemError[];
	[extension: string]: unknown;
}

export const PROBLEM_BASE = 'https://banshi.studio/problems/';

export const STATUS: Record<ErrorKind, number> = {
	'bad-request': 400,
	unauthenticated: 401,
	forbidden: 403,
	'not-found': 404,
	'method-not-allowed': 405,
	conflict: 409,
	gone: 410,
	'too-large': 413,
	'unsupported-media-type': 415,
	invalid: 422,
	'too-many-requests': 429,
	internal: 500,
	'bad-gateway': 502
};

export interface Problem {
	status: number;
	body: ProblemBody;
	headers: Record<string, string>;
}

/** The error as problem details in `locale`. */
export function toProblem(error: AppError, locale: Locale, instance?: string): Problem {
	const status = STATUS[error.kind];
	const errors = error.errors?.map((e) => ({
		pointer: e.pointer,
		message: render(e.message, locale),
		...(e.code !== undefined && { code: e.code }),
		...(e.parameter !== undefined && { parameter: e.parameter }),
		...(e.line !== undefined && { line: e.line }),
		...(e.column !== undefined && { column: e.column })
	}));
	// Extensions never shadow the standard members.
	const body: ProblemBody = {
		...(errors && { errors }),
		...error.extensions,
		type: PROBLEM_BASE + error.slug,
		title: render(error.title, locale),
		status,
		...(error.detail !== undefined && { detail: render(error.detail, locale) }),
		...(instance !== undefined && { instance })
	};
	const headers: Record<string, string> = {};
	if (error.slug === 'unauthenticated') headers['www-authenticate'] = 'Bearer realm="banshi"';
	// The rest of an oversize body may still be on the wire: the connection cannot be reused.
	if (error.kind === 'too-large') headers.connection = 'close';
	if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter);
	return { status, body, headers };
}

export function problemResponse(
	error: AppError,
	locale: Locale,
	instance: string,
	headers: Record<string, string> = {}
): Response {
	const p = toProblem(error, locale, instance);
	return problemBodyResponse(p.status, p.body, { ...p.headers, ...headers });
}

/** A problem body already worded (a request that does not match its declaration, src/lib/api). */
export function problemBodyResponse(
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: {
			'content-type': 'application/problem+json; charset=utf-8',
			'cache-control': 'no-store',
			...headers
		}
	});
}
