// The editor's day over HTTP (issue 14 items 1–3 and 8): one name per live item of a department,
// claiming a published item as a local implementation, deleting and archiving drafts that never
// reached a portal, explicit withdrawal, drafts stored with problems, and the same content twice
// being no conflict.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, ownedBy, publishItem, type World } from './world';

const servers = inject('servers');

describe.each(servers)("the editor's day ($name)", (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	const get = (code: string, token = w.tokens.editorA) =>
		w.api.get(`/api/v1/items/${code}`, { token });
	const save = (code: string, baseRevision: number, document: unknown) =>
		w.api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision, document },
			{ token: w.tokens.editorA }
		);

	it('refuses a second live item of the same name in a department, naming the first', async () => {
		const doc = templateDocument('food-business-licence');
		const first = await createItem(w, doc);
		const twin = ownedBy(w, { ...templateDocument('food-business-licence'), name: doc.name });
		const r = await w.api.post(
			'/api/v1/items',
			{ document: twin, department: w.deptA },
			{ token: w.tokens.editorA }
		);
		expectProblem(r, 409);
		expect(r.body.type).toMatch(/duplicate-name$/);
		expect(r.body.detail).toContain(first);
		expect(r.body.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
		// archived, the name is free again
		expect(
			(await w.api.post(`/api/v1/items/${first}/archive`, undefined, { token: w.tokens.editorA }))
				.status
		).toBe(200);
		const again = await w.api.post(
			'/api/v1/items',
			{ document: twin, department: w.deptA },
			{ token: w.tokens.editorA }
		);
		expect(again.status, again.text.slice(0, 300)).toBe(201);
	});

	it('deletes and archives only drafts that were never published', async () => {
		const code = await createItem(w, templateDocument('wild-plant-collection'));
		const list = async (query: string) =>
			(await w.api.get(`/api/v1/items?limit=100${query}`, { token: w.tokens.editorA })).body
				.items as { code: string; archived: boolean }[];
		const archived = await w.api.post(`/api/v1/items/${code}/archive`, undefined, {
			token: w.tokens.editorA
		});
		expect(archived.body).toMatchObject({ code, archived: true });
		expect((await list('')).map((i) => i.code)).not.toContain(code);
		expect((await list('&archived=true')).map((i) => i.code)).toContain(code);
		// archived: no edits until it is back
		const doc = (await get(code)).body.document;
		expectProblem(await save(code, 1, { ...doc, name: `${doc.name}（改）` }), 409);
		expect(
			(await w.api.request('DELETE', `/api/v1/items/${code}/archive`, { token: w.tokens.editorA }))
				.body.archived
		).toBe(false);
		// another department's editor cannot delete it; its own can, and it is gone
		expectProblem(
			await w.api.request('DELETE', `/api/v1/items/${code}`, { token: w.tokens.editorB }),
			403
		);
		const gone = await w.api.request('DELETE', `/api/v1/items/${code}`, {
			token: w.tokens.editorA
		});
		expect(gone.status).toBe(204);
		expectProblem(await get(code), 404);

		// a published item is retired, never deleted or archived, even with a new draft open
		const live = await createItem(w, templateDocument('social-security-card'));
		await publishItem(w, live);
		const current = (await get(live)).body;
		const next = { ...current.document, name: `${current.document.name}（第二版）` };
		expect((await save(live, current.revision, next)).status).toBe(200);
		for (const [method, path] of [
			['DELETE', `/api/v1/items/${live}`],
			['POST', `/api/v1/items/${live}/archive`]
		] as const) {
			const r = await w.api.request(method, path, { token: w.tokens.editorA });
			expectProblem(r, 409);
			expect(r.body.detail).toContain('取消');
		}
	});

	it('claims a published item as a local implementation of another department', async () => {
		const base = await createItem(w, templateDocument('food-business-licence'));
		await publishItem(w, base);
		const r = await w.api.post(
			'/api/v1/items',
			{ claim: base, department: w.deptB },
			{ token: w.tokens.editorB }
		);
		expect(r.status, r.text.slice(0, 300)).toBe(201);
		expect(r.body.department).toBe(w.deptB);
		expect(r.body.code).toBe(w.creditB + base.slice(18));
		expect(r.body.document.base).toEqual({ code: base, version: 1 });
		expect(r.body.document.department.creditCode).toBe(w.creditB);
		const source = (await get(base)).body.document;
		expect(r.body.document.materials).toEqual(source.materials);
		// claimed once per department; a draft that was never published cannot be claimed
		expectProblem(
			await w.api.post(
				'/api/v1/items',
				{ claim: base, department: w.deptB },
				{ token: w.tokens.editorB }
			),
			409
		);
		const draft = await createItem(w, templateDocument('wild-plant-collection'));
		const refused = await w.api.post(
			'/api/v1/items',
			{ claim: draft, department: w.deptB },
			{ token: w.tokens.editorB }
		);
		expectProblem(refused, 422);
		expect(refused.body.type).toMatch(/not-claimable$/);
	});

	it('stores a half-finished draft and refuses only its submission', async () => {
		const code = await createItem(w, templateDocument('wild-plant-collection'));
		const doc = (await get(code)).body.document;
		// 不收费 unticked before any fee item is added
		const half = { ...doc, guide: { ...doc.guide, fees: { free: false, items: [] } } };
		const saved = await save(code, 1, half);
		expect(saved.status, saved.text.slice(0, 300)).toBe(200);
		expect(saved.body).toMatchObject({ revision: 2, valid: false });
		const item = (await get(code)).body;
		expect(item).toMatchObject({ revision: 2, valid: false });
		expect(item.document.guide.fees).toEqual({ free: false, items: [] });
		const submit = await w.api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: w.tokens.editorA
		});
		expectProblem(submit, 422);
		expect(submit.body.type).toMatch(/not-submittable$/);
		expect(submit.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(
			'/guide/fees/items'
		);
		// what cannot be stored at all is still refused
		expectProblem(await save(code, 2, { ...doc, name: ['采集', '审批'] }), 422);
	});

	it('withdraws a submission only when asked; the same content again is no conflict', async () => {
		const code = await createItem(w, templateDocument('social-security-card'));
		const doc = (await get(code)).body.document;
		const submitted = await w.api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: w.tokens.editorA
		});
		expect(submitted.status).toBe(201);
		const edit = { ...doc, name: `${doc.name}（审核中修改）` };
		const refused = await save(code, 1, edit);
		expectProblem(refused, 409);
		expect(refused.body.type).toMatch(/item-in-review$/);
		expect((await get(code)).body).toMatchObject({ status: 'in-review', revision: 1 });
		const withdrawn = await w.api.post(`/api/v1/items/${code}/withdraw`, undefined, {
			token: w.tokens.editorA
		});
		expect(withdrawn.body).toMatchObject({ status: 'draft', pendingReview: null });
		expect(withdrawn.body.reviews[0].state).toBe('withdrawn');
		expect((await save(code, 1, edit)).body.revision).toBe(2);
		// an offline copy based on revision 1 with the very same content: no conflict, no revision
		const same = await save(code, 1, edit);
		expect(same.status).toBe(200);
		expect(same.body.revision).toBe(2);
		expectProblem(await save(code, 1, { ...edit, name: `${edit.name}二` }), 409);
	});
});
