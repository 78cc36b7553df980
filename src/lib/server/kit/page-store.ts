// The portal's guide pages (/portal/items/<code>) kept as SvelteKit rendered them, for readers who
// are not signed in: the page of the version in force is the same for everyone who reads it in the
// same language, until something it shows changes. Kept per (path, language); the version shown is
// the one in force, so the key names the version through the stamp below.
//
// What would differ from one request to the next is taken out once, when the page is kept: the CSP
// nonce SvelteKit puts on its inline scripts becomes the scripts' hashes (the policy allows exactly
// those scripts, as a nonce would, and the bytes are the same for every reader, so they can be
// compressed once and revalidated with an ETag). Everything else on the page is the same for every
// anonymous reader: the layout shows no account, no unread count, no staff warning.
//
// A kept page is answered only while it is current:
// - it was rendered under the stamp the database has now (`PortalService.pageStamp`: publications,
//   retirements, calendar changes, settings), read at most FRESH_MS ago — a change made by another
//   process is seen within that time;
// - a change made through this server (any write outside the public portal) forgets the known stamp
//   as soon as its answer is sent, so the next page is checked against the database again;
// - the day it was rendered on is today in China (a version published for a later day comes into
//   force at midnight).
// Requests with a session (cookie or Authorization), a query, or any method but GET and HEAD are
// never answered from here, and only a 200 HTML answer without Set-Cookie is kept.
import { createHash } from 'node:crypto';
import { parseLocale } from '../../domain/i18n';
import { LOCALE_COOKIE } from '../../i18n';
import { SESSION_COOKIE } from '../http/session';
import { ByteBoundedCache } from '../services/version-cache';
import { PER_TRANSFER, sizeOf, storedResource, type StoredResource } from './immutable-store';

const BUDGET_BYTES = 32 * 1024 * 1024;
/** how old the known stamp may be when a kept page is answered */
export const FRESH_MS = 2000;
/** from this age on, the stamp is read again in the background while kept pages are still answered */
const REFRESH_MS = 500;

const GUIDE_PAGE = /^\/portal\/items\/[^/?#]+$/;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (t: number) => Math.floor((t + CHINA_OFFSET_MS) / DAY_MS);

/** The first value of each cookie in a Cookie header, as SvelteKit's `cookies.get` reads it. */
function cookieValue(header: string | null | undefined, name: string): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
		let value = part.slice(eq + 1).trim();
		if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
		try {
			return decodeURIComponent(value);
		} catch {
			return value;
		}
	}
	return undefined;
}

/**
 * The key a request's page is kept under, or undefined when its answer may not be shared: not a
 * GET/HEAD of a guide page without query, or sent with a session.
 */
export function pageKey(
	method: string | undefined,
	path: string | undefined,
	cookie: string | null | undefined,
	authorization: string | null | undefined
): string | undefined {
	if ((method !== 'GET' && method !== 'HEAD') || !path || !GUIDE_PAGE.test(path)) return undefined;
	if (authorization) return undefined;
	if (cookie && cookieValue(cookie, SESSION_COOKIE) !== undefined) return undefined;
	return `${parseLocale(cookieValue(cookie, LOCALE_COOKIE))} ${path}`;
}

/** Whether a write to `path` may change what a portal page shows (the public portal's own do not). */
export function changesPages(method: string | undefined, path: string | undefined): boolean {
	if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
	return !(path?.startsWith('/api/v1/portal/') || path?.startsWith('/portal/'));
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

export interface SealedPage {
	html: string;
	headers: Record<string, string>;
}

/**
 * The same page for every reader: `nonce="…"` dropped from the inline scripts and the policy's
 * `'nonce-…'` replaced by the hashes of those scripts; an ETag of the bytes. Undefined when the page
 * cannot be made so (a nonce left elsewhere in it).
 */
export function sealPage(html: string, response: Headers): SealedPage | undefined {
	const headers: Record<string, string> = {};
	response.forEach((value, name) => {
		if (!PER_TRANSFER.has(name)) headers[name] = value;
	});
	const policy = headers['content-security-policy'];
	const nonce = policy && /'nonce-([^']+)'/.exec(policy)?.[1];
	if (nonce) {
		html = html.replaceAll(` nonce="${nonce}"`, '');
		if (html.includes(nonce)) return undefined;
		const hashes = new Set<string>();
		for (const [, attributes, content] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
			if (!/\bsrc\s*=/.test(attributes)) hashes.add(`'sha256-${sha256(content)}'`);
		}
		headers['content-security-policy'] = policy.replaceAll(
			`'nonce-${nonce}'`,
			[...hashes].join(' ')
		);
	}
	headers.etag = `"${sha256(html).replace(/=+$/, '')}"`;
	// a page is one answer per language cookie; revalidated on every use
	headers.vary = 'accept-encoding, cookie';
	headers['cache-control'] = 'no-cache';
	return { html, headers };
}

/** Whether SvelteKit's answer to a keyed request may be kept. */
export function isKeepablePage(response: Response): boolean {
	const h = response.headers;
	return (
		response.status === 200 &&
		(h.get('content-type') ?? '').startsWith('text/html') &&
		!h.has('set-cookie') &&
		!h.has('content-encoding')
	);
}

interface KeptPage {
	stamp: string;
	day: number;
	resource: StoredResource;
}

export class PageStore {
	private readonly cache = new ByteBoundedCache<KeptPage>((p) => sizeOf(p.resource), BUDGET_BYTES);
	private known: { stamp: string; at: number } | undefined;
	/** counts the changes this process made; a stamp read across one is not taken */
	private generation = 0;
	private refreshing: Promise<void> | undefined;
	private read: (() => Promise<string>) | undefined;

	constructor(private readonly now: () => number = Date.now) {}

	/** Where the stamp comes from (the database); until then nothing is kept or answered. */
	connect(read: () => Promise<string>): void {
		this.read = read;
	}

	/** A kept page that is current, or undefined (and the stamp is read again when it is old). */
	get(key: string): StoredResource | undefined {
		const page = this.cache.get(key);
		if (!page) return undefined;
		const t = this.now();
		const known = this.known;
		if (!known || t - known.at >= REFRESH_MS) this.refresh();
		if (!known || t - known.at >= FRESH_MS) return undefined;
		if (page.stamp !== known.stamp || page.day !== dayOf(t)) {
			this.cache.delete(key);
			return undefined;
		}
		return page.resource;
	}

	/** The stamp now, before a page is rendered; undefined when it cannot be read (nothing kept). */
	async stamp(): Promise<{ stamp: string; day: number } | undefined> {
		if (!this.read) return undefined;
		const generation = this.generation;
		const at = this.now();
		try {
			const stamp = await this.read();
			if (generation === this.generation) this.known = { stamp, at };
			return { stamp, day: dayOf(at) };
		} catch {
			return undefined;
		}
	}

	private refresh(): void {
		if (this.refreshing) return;
		this.refreshing = this.stamp().then(() => {
			this.refreshing = undefined;
		});
	}

	/** Keeps a sealed page rendered under `at` (compressed off the request's way). */
	async remember(key: string, at: { stamp: string; day: number }, page: SealedPage): Promise<void> {
		const resource = await storedResource(new TextEncoder().encode(page.html), page.headers);
		this.cache.delete(key);
		this.cache.set(key, { ...at, resource });
	}

	/** Something a page shows may have changed here: check the database before the next answer. */
	changed(): void {
		this.generation++;
		this.known = undefined;
	}

	get size(): number {
		return this.cache.size;
	}
}
