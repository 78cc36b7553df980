// The one syncer of the tab, talking to /api/v1 through the designer's API client.
import { Syncer, type Remote } from '$lib/local/sync';
import { api } from '../api';

const remote: Remote = {
	save: (code, base, document) => api.save(code, base, document),
	create: async (document) => {
		const r = await api.create(document);
		return r.ok ? { ok: true, status: r.status, value: { revision: r.value.revision } } : r;
	}
};

let shared: Syncer | undefined;

export function syncer(): Syncer {
	shared ??= new Syncer(remote).start();
	return shared;
}
