// Creating an item: on the server when it answers, otherwise as a local draft that the outbox
// creates on the server later. A refusal (code taken, invalid document) is reported, not hidden.
import type { Item } from '$lib/domain/item';
import { writeCopy } from '$lib/local/drafts';
import { api, problemText } from '$lib/api/client';
import type { ItemDetail as CreatedItem, Problem } from '$lib/api';

export type Created =
	| { ok: true; local: boolean; code: string }
	| { ok: false; message: string; /** the item that already has the name */ existing?: string };

/** Claim (认领) a published item of the base catalog for `department`; needs the server. */
export async function claimItem(base: string, department?: string): Promise<Created> {
	const r = await api.createItem({ body: { claim: base, ...(department && { department }) } });
	if (!r.ok) return refusal(r.problem);
	return keptAsCreated(r.value);
}

/** The server's new item, kept as the local copy the editor opens next. */
async function keptAsCreated(created: CreatedItem): Promise<Created> {
	await writeCopy({
		code: created.code,
		document: created.document,
		name: created.name,
		baseRevision: created.revision,
		dirty: false,
		updatedAt: Date.now()
	});
	return { ok: true, local: false, code: created.code };
}

function refusal(problem: Problem): Created {
	// what the problem locates is said by its message; pointers are for programs
	const details = (problem.errors ?? []).map((e) => e.message);
	const existing = typeof problem.existing === 'string' ? problem.existing : undefined;
	return { ok: false, message: [problemText(problem), ...details].join('\n'), existing };
}

export async function createItem(item: Item, department?: string): Promise<Created> {
	const r = await api.createItem({ body: { document: item, ...(department && { department }) } });
	if (r.ok) return keptAsCreated(r.value);
	if (r.status === 0 || r.status === 401 || r.status >= 500) {
		await writeCopy({
			code: item.code,
			document: item,
			name: item.name,
			baseRevision: 0,
			dirty: true,
			updatedAt: Date.now()
		});
		return { ok: true, local: true, code: item.code };
	}
	return refusal(r.problem);
}
