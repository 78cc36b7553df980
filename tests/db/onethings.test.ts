// 一件事 (one-things) through the items' workflow, on each engine: created, saved with optimistic
// concurrency, previewed, submitted, approved and published; refused while its members conflict;
// stale when a member publishes anew (review desk, detail) while the published one keeps serving.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OneThing } from '../../src/lib/domain/onething/types';
import { engines } from './engines';
import { problemOf, registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();

/** A one-thing of these members, following their latest versions. */
function oneThingDoc(code: string, members: string[], extra: Partial<OneThing> = {}): OneThing {
	return {
		schemaVersion: 1,
		documentType: 'onething',
		code,
		name: `开办餐饮店（${code}）`,
		theme: { kind: 'business-event', name: '开办餐饮店' },
		leadDepartment: { name: '示范市市场监督管理局', creditCode: '114101000058032243' },
		members: members.map((c) => ({ code: c, pin: 'latest' as const })),
		sharedFields: [],
		guide: {
			summary: '一次申请，同时办理个体工商户登记和食品经营许可。',
			process: [{ name: '一窗受理' }, { name: '并联审批' }, { name: '统一出件' }],
			jointTimeLimit: { value: 7, unit: 'workday' },
			window: {
				name: '示范市政务服务中心综合窗口',
				address: '示范市人民路 1 号',
				hours: '9:00–17:00'
			},
			consult: { phones: ['12345'] }
		},
		...extra
	};
}

/** A member item's draft with a changed guide summary, published again: its next version. */
async function changeAndRepublish(w: RegistryWorld, code: string): Promise<number> {
	const detail = await w.s.items.detail(w.editor, code);
	const doc = structuredClone(detail.document) as { name: string };
	doc.name = `${doc.name}（修订 ${detail.revision}）`;
	await w.s.items.saveDraft(w.editor, code, { baseRevision: detail.revision, document: doc });
	return w.republish(code);
}

describe.each(list)('one-things through the workflow ($name)', (engine) => {
	let w: RegistryWorld;
	let ib: string;
	let food: string;
	beforeAll(async () => {
		w = await registryWorld(engine);
		const a = templateDoc('individual-business-registration', '900');
		const b = templateDoc('food-business-licence', '901');
		await w.publish(a);
		await w.publish(b);
		[ib, food] = [a.code, b.code];
	});
	afterAll(async () => w?.dispose());

	it('goes from a blank draft to a published one-thing the portal decides, with 409 on a stale save', async () => {
		const created = await w.s.onethings.create(w.editor, {
			name: '开办餐饮店',
			code: 'YJS-TEST-1',
			department: 'market'
		});
		expect(created).toMatchObject({
			code: 'YJS-TEST-1',
			status: 'draft',
			revision: 1,
			valid: false
		});
		expect(created.document.members).toEqual([]);
		// the code is taken in the one namespace of items and one-things
		expect((await problemOf(w.s.items.detail(w.editor, 'YJS-TEST-1'))).status).toBe(404);
		const doc = oneThingDoc('YJS-TEST-1', [ib, food]);
		const saved = await w.s.onethings.saveDraft(w.editor, 'YJS-TEST-1', {
			baseRevision: 1,
			document: doc
		});
		expect(saved).toMatchObject({ revision: 2, status: 'draft', valid: true });
		const lost = await problemOf(
			w.s.onethings.saveDraft(w.editor, 'YJS-TEST-1', {
				baseRevision: 1,
				document: { ...doc, name: '另一个名称' }
			})
		);
		expect(lost.status).toBe(409);
		expect(lost.body).toMatchObject({ currentRevision: 2, author: 'ed' });
		expect((lost.body as { type: string }).type).toMatch(/stale-revision$/);

		const preview = await w.s.onethings.preview(w.editor, 'YJS-TEST-1', {});
		expect(preview.errors).toEqual([]);
		expect(preview.conflicts).toEqual([]);
		expect(preview.members.map((m) => [m.code, m.version])).toEqual([
			[ib, 1],
			[food, 1]
		]);
		expect(preview.bundle?.members.map((m) => m.code)).toEqual([ib, food]);

		const review = await w.s.onethings.submit(w.editor, 'YJS-TEST-1');
		expect(review).toMatchObject({ type: 'onething', item: 'YJS-TEST-1', state: 'pending' });
		const queue = await w.s.reviews.list(w.reviewer, 'pending');
		expect(queue.find((r) => r.id === review.id)).toMatchObject({
			type: 'onething',
			staleMembers: []
		});
		await w.s.reviews.decide(w.reviewer, review.id, 'approve', []);
		const published = await w.s.onethings.publish(w.editor, 'YJS-TEST-1', {});
		expect(published.version.n).toBe(1);
		expect(published.members).toEqual([
			expect.objectContaining({ code: ib, version: 1 }),
			expect.objectContaining({ code: food, version: 1 })
		]);

		const portal = await w.s.portal.oneThings({ limit: 20, offset: 0 });
		expect(portal.onethings.map((o) => o.code)).toEqual(['YJS-TEST-1']);
		// not an item of the portal's catalog
		expect((await w.s.portal.items({ q: 'YJS-TEST-1', limit: 5, offset: 0 })).total).toBe(0);
		const current = await w.s.portal.oneThingCurrent('YJS-TEST-1');
		expect(current.hash).toBe(published.version.hash);
		const decided = await w.s.portal.decideOneThing('YJS-TEST-1', {
			submission: { form: {}, materials: {}, commitment: false }
		});
		expect(decided.version).toBe(1);
		expect(decided.decision.members.map((m) => m.code)).toEqual([ib, food]);
		expect(['supplement', 'reject']).toContain(decided.decision.decision);

		const changes = await w.s.portal.changes(0, 100);
		expect(changes.changes.at(-1)).toMatchObject({
			type: 'onething',
			code: 'YJS-TEST-1',
			event: 'published',
			version: 1,
			href: '/api/v1/portal/onethings/YJS-TEST-1/versions/1'
		});
	});

	it('refuses to publish while members conflict, naming them, and publishes nothing', async () => {
		await w.s.onethings.create(w.editor, {
			name: '冲突的一件事',
			code: 'YJS-TEST-2',
			department: 'market'
		});
		const doc = oneThingDoc('YJS-TEST-2', [ib, food], {
			name: '冲突的一件事',
			sharedFields: [
				{
					key: 'custom:capital-or-name',
					fields: [
						{ member: ib, path: ['business', 'capital'] },
						{ member: food, path: ['applicant', 'name'] }
					]
				}
			]
		});
		await w.s.onethings.saveDraft(w.editor, 'YJS-TEST-2', { baseRevision: 1, document: doc });
		const preview = await w.s.onethings.preview(w.editor, 'YJS-TEST-2', {});
		expect(preview.bundle).toBeNull();
		expect(preview.conflicts.length).toBeGreaterThan(0);
		const review = await w.s.onethings.submit(w.editor, 'YJS-TEST-2');
		await w.s.reviews.decide(w.reviewer, review.id, 'approve', []);
		const p = await problemOf(w.s.onethings.publish(w.editor, 'YJS-TEST-2', {}));
		expect(p.status).toBe(422);
		expect((p.body as { type: string }).type).toMatch(/onething-conflicts$/);
		const conflicts = (p.body as unknown as { conflicts: { members: string[] }[] }).conflicts;
		expect(conflicts[0].members).toEqual(expect.arrayContaining([ib, food]));
		const detail = await w.s.onethings.detail(w.editor, 'YJS-TEST-2');
		expect(detail.latestVersion).toBeNull();
		expect(detail.status).toBe('approved');
	});

	it('refuses to publish a joint time limit longer than any member promises (lint gate)', async () => {
		await w.s.onethings.create(w.editor, {
			name: '承诺过长的一件事',
			code: 'YJS-TEST-4',
			department: 'market'
		});
		const doc = oneThingDoc('YJS-TEST-4', [ib, food], { name: '承诺过长的一件事' });
		doc.guide.jointTimeLimit = { value: 30, unit: 'workday' };
		await w.s.onethings.saveDraft(w.editor, 'YJS-TEST-4', { baseRevision: 1, document: doc });
		const review = await w.s.onethings.submit(w.editor, 'YJS-TEST-4');
		await w.s.reviews.decide(w.reviewer, review.id, 'approve', []);
		const p = await problemOf(w.s.onethings.publish(w.editor, 'YJS-TEST-4', {}));
		expect(p.status).toBe(422);
		expect(p.body.errors).toContainEqual(
			expect.objectContaining({ code: 'onething-joint-time-limit' })
		);
		expect((await w.s.onethings.detail(w.editor, 'YJS-TEST-4')).latestVersion).toBeNull();
	});

	it('a member published anew makes one-things stale: listed, on the review desk, not approvable; the published one keeps serving', async () => {
		const before = await w.s.portal.oneThingCurrent('YJS-TEST-1');
		const ibVersion = await changeAndRepublish(w, ib);
		expect(ibVersion).toBe(2);
		const detail = await w.s.onethings.detail(w.editor, 'YJS-TEST-1');
		expect(detail.staleMembers).toEqual([
			expect.objectContaining({ code: ib, pin: 'latest', compiled: 1, current: 2 })
		]);
		expect((await w.s.onethings.list(w.editor, { limit: 20, offset: 0 })).onethings).toContainEqual(
			expect.objectContaining({ code: 'YJS-TEST-1', stale: true })
		);
		// the portal keeps the compiled members until the one-thing is published again
		const after = await w.s.portal.oneThingCurrent('YJS-TEST-1');
		expect(after.hash).toBe(before.hash);
		expect(after.n).toBe(1);

		// re-submitted: now with the new version; then the other member changes under review
		const doc = structuredClone(detail.document);
		doc.guide.summary += '（更新）';
		await w.s.onethings.saveDraft(w.editor, 'YJS-TEST-1', {
			baseRevision: detail.revision,
			document: doc
		});
		const review = await w.s.onethings.submit(w.editor, 'YJS-TEST-1');
		expect(review.staleMembers).toEqual([]);
		await changeAndRepublish(w, food);
		const queued = (await w.s.reviews.list(w.reviewer, 'pending')).find((r) => r.id === review.id)!;
		expect(queued.staleMembers).toEqual([
			expect.objectContaining({ code: food, compiled: 1, current: 2 })
		]);
		const desk = await w.s.reviewDesk.queue(w.reviewer, {});
		expect(desk.rows.find((r) => r.reviewId === review.id)).toMatchObject({
			type: 'onething',
			staleMembers: [expect.objectContaining({ code: food })]
		});
		const refused = await problemOf(w.s.reviews.decide(w.reviewer, review.id, 'approve', []));
		expect(refused.status).toBe(409);
		expect((refused.body as { type: string }).type).toMatch(/onething-members-changed$/);
		// returned, submitted again: the review records the new version and can be approved
		await w.s.reviews.decide(w.reviewer, review.id, 'return', [{ text: '成员事项已变更' }]);
		const again = await w.s.onethings.submit(w.editor, 'YJS-TEST-1');
		await w.s.reviews.decide(w.reviewer, again.id, 'approve', []);
		const v2 = await w.s.onethings.publish(w.editor, 'YJS-TEST-1', {});
		expect(v2.version.n).toBe(2);
		expect(v2.members.map((m) => m.version)).toEqual([2, 2]);
		expect((await w.s.onethings.detail(w.editor, 'YJS-TEST-1')).staleMembers).toEqual([]);
	});

	it('an approved one-thing whose member publishes anew is a draft again, to be submitted anew', async () => {
		await w.s.onethings.create(w.editor, {
			name: '待发布的一件事',
			code: 'YJS-TEST-3',
			department: 'market'
		});
		const doc = oneThingDoc('YJS-TEST-3', [ib, food], { name: '待发布的一件事' });
		await w.s.onethings.saveDraft(w.editor, 'YJS-TEST-3', { baseRevision: 1, document: doc });
		const review = await w.s.onethings.submit(w.editor, 'YJS-TEST-3');
		await w.s.reviews.decide(w.reviewer, review.id, 'approve', []);
		await changeAndRepublish(w, ib);
		const detail = await w.s.onethings.detail(w.editor, 'YJS-TEST-3');
		expect(detail.status).toBe('draft');
		expect((await problemOf(w.s.onethings.publish(w.editor, 'YJS-TEST-3', {}))).status).toBe(409);
		const again = await w.s.onethings.submit(w.editor, 'YJS-TEST-3');
		await w.s.reviews.decide(w.reviewer, again.id, 'approve', []);
		expect((await w.s.onethings.publish(w.editor, 'YJS-TEST-3', {})).members[0].version).toBe(3);
	});

	it('creates from a template under templates/onething, and refuses a code an item holds', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'banshi-onething-templates-'));
		mkdirSync(join(dir, 'onething'));
		writeFileSync(
			join(dir, 'onething', 'minimal.json'),
			JSON.stringify(oneThingDoc('YJS-TEMPLATE', [ib, food], { name: '模板一件事' }))
		);
		const previous = process.env.BANSHI_TEMPLATES_DIR;
		process.env.BANSHI_TEMPLATES_DIR = dir;
		try {
			expect(w.s.onethings.templates(w.editor)).toEqual([
				{
					slug: 'minimal',
					code: 'YJS-TEMPLATE',
					name: '模板一件事',
					themeKind: 'business-event',
					members: [ib, food]
				}
			]);
			const made = await w.s.onethings.create(w.editor, {
				template: 'minimal',
				department: 'market'
			});
			expect(made).toMatchObject({ code: 'YJS-TEMPLATE', valid: true, status: 'draft' });
			expect(made.document.members.map((m) => m.code)).toEqual([ib, food]);
		} finally {
			if (previous === undefined) delete process.env.BANSHI_TEMPLATES_DIR;
			else process.env.BANSHI_TEMPLATES_DIR = previous;
		}
		const taken = await problemOf(
			w.s.onethings.create(w.editor, { name: '占用编码', code: ib, department: 'market' })
		);
		expect(taken.status).toBe(409);
		// and item endpoints do not see one-things (nor one-thing endpoints items)
		expect((await problemOf(w.s.onethings.detail(w.editor, ib))).status).toBe(404);
		const items = await w.s.items.list(w.editor, { limit: 100, offset: 0 });
		expect(items.items.map((i) => i.code)).not.toContain('YJS-TEST-1');
	});
});
