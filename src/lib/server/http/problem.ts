// RFC 9457 problem details: the one shape every API error takes. Services throw HttpProblem with
// both languages' texts already chosen by the caller's locale; routes turn it into a response.
import { msg, type Locale } from '../../domain/i18n';

export interface ProblemError {
	pointer: string;
	message: string;
	code?: string;
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

export class HttpProblem extends Error {
	constructor(
		readonly status: number,
		readonly slug: string,
		readonly title: string,
		readonly detail?: string,
		readonly extensions: Record<string, unknown> = {},
		readonly headers: Record<string, string> = {}
	) {
		super(detail ?? title);
		this.name = 'HttpProblem';
	}

	body(instance?: string): ProblemBody {
		// Extensions never shadow the standard members.
		return {
			...this.extensions,
			type: PROBLEM_BASE + this.slug,
			title: this.title,
			status: this.status,
			...(this.detail !== undefined && { detail: this.detail }),
			...(instance !== undefined && { instance })
		};
	}
}

/** Text in both languages; the locale picks one. */
export type Text = readonly [zh: string, en: string];

export interface ProblemOptions {
	detail?: Text;
	errors?: ProblemError[];
	extensions?: Record<string, unknown>;
	headers?: Record<string, string>;
}

export function problem(
	locale: Locale,
	status: number,
	slug: string,
	title: Text,
	opts: ProblemOptions = {}
): HttpProblem {
	return new HttpProblem(
		status,
		slug,
		msg(locale, title[0], title[1]),
		opts.detail ? msg(locale, opts.detail[0], opts.detail[1]) : undefined,
		{ ...(opts.errors && { errors: opts.errors }), ...opts.extensions },
		opts.headers
	);
}

export function problemResponse(p: HttpProblem, instance: string): Response {
	return new Response(JSON.stringify(p.body(instance)), {
		status: p.status,
		headers: {
			'content-type': 'application/problem+json; charset=utf-8',
			'cache-control': 'no-store',
			...p.headers
		}
	});
}

// Common problems, named so routes and services say the same thing the same way.

export const notFound = (locale: Locale, what: Text) =>
	problem(locale, 404, 'not-found', ['未找到', 'Not found'], { detail: what });

export const forbidden = (locale: Locale, detail: Text) =>
	problem(locale, 403, 'forbidden', ['无权执行此操作', 'Forbidden'], { detail });

export const unauthenticated = (locale: Locale) =>
	problem(locale, 401, 'unauthenticated', ['请先登录', 'Authentication required'], {
		detail: ['此操作需要登录。', 'Sign in to do this.'],
		headers: { 'www-authenticate': 'Bearer realm="banshi"' }
	});

export const conflict = (
	locale: Locale,
	slug: string,
	detail: Text,
	extensions?: Record<string, unknown>
) =>
	problem(locale, 409, slug, ['与当前状态冲突', 'Conflict with the current state'], {
		detail,
		extensions
	});

export const badRequest = (locale: Locale, detail: Text, errors?: ProblemError[]) =>
	problem(locale, 400, 'bad-request', ['请求无效', 'Bad request'], { detail, errors });
