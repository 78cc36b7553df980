// The whole life of an item over HTTP, on each database engine: create, save, submit, return with
// comments, fix, approve, publish, publish a scheduled v2, read it through the portal, retire.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, expectProblem, templateDocument } from './client';
import { createItem, makeWorld, type World } from './world';

const servers = inject('servers');

function chinaDay(offsetDays = 0): string {
	return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
}

describe.each(servers)('workflow ($name)', (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	it('takes an item from draft to published, scheduled and retired', async () => {
		const { api, tokens, users } = w;
		const doc = templateDocument('wild-plant-collection');
		const code = await createItem(w, doc);

		let item = await api.get(`/api/v1/items/${code}`, { token: tokens.editorA });
		expect(item.status).toBe(200);
		expect(item.body).toMatchObject({
			code,
			status: 'draft',
			revision: 1,
			department: w.deptA,
			latestVersion: null
		});

		// Save revision 2
		doc.name = doc.name + '（测试）';
		const saved = await api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: 1, document: doc },
			{ token: tokens.editorA }
		);
		expect(saved.status).toBe(200);
		expect(saved.body).toMatchObject({ revision: 2, status: 'draft' });

		// Submit: in review, visible in the queue
		const submitted = await api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: tokens.editorA
		});
		expect(submitted.status).toBe(201);
		const reviewId = submitted.body.id;
		expect(submitted.body).toMatchObject({
			item: code,
			revision: 2,
			state: 'pending',
			revisionAuthor: users.editorA
		});
		const queue = await api.get('/api/v1/reviews?state=pending', { token: tokens.reviewer });
		expect(queue.body.reviews.map((r: { id: number }) => r.id)).toContain(reviewId);

		// Submitting twice is a state conflict, and publishing before approval is refused
		expectProblem(
			await api.post(`/api/v1/items/${code}/submit`, undefined, { token: tokens.editorA }),
			409
		);
		expectProblem(
			await api.post(`/api/v1/items/${code}/publish`, undefined, { token: tokens.editorA }),
			409
		);

		// Returned with a comment anchored to a field
		const returned = await api.post(
			`/api/v1/reviews/${reviewId}/return`,
			{ comments: [{ pointer: '/name', text: '名称不规范，请按目录填写' }] },
			{ token: tokens.reviewer }
		);
		expect(returned.status).toBe(200);
		expect(returned.body.state).toBe('returned');
		item = await api.get(`/api/v1/items/${code}`, { token: tokens.editorA });
		expect(item.body.status).toBe('returned');
		expect(item.body.reviews[0].comments).toEqual([
			expect.objectContaining({
				pointer: '/name',
				text: '名称不规范，请按目录填写',
				author: users.reviewer
			})
		]);

		// Fix, resubmit, approve
		doc.name = doc.name.replace('（测试）', '');
		const fixed = await api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: 2, document: doc },
			{ token: tokens.editorA }
		);
		expect(fixed.body.revision).toBe(3);
		const again = await api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: tokens.editorA
		});
		const approved = await api.post(
			`/api/v1/reviews/${again.body.id}/approve`,
			{ comments: [{ text: '同意' }] },
			{ token: tokens.reviewer }
		);
		expect(approved.status).toBe(200);
		expect(approved.body).toMatchObject({
			state: 'approved',
			reviewer: users.reviewer,
			revision: 3
		});

		// Publish v1 effective today
		const pub = await api.post(`/api/v1/items/${code}/publish`, undefined, {
			token: tokens.editorA
		});
		expect(pub.status).toBe(201);
		expect(pub.body.version).toMatchObject({
			n: 1,
			revision: 3,
			effectiveFrom: chinaDay(),
			approvedBy: users.reviewer,
			publishedBy: users.editorA
		});
		item = await api.get(`/api/v1/items/${code}`, { token: tokens.editorA });
		expect(item.body).toMatchObject({ status: 'published', latestVersion: { n: 1 } });

		// The portal serves it, byte-identical to the version resource, and lists it
		const current = await api.get(`/api/v1/portal/items/${code}`);
		expect(current.status).toBe(200);
		expect(current.body).toMatchObject({ code, name: doc.name, hash: pub.body.version.hash });
		const v1 = await api.get(`/api/v1/portal/items/${code}/versions/1`);
		expect(v1.text).toBe(current.text);
		const list = await api.get(`/api/v1/portal/items?q=${encodeURIComponent(code)}`);
		expect(list.body.items).toEqual([expect.objectContaining({ code, version: 1 })]);

		// v2 scheduled for next month: status says so, today's portal still serves v1, ?at= sees v2
		doc.guide.conditions = [...doc.guide.conditions, '新增受理条件（测试）'];
		await api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: 3, document: doc },
			{ token: tokens.editorA }
		);
		const sub2 = await api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: tokens.editorA
		});
		await api.post(`/api/v1/reviews/${sub2.body.id}/approve`, undefined, {
			token: tokens.reviewer2
		});
		const future = chinaDay(30);
		const pub2 = await api.post(
			`/api/v1/items/${code}/publish`,
			{ effectiveFrom: future },
			{ token: tokens.reviewer }
		);
		expect(pub2.status).toBe(201);
		expect(pub2.body.version).toMatchObject({
			n: 2,
			effectiveFrom: future,
			approvedBy: users.reviewer2
		});
		item = await api.get(`/api/v1/items/${code}`, { token: tokens.editorA });
		expect(item.body.status).toBe('scheduled');
		const scheduled = await api.get(`/api/v1/items?status=scheduled&q=${code}`, {
			token: tokens.reviewer
		});
		expect(scheduled.body.items).toEqual([expect.objectContaining({ code, status: 'scheduled' })]);
		const published = await api.get(`/api/v1/items?status=published&q=${code}`, {
			token: tokens.reviewer
		});
		expect(published.body.total).toBe(0);
		expect((await api.get(`/api/v1/portal/items/${code}`)).body.hash).toBe(pub.body.version.hash);
		const atFuture = await api.get(`/api/v1/portal/items/${code}?at=${future}`);
		expect(atFuture.body.hash).toBe(pub2.body.version.hash);
		const versions = await api.get(`/api/v1/portal/items/${code}/versions`);
		expect(versions.body.versions.map((v: { n: number }) => v.n)).toEqual([1, 2]);
		// Staff usernames are not public: the portal's list says when, not who.
		for (const v of versions.body.versions) {
			expect(Object.keys(v).sort()).toEqual(
				['effectiveFrom', 'hash', 'href', 'n', 'publishedAt', 'revision'].sort()
			);
		}
		expect(versions.text).not.toContain(users.reviewer2);

		// History keeps every revision
		const history = await api.get(`/api/v1/items/${code}/revisions`, {
			token: tokens.editorA2
		});
		expect(history.body.revisions.map((r: { n: number }) => r.n)).toEqual([4, 3, 2, 1]);
		const r2 = await api.get(`/api/v1/items/${code}/revisions/2`, { token: tokens.editorA });
		expect(r2.body.document.name).toContain('（测试）');

		// The change feed reports both publications after a cursor taken before them
		const feed = await api.get('/api/v1/portal/changes?since=0&limit=1000');
		const mine = feed.body.changes.filter((c: { code: string }) => c.code === code);
		expect(mine.map((c: { event: string; version: number }) => [c.event, c.version])).toEqual([
			['published', 1],
			['published', 2]
		]);
		const after = await api.get(`/api/v1/portal/changes?since=${mine[0].cursor}`);
		expect(after.body.changes[0]).toMatchObject({ code, version: 2 });

		// Retire: gone from the portal list, current answers 410, versions stay readable
		const retired = await api.post(
			`/api/v1/items/${code}/retire`,
			{ reason: '依据法规修订取消' },
			{ token: tokens.reviewer }
		);
		expect(retired.status).toBe(200);
		expectProblem(await api.get(`/api/v1/portal/items/${code}`), 410);
		expect((await api.get(`/api/v1/portal/items?q=${code}`)).body.items).toEqual([]);
		expect((await api.get(`/api/v1/portal/items/${code}/versions/1`)).text).toBe(v1.text);
		const feed2 = await api.get(`/api/v1/portal/changes?since=${mine[1].cursor}&limit=1000`);
		expect(feed2.body.changes.filter((c: { code: string }) => c.code === code)).toEqual([
			expect.objectContaining({ event: 'retired', version: 2 })
		]);
		expectProblem(
			await api.put(
				`/api/v1/items/${code}/draft`,
				{ baseRevision: 4, document: doc },
				{ token: tokens.editorA }
			),
			409
		);

		// Every transition is in the audit log
		const audit = await api.get(`/api/v1/admin/audit?subject=item:${code}`, {
			token: tokens.admin
		});
		expect(audit.body.entries.map((e: { action: string }) => e.action).reverse()).toEqual([
			'item.create',
			'item.save',
			'item.submit',
			'review.return',
			'item.save',
			'item.submit',
			'review.approve',
			'item.publish',
			'item.save',
			'item.submit',
			'review.approve',
			'item.publish',
			'item.retire'
		]);
	});

	it('creates from a template name and refuses a second item with the same code', async () => {
		const { api, tokens } = w;
		const tpl = await api.get('/api/v1/templates', { token: tokens.editorA });
		expect(tpl.body.templates.map((t: { slug: string }) => t.slug)).toContain(
			'food-business-licence'
		);
		// The demo seed already holds every template's code, so creating it again conflicts (asked
		// by an editor of the template's own department, market).
		const marketEditor = await api.login('editor', DEMO_PASSWORD);
		const dup = await api.post(
			'/api/v1/items',
			{ template: 'food-business-licence', department: 'market' },
			{ token: marketEditor }
		);
		expectProblem(dup, 409);
		const unknown = await api.post(
			'/api/v1/items',
			{ template: 'no-such-template', department: w.deptA },
			{ token: tokens.editorA }
		);
		expectProblem(unknown, 422);
	});

	it('blocks publishing while lint finds errors, listing them', async () => {
		const { api, tokens } = w;
		const doc = templateDocument('wild-plant-collection');
		delete doc.guide.online.url;
		const code = await createItem(w, doc);
		const sub = await api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: tokens.editorA
		});
		await api.post(`/api/v1/reviews/${sub.body.id}/approve`, undefined, { token: tokens.reviewer });
		const pub = await api.post(`/api/v1/items/${code}/publish`, undefined, {
			token: tokens.editorA
		});
		expectProblem(pub, 422);
		expect(pub.body.errors).toEqual([
			expect.objectContaining({ pointer: '/guide/online/url', code: 'online-url-missing' })
		]);
		expect((await api.get(`/api/v1/portal/items/${code}/versions`)).status).toBe(404);
	});

	it('lists items with filters, totals and paging', async () => {
		const { api, tokens } = w;
		const codes = [];
		for (let i = 0; i < 3; i++)
			codes.push(await createItem(w, templateDocument('food-business-licence')));
		const page1 = await api.get(`/api/v1/items?department=${w.deptA}&status=draft&limit=2`, {
			token: tokens.reviewer
		});
		expect(page1.status).toBe(200);
		expect(page1.body.total).toBeGreaterThanOrEqual(3);
		expect(page1.body.items).toHaveLength(2);
		const page2 = await api.get(
			`/api/v1/items?department=${w.deptA}&status=draft&limit=2&cursor=${page1.body.nextCursor}`,
			{ token: tokens.reviewer }
		);
		const seen = [...page1.body.items, ...page2.body.items].map((i: { code: string }) => i.code);
		expect(new Set(seen).size).toBe(seen.length);
		const q = await api.get(`/api/v1/items?q=${codes[1]}`, { token: tokens.reviewer });
		expect(q.body).toMatchObject({ total: 1, items: [{ code: codes[1], department: w.deptA }] });
	});
});
