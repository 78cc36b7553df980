// A small HTTP client for the API tests: JSON in, status + headers + parsed body out, with a bearer
// token and a client address (X-Forwarded-For) of the test's choosing. Every answer is checked
// against its endpoint's declaration (contract.ts); one that breaks it fails the test.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Json } from '../fixtures/json';
import { contractBreach } from './contract';

export type { Json };

export interface ApiResponse<T = Json> {
	status: number;
	headers: Headers;
	text: string;
	body: T;
}

export interface RequestOptions {
	token?: string;
	body?: unknown;
	/** sent as is (no JSON encoding) */
	raw?: string | Uint8Array;
	headers?: Record<string, string>;
}

export function randomIp(): string {
	const b = randomBytes(3);
	return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export class Api {
	constructor(
		readonly base: string,
		readonly ip: string = randomIp()
	) {}

	async request<T = Json>(
		method: string,
		path: string,
		opts: RequestOptions = {}
	): Promise<ApiResponse<T>> {
		const headers: Record<string, string> = { 'x-forwarded-for': this.ip, ...opts.headers };
		if (opts.token) headers.authorization = `Bearer ${opts.token}`;
		let body: string | Uint8Array | undefined;
		if (opts.raw !== undefined) body = opts.raw;
		else if (opts.body !== undefined) {
			body = JSON.stringify(opts.body);
			headers['content-type'] ??= 'application/json';
		}
		const res = await fetch(this.base + path, {
			method,
			headers,
			body: body as BodyInit | undefined,
			redirect: 'manual'
		});
		const text = await res.text();
		let parsed: unknown = undefined;
		const type = res.headers.get('content-type') ?? '';
		if (text && /json/.test(type)) parsed = JSON.parse(text);
		const breach = contractBreach(method, this.base + path, res.status, type, parsed);
		if (breach) throw new Error(breach);
		return { status: res.status, headers: res.headers, text, body: parsed as T };
	}

	get<T = Json>(path: string, opts?: RequestOptions) {
		return this.request<T>('GET', path, opts);
	}
	post<T = Json>(path: string, body?: unknown, opts: RequestOptions = {}) {
		return this.request<T>('POST', path, { ...opts, body });
	}
	put<T = Json>(path: string, body?: unknown, opts: RequestOptions = {}) {
		return this.request<T>('PUT', path, { ...opts, body });
	}

	async login(username: string, password: string): Promise<string> {
		const res = await this.post('/api/v1/session', { username, password });
		if (res.status !== 201) throw new Error(`login ${username}: ${res.status} ${res.text}`);
		return res.body.token;
	}
}

export const DEMO_PASSWORD = 'banshi-demo';
export const PASSWORD = 'correct-horse-battery';

export function tag(): string {
	return randomBytes(4).toString('hex');
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A template's document under a fresh item code (same credit code and level, new base code). */
export function templateDocument(slug: string): Record<string, Json> {
	const doc = JSON.parse(readFileSync(`templates/${slug}.json`, 'utf8'));
	const suffix = Array.from(randomBytes(12), (b) => BASE36[b % 36]).join('');
	doc.code = String(doc.code).slice(0, 19) + suffix;
	return doc;
}

/** Fields every problem+json answer carries. */
export function expectProblem(res: ApiResponse, status: number): void {
	if (res.status !== status)
		throw new Error(`expected ${status}, got ${res.status}: ${res.text.slice(0, 500)}`);
	const type = res.headers.get('content-type') ?? '';
	if (!type.startsWith('application/problem+json'))
		throw new Error(`expected application/problem+json, got ${type}: ${res.text.slice(0, 200)}`);
	for (const key of ['type', 'title', 'status'])
		if (!(key in res.body)) throw new Error(`problem without ${key}: ${res.text}`);
	if (res.body.status !== status) throw new Error(`problem status ${res.body.status} ≠ ${status}`);
}
