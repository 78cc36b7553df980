// The one syncer of the tab, talking to /api/v1 through the typed API client.
import { Syncer, type Remote } from '$lib/local/sync';
import { api } from '$lib/api/client';

const remote: Remote = {
	save: (code, baseRevision, document) =>
		api.saveDraft({ params: { code }, body: { baseRevision, document } }),
	create: async (document) => {
		const r = await api.createItem({ body: { document } });
		return r.ok ? { ok: true, status: r.status, value: { revision: r.value.revision } } : r;
	}
};

let shared: Syncer | undefined;

export function syncer(): Syncer {
	shared ??= new Syncer(remote).start();
	return shared;
}
