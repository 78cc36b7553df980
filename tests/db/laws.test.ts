// The law registry on each engine: a recorded amendment opens the right drafts (new revisions,
// published versions untouched), the review queue groups them under the change, a deleted article
// is flagged and lint reports it, and the demo registers the laws its templates cite and links them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/auth/actor';
import { getRevision } from '../../src/lib/server/db/revisions';
import { getItemByCode } from '../../src/lib/server/db/items';
import { listVersions } from '../../src/lib/server/db/versions';
import { lintItem } from '../../src/lib/domain/lint';
import type { Item } from '../../src/lib/domain/item/types';
import { seedDemo } from '../../src/lib/server/setup/demo';
import { createServices } from '../../src/lib/server/services';
import { actorById } from '../../src/lib/server/services/session';
import { createUser } from '../../src/lib/server/services/users';
import { engines } from './engines';
import { problemOf, registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();

const LAW = {
	id: 'wild-plants',
	title: '中华人民共和国野生植物保护条例',
	docNumber: '国务院令第204号',
	issuer: '国务院',
	level: 'administrative-regulation' as const,
	effectiveOn: '1997-01-01',
	articles: [
		{ number: '第十五条', text: '十五' },
		{ number: '第十六条', text: '十六' },
		{ number: '第十七条', text: '十七' }
	]
};

describe.each(list)('the law registry ($name)', (engine) => {
	let w: RegistryWorld;
	let admin: Actor;
	const published = templateDoc('wild-plant-collection', '701');
	const other = templateDoc('food-business-licence', '702');

	beforeAll(async () => {
		w = await registryWorld(engine);
		const a = await createUser(
			w.opened.db,
			{ username: 'adm', password: 'a-long-enough-phrase', role: 'admin' },
			{ id: null, username: 'test' }
		);
		admin = (await actorById(w.opened.db, a.id))!;
		await w.s.laws.create(admin, LAW);
		// cites 第十六条 by name (free text) and 第十五条 linked
		published.guide.implementationBasis = [
			{ law: '《野生植物保护条例》', lawId: 'wild-plants', article: '第十五条' }
		];
		await w.publish(published);
		await w.publish(other);
	});
	afterAll(async () => w?.dispose());

	it('an amendment opens a draft of the citing item only, grouped in the review queue', async () => {
		const change = await w.s.laws.recordChange(admin, 'wild-plants', {
			kind: 'amendment',
			title: '2026年修订',
			effectiveOn: '2026-03-01',
			renumbered: [{ from: '第十六条', to: '第十五条' }],
			deleted: ['第十五条'],
			amended: [{ number: '第十五条', text: '新十五' }]
		});
		expect(change.impact.map((i) => i.code)).toEqual([published.code]);
		expect((await problemOf(w.s.laws.apply(w.reviewer, 'wild-plants', change.id))).status).toBe(
			403
		);
		const result = await w.s.laws.apply(admin, 'wild-plants', change.id);
		expect(result.opened).toHaveLength(1);
		expect(result.opened[0]).toMatchObject({ code: published.code, revision: 2 });

		const { db } = w.opened;
		const row = (await getItemByCode(db, published.code as string))!;
		expect(row.status).toBe('in-review');
		const draft = (await getRevision(db, row.id, 2))!.document as unknown as Item;
		expect(draft.guide.legalBasis[0]).toMatchObject({
			lawId: 'wild-plants',
			article: '第十五条',
			text: '新十五'
		});
		expect(draft.guide.implementationBasis![0].needsDecision).toBe('article-deleted');
		expect(
			lintItem(draft, { locale: 'en' }).filter((f) => f.rule === 'legal-basis-needs-decision')
		).toEqual([expect.objectContaining({ pointer: '/guide/implementationBasis/0' })]);
		// the published version still reads as published
		const versions = await listVersions(db, row.id);
		expect(versions).toHaveLength(1);
		const v1 = (await getRevision(db, row.id, versions[0].revision))!.document as unknown as Item;
		expect(v1.guide.legalBasis[0].article).toBe('第十六条');
		// the other item is untouched
		const untouched = (await getItemByCode(db, other.code as string))!;
		expect(untouched.current_revision).toBe(1);

		const queue = await w.s.reviewDesk.queue(w.reviewer, {});
		const grouped = queue.rows.filter((r) => r.lawChange?.id === change.id);
		expect(grouped.map((r) => r.code)).toEqual([published.code]);
		expect(grouped[0].lawChange).toEqual({
			id: change.id,
			law: LAW.title,
			title: '2026年修订'
		});
		expect(grouped[0].lintErrors).toBeGreaterThanOrEqual(1);

		expect((await problemOf(w.s.laws.apply(admin, 'wild-plants', change.id))).status).toBe(409);
	});

	it('refuses an amendment naming articles the law does not have, saying where', async () => {
		const p = await problemOf(
			w.s.laws.recordChange(admin, 'wild-plants', {
				kind: 'amendment',
				title: '错误',
				effectiveOn: '2026-04-01',
				deleted: ['第九十条']
			})
		);
		expect(p.status).toBe(422);
		expect(p.body.errors).toEqual([
			expect.objectContaining({ pointer: '/deleted/0', code: 'unknown-article' })
		]);
	});
});

describe.each(list)('the demo registry ($name)', (engine) => {
	it('registers the laws the templates cite and links their citations', async () => {
		const opened = await engine.open();
		try {
			await seedDemo(opened.db);
			const s = createServices(opened.db, { locale: 'en' });
			const row = (await opened.db
				.selectFrom('users')
				.select('id')
				.where('username', '=', 'reviewer')
				.executeTakeFirst())!;
			const reviewer = (await actorById(opened.db, row.id))!;
			const laws = await s.laws.list(reviewer);
			expect(laws.length).toBeGreaterThanOrEqual(15);
			const wild = laws.find((l) => l.id === 'wild-plants-regulation')!;
			expect(wild.articles.map((a) => a.number)).toEqual(['第十六条', '第十七条']);
			const found = await s.laws.citing(reviewer, {
				law: '《野生植物保护条例》',
				article: '第16条'
			});
			expect(found.law?.id).toBe('wild-plants-regulation');
			expect(found.items).toHaveLength(1);
			expect(found.items[0].citations[0]).toMatchObject({
				lawId: 'wild-plants-regulation',
				article: '第十六条'
			});
		} finally {
			await opened.dispose();
		}
	});
});
