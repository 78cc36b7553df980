// Opening an item: the server's current draft, unless this browser holds edits that have not reached
// the server yet; those are restored (and the editor is told). Without a server the local copy is
// enough to keep working.
import type { Item } from '$lib/domain/item';
import { readCopy, writeCopy } from '$lib/local/drafts';
import type { ItemDetail } from '$lib/api';
import { api } from '$lib/api/client';

export type Opened =
	| {
			kind: 'ok';
			document: Item;
			baseRevision: number;
			dirty: boolean;
			notice?: 'restored' | 'offline';
			server?: ItemDetail;
	  }
	| { kind: 'missing' }
	| { kind: 'signed-out' };

export async function openItem(code: string): Promise<Opened> {
	const [local, remote] = await Promise.all([readCopy(code), api.getItem({ params: { code } })]);
	if (remote.ok) {
		const server = remote.value;
		if (local?.dirty) {
			return {
				kind: 'ok',
				document: local.document as Item,
				baseRevision: local.baseRevision,
				dirty: true,
				notice: 'restored',
				server
			};
		}
		await writeCopy({
			code,
			document: server.document,
			name: server.name,
			baseRevision: server.revision,
			dirty: false,
			updatedAt: Date.now()
		}).catch(() => {});
		return {
			kind: 'ok',
			document: server.document,
			baseRevision: server.revision,
			dirty: false,
			server
		};
	}
	if (local) {
		return {
			kind: 'ok',
			document: local.document as Item,
			baseRevision: local.baseRevision,
			dirty: local.dirty,
			notice: remote.status === 404 || local.baseRevision === 0 ? undefined : 'offline'
		};
	}
	if (remote.status === 401) return { kind: 'signed-out' };
	return { kind: 'missing' };
}
