// Optimistic concurrency: editors saving on the same base revision at the same moment. Exactly one
// wins; every other gets 409 with the winner's revision and document; nothing is overwritten.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, type World } from './world';

const servers = inject('servers');

describe.each(servers)('concurrent saves ($name)', (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	it('two editors on the same base revision: one 200, one 409, nothing lost', async () => {
		const { api, tokens } = w;
		const doc = templateDocument('food-business-licence');
		const code = await createItem(w, doc);
		for (let round = 1; round <= 5; round++) {
			const mine = { ...doc, name: `${doc.name}（甲 ${round}）` };
			const theirs = { ...doc, name: `${doc.name}（乙 ${round}）` };
			const [a, b] = await Promise.all([
				api.put(
					`/api/v1/items/${code}/draft`,
					{ baseRevision: round, document: mine },
					{ token: tokens.editorA }
				),
				api.put(
					`/api/v1/items/${code}/draft`,
					{ baseRevision: round, document: theirs },
					{ token: tokens.editorA2 }
				)
			]);
			expect([a.status, b.status].sort()).toEqual([200, 409]);
			const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
			const winnerDoc = a.status === 200 ? mine : theirs;
			expectProblem(loser, 409);
			expect(winner.body.revision).toBe(round + 1);
			expect(loser.body).toMatchObject({ currentRevision: round + 1 });
			expect(loser.body.document).toEqual(winnerDoc);
			const item = await api.get(`/api/v1/items/${code}`, { token: tokens.editorA });
			expect(item.body.revision).toBe(round + 1);
			expect(item.body.document).toEqual(winnerDoc);
		}
		// Every win is in the history; one editor winning rounds in a row moves one working revision
		// forward (issue 14 item 9), so the history holds the six saves in fewer rows.
		const history = await api.get(`/api/v1/items/${code}/revisions`, { token: tokens.editorA });
		const revisions = history.body.revisions as { n: number; saves: number; author: string }[];
		expect(revisions[0].n).toBe(6);
		expect(revisions.at(-1)!.n).toBe(1);
		expect(revisions.reduce((sum, r) => sum + r.saves, 0)).toBe(6);
		for (const [newer, older] of revisions.slice(0, -2).map((r, i) => [r, revisions[i + 1]]))
			expect(newer.author).not.toBe(older.author);
	});

	it('eight saves at once on one base revision: exactly one wins', async () => {
		const { api, tokens } = w;
		const doc = templateDocument('food-business-licence');
		const code = await createItem(w, doc);
		const results = await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				api.put(
					`/api/v1/items/${code}/draft`,
					{ baseRevision: 1, document: { ...doc, name: `${doc.name} ${i}` } },
					{ token: i % 2 ? tokens.editorA : tokens.editorA2 }
				)
			)
		);
		expect(results.filter((r) => r.status === 200)).toHaveLength(1);
		expect(results.filter((r) => r.status === 409)).toHaveLength(7);
		const history = await api.get(`/api/v1/items/${code}/revisions`, { token: tokens.editorA });
		expect(history.body.revisions).toHaveLength(2);
	});

	it('reading an item while its editor autosaves: every read is 200, its revision with its document', async () => {
		const { api, tokens } = w;
		const doc = templateDocument('food-business-licence');
		const code = await createItem(w, doc);
		// One editor's saves of one sitting move one working revision to the next number each time;
		// a read between two of them must still find the revision it shows.
		const SAVES = 30;
		let saving = true;
		const saves = (async () => {
			const statuses: number[] = [];
			for (let i = 1; i <= SAVES; i++) {
				const r = await api.put(
					`/api/v1/items/${code}/draft`,
					{ baseRevision: i, document: { ...doc, name: `${doc.name} 保存${i}` } },
					{ token: tokens.editorA }
				);
				statuses.push(r.status);
			}
			saving = false;
			return statuses;
		})();
		const reads = await Promise.all(
			Array.from({ length: 3 }, async () => {
				const seen: { status: number; revision: number; name: string }[] = [];
				while (saving) {
					const r = await api.get(`/api/v1/items/${code}`, { token: tokens.editorA2 });
					seen.push({ status: r.status, revision: r.body.revision, name: r.body.document?.name });
				}
				return seen;
			})
		);
		expect(await saves).toEqual(Array(SAVES).fill(200));
		for (const r of reads.flat()) {
			expect(r.status).toBe(200);
			expect(r.name).toBe(r.revision === 1 ? doc.name : `${doc.name} 保存${r.revision - 1}`);
		}
	});

	it('a stale save after a newer revision never overwrites it', async () => {
		const { api, tokens } = w;
		const doc = templateDocument('food-business-licence');
		const code = await createItem(w, doc);
		const newer = { ...doc, name: doc.name + '（新）' };
		expect(
			(
				await api.put(
					`/api/v1/items/${code}/draft`,
					{ baseRevision: 1, document: newer },
					{ token: tokens.editorA2 }
				)
			).status
		).toBe(200);
		const stale = await api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: 1, document: doc },
			{ token: tokens.editorA, headers: { 'accept-language': 'en' } }
		);
		expectProblem(stale, 409);
		expect(stale.body.detail).toMatch(/revision 2/);
		expect(stale.body.document.name).toBe(newer.name);
		expect(
			(await api.get(`/api/v1/items/${code}`, { token: tokens.editorA })).body.document.name
		).toBe(newer.name);
	});
});
