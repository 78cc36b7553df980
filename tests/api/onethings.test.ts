// 一件事 (one-things) over HTTP on each engine: an editor builds one from two published items,
// loses no work to a stale save (409), a reviewer approves it on the review desk, and a portal reads
// it (strong ETags, immutable versions) and decides an application with one verdict; publishing is
// refused while members conflict; a member's new version makes the one-thing stale while the
// portal keeps serving what was compiled; a one-thing is withdrawn and retired like an item, and a
// retired member flags it.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument, type Json } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';

const servers = inject('servers');

describe.each(servers)('one-things over HTTP ($name)', (server) => {
	let w: World;
	let members: string[];

	/** A complete one-thing document of department A following its members' latest versions. */
	const document = (code: string, name: string, extra: Record<string, Json> = {}) => ({
		schemaVersion: 1,
		documentType: 'onething',
		code,
		name,
		theme: { kind: 'business-event', name: '开办餐饮店' },
		leadDepartment: { name: `测试甲局 ${w.tag}`, creditCode: w.creditA },
		members: members.map((c) => ({ code: c, pin: 'latest' })),
		sharedFields: [],
		guide: {
			summary: '一次申请，同时办理个体工商户登记和食品经营许可。',
			process: [{ name: '一窗受理' }, { name: '并联审批' }, { name: '统一出件' }],
			jointTimeLimit: { value: 7, unit: 'workday' },
			window: { name: '政务服务中心综合窗口', address: '人民路 1 号', hours: '9:00–17:00' },
			consult: { phones: ['12345'] }
		},
		...extra
	});

	type Who = keyof World['tokens'];
	const as = (who: Who) => ({ token: w.tokens[who] });

	// the one-thing's workflow requests, by editor A unless another person is named
	const create = (code: string, name: string) =>
		w.api.post('/api/v1/onethings', { name, code, department: w.deptA }, as('editorA'));
	const saveDraft = (code: string, baseRevision: number, document: Json, who: Who = 'editorA') =>
		w.api.put(`/api/v1/onethings/${code}/draft`, { baseRevision, document }, as(who));
	const submit = (code: string) =>
		w.api.post(`/api/v1/onethings/${code}/submit`, undefined, as('editorA'));
	const approve = (reviewId: number, who: Who = 'reviewer') =>
		w.api.post(`/api/v1/reviews/${reviewId}/approve`, undefined, as(who));
	const publish = (code: string) =>
		w.api.post(`/api/v1/onethings/${code}/publish`, undefined, as('editorA'));
	const withdraw = (code: string) =>
		w.api.post(`/api/v1/onethings/${code}/withdraw`, undefined, as('editorA'));
	/** by the reviewer unless another person is named; `items` for a member item */
	const retire = (
		code: string,
		reason: string,
		{ who = 'reviewer', kind = 'onethings' }: { who?: Who; kind?: 'onethings' | 'items' } = {}
	) => w.api.post(`/api/v1/${kind}/${code}/retire`, { reason }, as(who));

	/** Created blank, its document saved, submitted and approved; answers the review. */
	async function approved(code: string, doc: Json) {
		const made = await create(code, doc.name);
		expect(made.status).toBe(201);
		const saved = await saveDraft(code, made.body.revision, doc);
		expect(saved.status).toBe(200);
		const review = await submit(code);
		expect(review.status).toBe(201);
		const ok = await approve(review.body.id);
		expect(ok.status).toBe(200);
		return review.body;
	}

	/** {@link approved}, then published by editor A; answers the publication. */
	async function approvedAndPublished(code: string, doc: Json) {
		await approved(code, doc);
		const published = await publish(code);
		expect(published.status).toBe(201);
		return published;
	}

	/** A member item changed and published again: its new version number. */
	async function republish(code: string): Promise<number> {
		const item = await w.api.get(`/api/v1/items/${code}`, as('editorA'));
		const doc = { ...item.body.document, name: `${item.body.document.name}（修订）` };
		const saved = await w.api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: item.body.revision, document: doc },
			as('editorA')
		);
		expect(saved.status).toBe(200);
		return publishItem(w, code);
	}

	beforeAll(async () => {
		w = await makeWorld(server.url);
		members = [
			await createItem(w, templateDocument('individual-business-registration')),
			await createItem(w, templateDocument('food-business-licence'))
		];
		for (const code of members) await publishItem(w, code);
	});

	it('builds, reviews and publishes a one-thing that a portal reads and decides with one verdict', async () => {
		const code = `YJS-${w.tag}-1`;
		const made = await create(code, '开办餐饮店');
		expect(made.status).toBe(201);
		expect(made.headers.get('location')).toBe(`/api/v1/onethings/${code}`);
		expect(made.body).toMatchObject({ status: 'draft', revision: 1, valid: false });

		// two editors from revision 1: the second save is refused and nothing is lost
		const doc = document(code, '开办餐饮店');
		const first = await saveDraft(code, 1, doc);
		expect(first.body).toMatchObject({ revision: 2, valid: true });
		const second = await saveDraft(code, 1, { ...doc, name: '开办餐馆' }, 'editorA2');
		expectProblem(second, 409);
		expect(second.body.type).toMatch(/stale-revision$/);
		expect(second.body).toMatchObject({ currentRevision: 2, document: { name: '开办餐饮店' } });

		const preview = await w.api.post(`/api/v1/onethings/${code}/preview`, undefined, as('editorA'));
		expect(preview.status).toBe(200);
		expect(preview.body.errors).toEqual([]);
		expect(preview.body.bundle.members.map((m: Json) => m.code)).toEqual(members);

		const review = await submit(code);
		expect(review.status).toBe(201);
		const queue = await w.api.get('/api/v1/reviews?state=pending', as('reviewer'));
		expect(queue.body.reviews.find((r: Json) => r.id === review.body.id)).toMatchObject({
			type: 'onething',
			item: code,
			staleMembers: []
		});
		// the approver is never the author: the same can() as for items
		expectProblem(await approve(review.body.id, 'editorA'), 403);
		expect((await approve(review.body.id)).status).toBe(200);
		const published = await publish(code);
		expect(published.status).toBe(201);
		const { n, hash } = published.body.version;

		// the portal: the version immutable with its hash as strong ETag, the current one short-lived
		const path = `/api/v1/portal/onethings/${code}/versions/${n}`;
		const version = await w.api.get(path);
		expect(version.headers.get('etag')).toBe(`"${hash}"`);
		expect(version.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(version.body).toMatchObject({ documentType: 'onething', code, hash });
		expect((await w.api.get(path, { headers: { 'if-none-match': `"${hash}"` } })).status).toBe(304);
		const current = await w.api.get(`/api/v1/portal/onethings/${code}`);
		expect(current.text).toBe(version.text);
		expect(current.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
		const listed = await w.api.get(`/api/v1/portal/onethings?q=${code}`);
		expect(listed.body.onethings).toEqual([
			expect.objectContaining({ code, version: n, href: path, members: expect.any(Array) })
		]);
		// a one-thing is not an item of the portal, nor an item a one-thing
		expect((await w.api.get(`/api/v1/portal/items/${code}`)).status).toBe(404);
		expect((await w.api.get(`/api/v1/portal/onethings/${members[0]}`)).status).toBe(404);

		const decided = await w.api.post(`/api/v1/portal/onethings/${code}/decide`, {
			submission: { form: {}, materials: {}, commitment: false },
			date: '2049-06-01'
		});
		expect(decided.status).toBe(200);
		expect(decided.body).toMatchObject({ code, version: n, date: '2049-06-01' });
		expect(decided.body.decision.members.map((m: Json) => m.code)).toEqual(members);
		const bad = await w.api.post(`/api/v1/portal/onethings/${code}/decide`, {
			submission: {},
			date: '2049-13-45'
		});
		expectProblem(bad, 400);
		expect(bad.body.errors).toContainEqual(expect.objectContaining({ pointer: '/date' }));

		const feed = await w.api.get('/api/v1/portal/changes?since=0&limit=1000');
		expect(feed.body.changes.filter((c: Json) => c.code === code)).toEqual([
			expect.objectContaining({ type: 'onething', event: 'published', version: n, href: path })
		]);
		expect(feed.body.changes.find((c: Json) => c.code === members[0])).toMatchObject({
			type: 'item'
		});
	});

	it('refuses to publish while members conflict, naming them', async () => {
		const code = `YJS-${w.tag}-2`;
		const doc = document(code, '冲突的一件事', {
			sharedFields: [
				{
					key: 'custom:capital-or-name',
					fields: [
						{ member: members[0], path: ['business', 'capital'] },
						{ member: members[1], path: ['applicant', 'name'] }
					]
				}
			]
		});
		await approved(code, doc);
		const refused = await publish(code);
		expectProblem(refused, 422);
		expect(refused.body.type).toMatch(/onething-conflicts$/);
		expect(refused.body.conflicts[0].members).toEqual(expect.arrayContaining(members));
		expect((await w.api.get(`/api/v1/portal/onethings/${code}`)).status).toBe(404);
	});

	it('flags a one-thing stale when a member publishes anew; the portal keeps the compiled members', async () => {
		const code = `YJS-${w.tag}-3`;
		await approvedAndPublished(code, document(code, '会过期的一件事'));
		const before = await w.api.get(`/api/v1/portal/onethings/${code}`);

		const n = await republish(members[1]);
		const detail = await w.api.get(`/api/v1/onethings/${code}`, as('editorA'));
		expect(detail.body.staleMembers).toEqual([
			{ code: members[1], name: expect.any(String), pin: 'latest', compiled: n - 1, current: n }
		]);
		const listed = await w.api.get(`/api/v1/onethings?q=${code}`, as('editorA'));
		expect(listed.body.onethings[0]).toMatchObject({ code, stale: true });
		const after = await w.api.get(`/api/v1/portal/onethings/${code}`);
		expect(after.headers.get('etag')).toBe(before.headers.get('etag'));

		// in review while the other member changes: flagged on the queue, not approvable
		const doc = { ...detail.body.document, name: '会过期的一件事（二）' };
		await saveDraft(code, detail.body.revision, doc);
		const review = await submit(code);
		expect(review.body.staleMembers).toEqual([]);
		await republish(members[0]);
		const queued = await w.api.get(`/api/v1/reviews/${review.body.id}`, as('reviewer'));
		expect(queued.body.staleMembers.map((m: Json) => m.code)).toEqual([members[0]]);
		const refused = await approve(review.body.id);
		expectProblem(refused, 409);
		expect(refused.body.type).toMatch(/onething-members-changed$/);
		expect(refused.body.members[0]).toMatchObject({ code: members[0] });
	});

	it('withdraws a submission and retires a one-thing: the portal stops serving it, its versions stay', async () => {
		const code = `YJS-${w.tag}-4`;
		const published = await approvedAndPublished(code, document(code, '会停止的一件事'));
		const path = `/api/v1/portal/onethings/${code}/versions/${published.body.version.n}`;

		// a new revision in review, withdrawn by its editor: a draft again, the review withdrawn
		const detail = await w.api.get(`/api/v1/onethings/${code}`, as('editorA'));
		await saveDraft(code, detail.body.revision, {
			...detail.body.document,
			name: '会停止的一件事（二）'
		});
		const review = await submit(code);
		expect(review.status).toBe(201);
		const withdrawn = await withdraw(code);
		expect(withdrawn.status).toBe(200);
		expect(withdrawn.body).toMatchObject({ status: 'draft', pendingReview: null });
		expect((await w.api.get(`/api/v1/reviews/${review.body.id}`, as('reviewer'))).body.state).toBe(
			'withdrawn'
		);
		// nothing to withdraw now: the same refusal as for an item
		expectProblem(await withdraw(code), 409);

		// retiring: a reason is required, an editor may not, a reviewer may
		const blank = await retire(code, ' ');
		expectProblem(blank, 422);
		expect(blank.body.errors).toContainEqual(expect.objectContaining({ pointer: '/reason' }));
		expectProblem(await retire(code, '并入', { who: 'editorA' }), 403);
		const retired = await retire(code, '并入“开办企业”一件事');
		expect(retired.status).toBe(200);
		expect(retired.body).toEqual({ code, status: 'retired', reason: '并入“开办企业”一件事' });
		// an item's retire endpoint does not take a one-thing's code, nor the reverse
		expectProblem(await retire(code, 'x', { kind: 'items' }), 404);
		expectProblem(await retire(members[0], 'x'), 404);

		const gone = await w.api.get(`/api/v1/portal/onethings/${code}`);
		expectProblem(gone, 410);
		expect(gone.body.type).toMatch(/item-retired$/);
		expect(gone.body.detail).toContain('并入“开办企业”一件事');
		expect(gone.body.lastVersion).toBe(path);
		expect((await w.api.get(path)).status).toBe(200);
		expect((await w.api.get(`/api/v1/portal/onethings?q=${code}`)).body.onethings).toEqual([]);
		const feed = await w.api.get('/api/v1/portal/changes?since=0&limit=1000');
		expect(
			feed.body.changes.filter((c: Json) => c.code === code).map((c: Json) => c.event)
		).toEqual(['published', 'retired']);
		expect(
			feed.body.changes.find((c: Json) => c.code === code && c.event === 'retired')
		).toMatchObject({ type: 'onething', version: published.body.version.n });

		const after = await w.api.get(`/api/v1/onethings/${code}`, as('editorA'));
		expect(after.body).toMatchObject({
			status: 'retired',
			retired: { reason: '并入“开办企业”一件事', retiredAt: expect.any(String) }
		});
		// no more edits, as for a retired item
		const edit = await saveDraft(code, after.body.revision, {
			...after.body.document,
			name: '再改'
		});
		expectProblem(edit, 409);
		expect(edit.body.type).toMatch(/item-retired$/);

		// the trail: the one-thing's own entries, newest first, for whoever may read it
		const trail = await w.api.get(`/api/v1/onethings/${code}/trail`, as('editorA'));
		expect(trail.status).toBe(200);
		const actions = trail.body.entries.map((e: Json) => e.action);
		expect(actions[0]).toBe('onething.retire');
		expect(actions).toEqual(
			expect.arrayContaining(['onething.withdraw', 'onething.publish', 'onething.create'])
		);
		expect(trail.body.entries.every((e: Json) => e.subject === `onething:${code}`)).toBe(true);
		expectProblem(await w.api.get(`/api/v1/onethings/${code}/trail`), 401);
	});

	it('flags a one-thing whose member is retired; its portal pages say so and offer no application', async () => {
		const own = [
			await createItem(w, templateDocument('individual-business-registration')),
			await createItem(w, templateDocument('food-business-licence'))
		];
		for (const c of own) await publishItem(w, c);
		const code = `YJS-${w.tag}-5`;
		const doc = document(code, '成员会取消的一件事', {
			members: own.map((c) => ({ code: c, pin: 'latest' }))
		});
		const published = await approvedAndPublished(code, doc);
		const before = await w.api.get(`/api/v1/portal/onethings/${code}`);
		const noneRetired = await w.api.get(`/api/v1/portal/onethings/${code}/retired-members`);
		expect(noneRetired.body).toEqual({ code, version: 1, members: [] });
		const guideBefore = await w.api.get(`/portal/onethings/${code}`);
		expect(guideBefore.text).not.toContain('data-testid="retired-members"');
		expect(guideBefore.text).toContain(`/portal/onethings/${code}/apply`);
		const decide = (headers: Record<string, string> = {}) =>
			w.api.post(
				`/api/v1/portal/onethings/${code}/decide`,
				{ submission: { form: {}, materials: {}, commitment: false } },
				{ headers }
			);
		// every member in force: a decision
		const decidedBefore = await decide();
		expect(decidedBefore.status).toBe(200);
		expect(decidedBefore.body.decision.members.map((m: Json) => m.code)).toEqual(own);

		const retired = await retire(own[1], '改为告知承诺', { kind: 'items' });
		expect(retired.status).toBe(200);
		const detail = await w.api.get(`/api/v1/onethings/${code}`, as('editorA'));
		expect(detail.body.staleMembers).toEqual([
			{ code: own[1], name: expect.any(String), pin: 'latest', compiled: 1, current: null }
		]);
		expect(
			(await w.api.get(`/api/v1/onethings?q=${code}`, as('editorA'))).body.onethings[0]
		).toMatchObject({ stale: true });
		// the portal keeps the compiled bundle; its guide names the retired member, without "apply"
		const after = await w.api.get(`/api/v1/portal/onethings/${code}`);
		expect(after.headers.get('etag')).toBe(before.headers.get('etag'));
		const guide = await w.api.get(`/portal/onethings/${code}`);
		expect(guide.status).toBe(200);
		expect(guide.text).toContain('data-testid="retired-members"');
		expect(guide.text).toContain('改为告知承诺');
		expect(guide.text).not.toContain(`/portal/onethings/${code}/apply"`);
		const apply = await w.api.get(`/portal/onethings/${code}/apply`);
		expect(apply.text).toContain('data-testid="retired-members"');
		// and the decide endpoint refuses as the pages do, naming the member, in the reader's language
		const memberName = detail.body.staleMembers[0].name as string;
		const refusedDecision = await decide();
		expectProblem(refusedDecision, 409);
		expect(refusedDecision.body).toMatchObject({
			type: expect.stringMatching(/onething-member-retired$/),
			title: '成员事项已取消，暂不能联办',
			members: [
				{
					code: own[1],
					name: memberName,
					reason: '改为告知承诺',
					retiredAt: expect.any(String),
					versions: `/api/v1/portal/items/${own[1]}/versions`
				}
			]
		});
		expect(refusedDecision.body.detail).toContain(`“${memberName}”（${own[1]}`);
		expect(refusedDecision.body.detail).toContain('改为告知承诺');
		expect(refusedDecision.body.detail).not.toContain(own[0]);
		const inEnglish = await decide({ 'accept-language': 'en' });
		expectProblem(inEnglish, 409);
		expect(inEnglish.body.title).toBe('A member item was retired: no joint application for now');
		expect(inEnglish.body.detail).toContain(`"${memberName}" (${own[1]}, retired on`);
		// the link leads to the member's versions, which stay readable, as do the one-thing's
		expect((await w.api.get(refusedDecision.body.members[0].versions)).body).toMatchObject({
			code: own[1],
			retired: true
		});
		const pinned = await w.api.get(
			`/api/v1/portal/onethings/${code}/versions/${published.body.version.n}`
		);
		expect(pinned.status).toBe(200);
		expect(pinned.text).toBe(after.text);
		// an embedding page (the widget) is told the same through the portal API
		const told = await w.api.get(`/api/v1/portal/onethings/${code}/retired-members`);
		expect(told.status).toBe(200);
		expect(told.headers.get('access-control-allow-origin')).toBe('*');
		expect(told.body).toMatchObject({
			code,
			members: [{ code: own[1], reason: '改为告知承诺', retiredAt: expect.any(String) }]
		});

		// submitting again names the retired member at its place in the document
		const saved = await saveDraft(code, detail.body.revision, {
			...doc,
			name: '成员会取消的一件事（二）'
		});
		expect(saved.status).toBe(200);
		const refused = await submit(code);
		expectProblem(refused, 422);
		expect(refused.body.type).toMatch(/onething-members-unpublished$/);
		expect(refused.body.errors).toEqual([
			expect.objectContaining({ pointer: '/members/1', message: expect.stringContaining(own[1]) })
		]);
		expect(refused.body.errors[0].message).toMatch(/取消|retired/);
	});

	it('takes the approval of a one-thing whose member is retired: it goes to review again', async () => {
		const own = [
			await createItem(w, templateDocument('individual-business-registration')),
			await createItem(w, templateDocument('food-business-licence'))
		];
		for (const c of own) await publishItem(w, c);
		const code = `YJS-${w.tag}-6`;
		await approved(
			code,
			document(code, '批准后成员取消', { members: own.map((c) => ({ code: c, pin: 'latest' })) })
		);
		expect((await retire(own[0], '取消', { kind: 'items' })).status).toBe(200);
		const detail = await w.api.get(`/api/v1/onethings/${code}`, as('editorA'));
		expect(detail.body.status).toBe('draft');
		expectProblem(await publish(code), 409);
		const trail = await w.api.get(`/api/v1/onethings/${code}/trail`, as('editorA'));
		expect(trail.body.entries[0]).toMatchObject({
			action: 'onething.members-changed',
			detail: expect.objectContaining({ member: own[0], to: null })
		});
	});
});
