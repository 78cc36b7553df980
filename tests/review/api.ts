// Small client of the registry API for the review end-to-end tests and the review benchmark:
// sign in, read an item, save a changed draft, submit.
import type { APIRequestContext } from 'playwright-core';

export type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function ok<T>(what: string, r: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
	if (!r.ok()) throw new Error(`${what}: ${r.status()} ${await r.text()}`);
	return (await r.json()) as T;
}

export async function getItem(api: APIRequestContext, code: string) {
	return ok<{
		code: string;
		revision: number;
		status: string;
		document: Doc;
		pendingReview: number | null;
	}>(`GET item ${code}`, await api.get(`/api/v1/items/${code}`));
}

export async function saveDraft(api: APIRequestContext, code: string, edit: (d: Doc) => void) {
	const item = await getItem(api, code);
	const doc = structuredClone(item.document);
	edit(doc);
	return ok<{ revision: number }>(
		`PUT draft ${code}`,
		await api.put(`/api/v1/items/${code}/draft`, {
			data: { baseRevision: item.revision, document: doc }
		})
	);
}

export async function submit(api: APIRequestContext, code: string) {
	return ok<{ id: number; revision: number }>(
		`submit ${code}`,
		await api.post(`/api/v1/items/${code}/submit`)
	);
}

/** a material like the item's first, under a new id and name */
export function extraMaterial(doc: Doc, id: string, name: string): Doc {
	const first = doc.materials[0];
	return {
		...first,
		id,
		name,
		kind: 'certificate',
		necessity: 'required',
		essential: false,
		signature: undefined,
		basis: undefined
	};
}

/** YYYY-MM-DD in China, `days` from today */
export function chinaDay(days: number): string {
	const t = Date.now() + 8 * 3600_000 + days * 86400_000;
	return new Date(t).toISOString().slice(0, 10);
}
