// 事项沿革 over real HTTP: an administrator transfers an item to another department (the receiving
// department's editors take the new draft, the published version is still served), and merges two
// published items into one (of a department the administrator may choose), splits one into parts
// that each keep the materials they list; each item's trail shows where it came from or where it
// went. On both engines.
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

	it('合并 into a chosen department: its editors own the new item; an unknown one is refused at /department', async () => {
		const a = await createItem(w, templateDocument('construction-permit'));
		const b = await createItem(w, templateDocument('public-place-hygiene-licence'));
		await publishItem(w, a);
		await publishItem(w, b);
		// an implementation code (实施编码) begins with its department's credit code
		const code = `${w.creditB}${a.slice(18, -3)}903`;
		const body = { codes: [a, b], code, name: `合并到乙局 ${w.tag}`, department: w.deptB };
		const stillA = await w.api.post(
			'/api/v1/items/merge',
			{ ...body, code: `${a.slice(0, -3)}903` },
			{ token: w.tokens.admin }
		);
		expectProblem(stillA, 422);
		expect(stillA.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/code');

		const unknown = await w.api.post(
			'/api/v1/items/merge',
			{ ...body, department: `no-such-${w.tag}` },
			{ token: w.tokens.admin }
		);
		expectProblem(unknown, 422);
		expect(unknown.body.errors).toEqual([
			{ pointer: '/department', message: `部门 no-such-${w.tag} 不存在。` }
		]);
		// nothing happened: the items are still published
		const still = await w.api.get(`/api/v1/items/${a}`, { token: w.tokens.admin });
		expect(still.body.status).toBe('published');

		const r = await w.api.post('/api/v1/items/merge', body, { token: w.tokens.admin });
		expect(r.status).toBe(201);
		const successor = await w.api.get(`/api/v1/items/${code}`, { token: w.tokens.editorB });
		expect(successor.status).toBe(200);
		expect([successor.body.department, successor.body.document.department.creditCode]).toEqual([
			w.deptB,
			w.creditB
		]);
		// the predecessors' department is still on record in the lineage
		expect(
			successor.body.document.guide.lineage.predecessors.map((p: { code: string }) => p.code)
		).toEqual([a, b]);
		expectProblem(await w.api.get(`/api/v1/items/${code}`, { token: w.tokens.editorA }), 403);
	});

	it('拆分 by materials: each part keeps what it lists; unknown ids and unkept materials are named', async () => {
		const whole = await createItem(w, templateDocument('food-business-licence'));
		await publishItem(w, whole);
		const doc = (await w.api.get(`/api/v1/items/${whole}`, { token: w.tokens.admin })).body
			.document as { materials: { id: string; name: string }[]; form: unknown };
		const ids = doc.materials.map((m) => m.id);
		const kitchen = 'central-kitchen-docs';
		const parts = [
			{ code: `${whole.slice(0, -3)}911`, name: `拆分一 ${w.tag}`, materials: [kitchen] },
			{
				code: `${whole.slice(0, -3)}912`,
				name: `拆分二 ${w.tag}`,
				materials: ids.filter((id) => id !== kitchen)
			}
		];
		const split = (body: unknown) =>
			w.api.post(`/api/v1/items/${whole}/split`, body, { token: w.tokens.admin });

		const unknown = await split({
			parts: [{ ...parts[0], materials: [kitchen, 'no-such-material'] }, parts[1]]
		});
		expectProblem(unknown, 422);
		expect(unknown.body.errors).toEqual([
			{ pointer: '/parts/0/materials/1', message: expect.stringContaining('no-such-material') }
		]);
		const unkept = await split({
			parts: [parts[0], { ...parts[1], materials: ['business-licence'] }]
		});
		expectProblem(unkept, 422);
		expect(unkept.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
			ids.filter((id) => id !== kitchen && id !== 'business-licence').map(() => '/parts')
		);
		expect(unkept.body.errors[0].message).toContain(ids.find((id) => id !== kitchen));
		// a repeated id is bad input for the declaration itself
		expectProblem(
			await split({ parts: [{ ...parts[0], materials: [kitchen, kitchen] }, parts[1]] }),
			400
		);
		expect((await w.api.get(`/api/v1/items/${whole}`, { token: w.tokens.admin })).body.status).toBe(
			'published'
		);

		const r = await split({ parts });
		expect(r.status).toBe(201);
		expect(r.body.successors).toEqual(parts.map((p) => p.code));
		const kept = await Promise.all(
			parts.map(
				async (p) =>
					(await w.api.get(`/api/v1/items/${p.code}`, { token: w.tokens.editorA })).body.document
			)
		);
		expect(kept.map((d) => d.materials.map((m: { id: string }) => m.id))).toEqual([
			[kitchen],
			ids.filter((id) => id !== kitchen)
		]);
		// the form stays whole, so the kept conditional material still finds its field
		for (const d of kept) expect(d.form).toEqual(doc.form);
	});

	it('拆分 without a choice keeps every material in every part, as before', async () => {
		const whole = await createItem(w, templateDocument('construction-permit'));
		await publishItem(w, whole);
		const ids = (
			await w.api.get(`/api/v1/items/${whole}`, { token: w.tokens.admin })
		).body.document.materials.map((m: { id: string }) => m.id);
		const parts = [911, 912].map((n) => ({
			code: `${whole.slice(0, -3)}${n + 10}`,
			name: `整拆${n} ${w.tag}`
		}));
		const r = await w.api.post(
			`/api/v1/items/${whole}/split`,
			{ parts },
			{ token: w.tokens.admin }
		);
		expect(r.status).toBe(201);
		for (const p of parts) {
			const d = (await w.api.get(`/api/v1/items/${p.code}`, { token: w.tokens.admin })).body;
			expect([d.department, d.document.materials.map((m: { id: string }) => m.id)]).toEqual([
				w.deptA,
				ids
			]);
		}
	});
});
