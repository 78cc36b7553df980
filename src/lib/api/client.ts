// The one client of /api/v1 for the designer and the review screens: a method per declared
// endpoint, typed by its declaration. Every call resolves to a result instead of throwing, so the
// UI can tell "the server said no" (a problem) from "the network is gone" (offline) and keep local
// work either way. Requests carry the UI's language, so problems come back in it. The shapes are
// types only here: at run time the client needs nothing but each endpoint's method and path.
import type { Static, TObject, TSchema } from 'typebox';
import type { Locale } from '../domain/i18n';
import type { Endpoint, Endpoints } from './endpoints';
import { pathOf, routes, type Route } from './endpoints/routes';
import type { Problem } from './schemas/common';

export type ApiResult<T> =
	| { ok: true; status: number; value: T }
	| { ok: false; status: number; problem: Problem; offline?: undefined }
	/** status 0: no answer at all (offline, server down) */
	| { ok: false; status: 0; problem: Problem; offline: true };

type ValueOf<R> = R extends TSchema ? Static<R> : undefined;
/** What a successful call resolves to: the declared answer (undefined for 204). */
export type Value<E extends Endpoint> = ValueOf<E['responses'][keyof E['responses']]>;

type ParamArgs<E> = E extends { params: infer P extends Record<string, TSchema> }
	? { params: { [K in keyof P]: Static<P[K]> } }
	: unknown;
type QueryArgs<E> = E extends { query: infer Q extends TObject }
	? { query?: { [K in keyof Static<Q>]?: Static<Q>[K] | '' } }
	: unknown;
type BodyArgs<E> = E extends { body: infer B extends TSchema }
	? E extends { bodyRequired: false }
		? { body?: Static<B> }
		: { body: Static<B> }
	: unknown;
export type Args<E> = ParamArgs<E> & QueryArgs<E> & BodyArgs<E>;

type Call<E extends Endpoint> =
	Record<string, never> extends Args<E>
		? (args?: Args<E>) => Promise<ApiResult<Value<E>>>
		: (args: Args<E>) => Promise<ApiResult<Value<E>>>;

export type Client = { [K in keyof Endpoints]: Call<Endpoints[K]> };

export interface ClientOptions {
	/** the language problems are worded in */
	locale?: () => Locale;
	/** prefix for the paths, e.g. a server's origin outside the browser; '' (same origin) by default */
	base?: string;
	fetch?: typeof fetch;
}

interface Request {
	params?: Record<string, string | number>;
	query?: Record<string, unknown>;
	body?: unknown;
}

function queryString(query: Record<string, unknown> = {}): string {
	const params = new URLSearchParams();
	for (const [k, v] of Object.entries(query))
		if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** A problem for an answer that is not problem+json (a proxy's error page, a plain-text refusal). */
function bare(status: number, title: string): Problem {
	return { type: 'about:blank', title, status };
}

async function send(e: Route, req: Request, options: ClientOptions): Promise<ApiResult<unknown>> {
	const locale = options.locale?.() ?? 'zh-CN';
	const url = (options.base ?? '') + pathOf(e, req.params) + queryString(req.query);
	let res: Response;
	try {
		res = await (options.fetch ?? globalThis.fetch)(url, {
			method: e.method,
			credentials: 'same-origin',
			headers: {
				accept: 'application/json',
				'accept-language': locale === 'en' ? 'en' : 'zh-CN',
				...(req.body !== undefined && { 'content-type': 'application/json' })
			},
			body: req.body === undefined ? undefined : JSON.stringify(req.body)
		});
	} catch (error) {
		const title = error instanceof Error ? error.message : String(error);
		return { ok: false, status: 0, offline: true, problem: bare(0, title) };
	}
	if (res.status === 204) return { ok: true, status: 204, value: undefined };
	const json = /json/.test(res.headers.get('content-type') ?? '');
	let payload: unknown;
	try {
		payload = json ? await res.json() : await res.text();
	} catch {
		payload = undefined;
	}
	if (res.ok) return { ok: true, status: res.status, value: payload };
	const problem =
		json && payload && typeof payload === 'object' && 'title' in payload
			? (payload as Problem)
			: bare(res.status, res.statusText || String(res.status));
	return { ok: false, status: res.status, problem };
}

export function createClient(options: ClientOptions = {}): Client {
	const client: Record<string, (req?: Request) => Promise<ApiResult<unknown>>> = {};
	for (const [name, route] of Object.entries(routes))
		client[name] = (req = {}) => send(route, req, options);
	return client as unknown as Client;
}

let uiLocale: Locale = 'zh-CN';

/** Problems follow the UI language; the shell sets it when the language changes. */
export function setApiLocale(locale: Locale): void {
	uiLocale = locale;
}

/** The client of the browser's own origin, with the session cookie. */
export const api = createClient({ locale: () => uiLocale });

/** One line for people from a refusal: its title and detail. */
export function problemText(p: Problem): string {
	return [p.title, p.detail].filter(Boolean).join(uiLocale === 'en' ? ': ' : '：');
}
