// The designer's calls to /api/v1. Every call resolves to a result value instead of throwing, so
// the UI can tell "the server said no" from "the network is gone" and keep local work either way.
import type { Locale } from '$lib/domain/i18n';
import type { DisplayStatus, ItemStatus, Role } from '$lib/domain/workflow';

export interface Me {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	departments: string[];
}

export interface ItemSummary {
	code: string;
	name: string;
	kind: string;
	department: string;
	status: DisplayStatus;
	revision: number;
	latestVersion: number | { n: number } | null;
	updatedAt: string;
}

export interface ItemDetail extends Omit<ItemSummary, 'latestVersion'> {
	document: Record<string, unknown>;
	latestVersion: { n: number; effectiveFrom?: string } | null;
	pendingReview: number | null;
}

export interface ProblemBody {
	title?: string;
	detail?: string;
	status?: number;
	errors?: { pointer: string; message: string; code?: string }[];
	currentRevision?: number;
	author?: string;
	savedAt?: string;
	document?: unknown;
	[k: string]: unknown;
}

export type ApiResult<T> =
	| { ok: true; status: number; value: T }
	| { ok: false; status: number; problem: ProblemBody }
	/** status 0: no answer at all (offline, server down) */
	| { ok: false; status: 0; problem: ProblemBody; offline: true };

let apiLocale: Locale = 'zh-CN';
/** Server messages (problem details) follow the UI language. */
export function setApiLocale(locale: Locale) {
	apiLocale = locale;
}

export async function call<T>(
	method: string,
	path: string,
	body?: unknown,
	fetcher: typeof fetch = fetch
): Promise<ApiResult<T>> {
	let res: Response;
	try {
		res = await fetcher(path, {
			method,
			credentials: 'same-origin',
			headers: {
				accept: 'application/json',
				'accept-language': apiLocale === 'en' ? 'en' : 'zh-CN',
				...(body !== undefined ? { 'content-type': 'application/json' } : {})
			},
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	} catch (error) {
		return {
			ok: false,
			status: 0,
			offline: true,
			problem: { title: error instanceof Error ? error.message : String(error) }
		};
	}
	if (res.status === 204) return { ok: true, status: 204, value: undefined as T };
	let payload: unknown;
	try {
		payload = await res.json();
	} catch {
		payload = {};
	}
	if (res.ok) return { ok: true, status: res.status, value: payload as T };
	return { ok: false, status: res.status, problem: (payload ?? {}) as ProblemBody };
}

export const api = {
	me: () => call<{ user: Me }>('GET', '/api/v1/me'),
	login: (username: string, password: string) =>
		call<{ user: Me }>('POST', '/api/v1/session', { username, password }),
	logout: () => call<void>('DELETE', '/api/v1/session'),
	departments: () =>
		call<{ departments: { code: string; name: string; creditCode: string }[] }>(
			'GET',
			'/api/v1/departments'
		),
	items: (query: Record<string, string | number | undefined>) => {
		const params = new URLSearchParams();
		for (const [k, v] of Object.entries(query))
			if (v !== undefined && v !== '') params.set(k, String(v));
		return call<{ items: ItemSummary[]; total: number; page: number; limit: number }>(
			'GET',
			`/api/v1/items?${params}`
		);
	},
	item: (code: string) => call<ItemDetail>('GET', `/api/v1/items/${encodeURIComponent(code)}`),
	create: (document: unknown, department?: string) =>
		call<ItemDetail>('POST', '/api/v1/items', { document, ...(department ? { department } : {}) }),
	save: (code: string, baseRevision: number, document: unknown) =>
		call<{ code: string; revision: number; status: ItemStatus }>(
			'PUT',
			`/api/v1/items/${encodeURIComponent(code)}/draft`,
			{ baseRevision, document }
		),
	submit: (code: string) =>
		call<{ id: number }>('POST', `/api/v1/items/${encodeURIComponent(code)}/submit`, {}),
	publish: (code: string) =>
		call<{ version: { n: number } }>(
			'POST',
			`/api/v1/items/${encodeURIComponent(code)}/publish`,
			{}
		)
};

/** One line for people from a failed call. */
export function problemText(p: ProblemBody): string {
	return [p.title, p.detail].filter(Boolean).join(apiLocale === 'en' ? ': ' : '：');
}
