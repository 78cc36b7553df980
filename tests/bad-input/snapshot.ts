// What must not change when bad input is refused: each watched item's state, document, revision
// history and published versions, and how many items the registry holds.
import type { Api } from '../api/client';

export async function snapshot(api: Api, token: string, codes: string[]) {
	const total = (await api.get('/api/v1/items?limit=1', { token })).body.total;
	const items = [];
	for (const code of codes) {
		const item = await api.get(`/api/v1/items/${code}`, { token });
		const revisions = await api.get(`/api/v1/items/${code}/revisions`, { token });
		const versions = await api.get(`/api/v1/portal/items/${code}/versions`);
		items.push({
			code,
			status: item.body.status,
			revision: item.body.revision,
			document: item.body.document,
			revisions: revisions.body.revisions,
			versions:
				versions.status === 200
					? versions.body.versions.map((v: { n: number; hash: string }) => [v.n, v.hash])
					: versions.status
		});
	}
	return { total, items };
}
