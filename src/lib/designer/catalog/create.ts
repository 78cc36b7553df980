// Creating an item: on the server when it answers, otherwise as a local draft that the outbox
// creates on the server later. A refusal (code taken, invalid document) is reported, not hidden.
import type { Item } from '$lib/domain/item';
import { writeCopy } from '$lib/local/drafts';
import { api, problemText } from '$lib/api/client';

export type Created = { ok: true; local: boolean } | { ok: false; message: string };

export async function createItem(item: Item, department?: string): Promise<Created> {
	const r = await api.createItem({ body: { document: item, ...(department && { department }) } });
	if (r.ok) {
		await writeCopy({
			code: r.value.code,
			document: r.value.document,
			name: r.value.name,
			baseRevision: r.value.revision,
			dirty: false,
			updatedAt: Date.now()
		});
		return { ok: true, local: false };
	}
	if (r.status === 0 || r.status === 401 || r.status >= 500) {
		await writeCopy({
			code: item.code,
			document: item,
			name: item.name,
			baseRevision: 0,
			dirty: true,
			updatedAt: Date.now()
		});
		return { ok: true, local: true };
	}
	const details = (r.problem.errors ?? []).map((e) => `${e.pointer} ${e.message}`);
	return { ok: false, message: [problemText(r.problem), ...details].join('\n') };
}
