// 事项沿革 over real HTTP: an administrator transfers an item to another department (the receiving
// department's editors take the new draft, the published version is still served), and merges two
// published items into one; each item's trail shows where it came from or where it went. On both
// engines.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';

const servers = inject('servers');

describe.each(servers)('事项沿革 ($name)', (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	const trail = async (code: string) =>
		(await w.api.get(`/api/v1/items/${code}/trail`, { token: w.tokens.admin })).body.entries as {
			action: string;
			detail: Record<string, unknown>;
		}[];

	it('划转: the item becomes a draft of department B; A can no longer touch it, B can', async () => {
		const code = await createItem(w, templateDocument('food-business-licence'));
		await publishItem(w, code);
		const before = await w.api.get(`/api/v1/portal/items/${code}`);

		expectProblem(
			await w.api.post(
				`/api/v1/items/${code}/transfer`,
				{ department: w.deptB },
				{ token: w.tokens.editorA }
			),
			403
		);
		const missing = await w.api.post(
			`/api/v1/items/${code}/transfer`,
			{},
			{ token: w.tokens.admin }
		);
		expectProblem(missing, 400);

		const r = await w.api.post(
			`/api/v1/items/${code}/transfer`,
			{ department: w.deptB, basis: '市编办〔2026〕3号' },
			{ token: w.tokens.admin }
		);
		expect(r.status).toBe(200);
		expect([r.body.department, r.body.status, r.body.latestVersion.n]).toEqual([
			w.deptB,
			'draft',
			1
		]);
		expect(r.body.document.department.creditCode).toBe(w.creditB);
		expect(r.body.document.guide.lineage).toMatchObject({
			change: 'transfer',
			basis: '市编办〔2026〕3号',
			predecessors: [{ code, version: 1 }]
		});
		expect((await trail(code))[0]).toMatchObject({
			action: 'item.transfer',
			detail: { from: w.deptA, to: w.deptB, lastVersion: 1 }
		});
		// the published version is still what portals get
		const after = await w.api.get(`/api/v1/portal/items/${code}`);
		expect(after.text).toBe(before.text);
		// department A's editor is refused; department B's editor saves the draft
		const doc = { ...r.body.document, name: `${r.body.document.name}（划转）` };
		expectProblem(
			await w.api.put(
				`/api/v1/items/${code}/draft`,
				{ baseRevision: r.body.revision, document: doc },
				{ token: w.tokens.editorA }
			),
			403
		);
		const saved = await w.api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: r.body.revision, document: doc },
			{ token: w.tokens.editorB }
		);
		expect(saved.status).toBe(200);
	});

	it('合并: two published items become one draft naming both; they are retired and say so', async () => {
		const a = await createItem(w, templateDocument('construction-permit'));
		const b = await createItem(w, templateDocument('public-place-hygiene-licence'));
		await publishItem(w, a);
		await publishItem(w, b);
		const code = `${a.slice(0, -3)}901`;
		const body = { codes: [a, b], code, name: `合并后的事项 ${w.tag}` };
		expectProblem(await w.api.post('/api/v1/items/merge', body, { token: w.tokens.reviewer }), 403);
		expectProblem(
			await w.api.post(
				'/api/v1/items/merge',
				{ ...body, codes: [a, a] },
				{ token: w.tokens.admin }
			),
			422
		);

		const r = await w.api.post('/api/v1/items/merge', body, { token: w.tokens.admin });
		expect(r.status).toBe(201);
		expect(r.body).toEqual({
			successors: [code],
			predecessors: [
				{ code: a, lastVersion: 1 },
				{ code: b, lastVersion: 1 }
			]
		});
		const successor = await w.api.get(`/api/v1/items/${code}`, { token: w.tokens.editorA });
		expect([successor.body.status, successor.body.department]).toEqual(['draft', w.deptA]);
		expect(
			successor.body.document.guide.lineage.predecessors.map((p: { code: string }) => p.code)
		).toEqual([a, b]);
		expect((await trail(code))[0]).toMatchObject({
			action: 'item.create',
			detail: { change: 'merge', predecessors: r.body.predecessors }
		});
		for (const old of [a, b]) {
			expect((await trail(old))[0]).toMatchObject({
				action: 'item.retire',
				detail: { change: 'merge', successors: [code] }
			});
			const gone = await w.api.get(`/api/v1/portal/items/${old}`);
			expectProblem(gone, 410);
			expect(gone.body.detail).toContain(code);
		}
		// merging again: the predecessors are retired now
		expectProblem(
			await w.api.post(
				'/api/v1/items/merge',
				{ ...body, code: `${a.slice(0, -3)}902` },
				{ token: w.tokens.admin }
			),
			409
		);
	});
});
