// The law registry over real HTTP: an administrator registers a law, items cite it (linked or by
// name), a search finds which items cite an article, an amendment lists every affected item and
// article, and applying it opens the right drafts — published items back to review with their
// citations updated or flagged, published versions untouched. On both engines.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem, templateDocument, type Json } from './client';
import { createItem, makeWorld, publishItem, type World } from './world';

const servers = inject('servers');

const article = (n: string) => ({ number: `第${n}条`, text: `第${n}条原文` });

describe.each(servers)('the law registry ($name)', (server) => {
	let w: World;
	let lawId: string;
	let title: string;
	const codes: Record<'moved' | 'kept' | 'draft' | 'inReview', string> = {
		moved: '',
		kept: '',
		draft: '',
		inReview: ''
	};

	function citing(doc: Record<string, Json>, basis: Json[], implementation?: Json[]) {
		const guide = doc.guide as Record<string, Json>;
		guide.legalBasis = basis;
		if (implementation) guide.implementationBasis = implementation;
		else delete guide.implementationBasis;
		return doc;
	}

	beforeAll(async () => {
		w = await makeWorld(server.url);
		lawId = `wild-${w.tag}`;
		title = `测试野生植物保护条例${w.tag}`;
		const r = await w.api.post(
			'/api/v1/laws',
			{
				id: lawId,
				title: `《${title}》`,
				docNumber: `测试令第${w.tag}号`,
				issuer: '国务院',
				level: 'administrative-regulation',
				effectiveOn: '1997-01-01',
				articles: ['十五', '十六', '十七', '十八'].map(article)
			},
			{ token: w.tokens.admin }
		);
		expect(r.status).toBe(201);
		expect(r.body.title).toBe(title);
		const free = (n: string) => ({ law: `《${title}》`, article: `第${n}条`, text: '旧文' });
		codes.moved = await createItem(
			w,
			citing(
				templateDocument('wild-plant-collection'),
				[free('十六')],
				[{ law: `《${title}》`, lawId, article: '第十五条' }]
			)
		);
		await publishItem(w, codes.moved);
		codes.kept = await createItem(
			w,
			citing(templateDocument('food-business-licence'), [free('十八')])
		);
		await publishItem(w, codes.kept);
		codes.draft = await createItem(
			w,
			citing(templateDocument('public-place-hygiene-licence'), [free('17')])
		);
		codes.inReview = await createItem(
			w,
			citing(templateDocument('social-security-card'), [free('十六')])
		);
		const submitted = await w.api.post(`/api/v1/items/${codes.inReview}/submit`, undefined, {
			token: w.tokens.editorA
		});
		expect(submitted.status).toBe(201);
	});

	it('lets only administrators register laws, and locates a bad article number', async () => {
		const law = {
			id: `other-${w.tag}`,
			title: `另一条例${w.tag}`,
			issuer: '国务院',
			level: 'administrative-regulation',
			effectiveOn: '2000-01-01',
			articles: [article('一')]
		};
		expectProblem(await w.api.post('/api/v1/laws', law, { token: w.tokens.editorA }), 403);
		const bad = await w.api.post(
			'/api/v1/laws',
			{ ...law, articles: [article('一'), { number: '附则', text: '' }, article('1')] },
			{ token: w.tokens.admin }
		);
		expectProblem(bad, 422);
		expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual([
			'/articles/1/number',
			'/articles/2/number'
		]);
		expectProblem(
			await w.api.post('/api/v1/laws', { ...law, id: lawId }, { token: w.tokens.admin }),
			409
		);
		const list = await w.api.get('/api/v1/laws', { token: w.tokens.editorB });
		expect(list.status).toBe(200);
		expect(list.body.laws.find((l: { id: string }) => l.id === lawId).articles).toHaveLength(4);
	});

	it('finds which items cite 《X》第 N 条, linked or by name, only in departments one may read', async () => {
		const r = await w.api.get(
			`/api/v1/citations?law=${encodeURIComponent(`《${title}》`)}&article=${encodeURIComponent('第16条')}`,
			{ token: w.tokens.reviewer }
		);
		expect(r.status).toBe(200);
		expect(r.body.law.id).toBe(lawId);
		expect(r.body.items.map((i: { code: string }) => i.code).sort()).toEqual(
			[codes.moved, codes.inReview].sort()
		);
		const byId = await w.api.get(`/api/v1/citations?law=${lawId}`, { token: w.tokens.reviewer });
		expect(byId.body.items).toHaveLength(4);
		const other = await w.api.get(`/api/v1/citations?law=${lawId}`, { token: w.tokens.editorB });
		expect(other.body.items).toEqual([]);
		const sql = await w.api.get(
			`/api/v1/citations?law=${encodeURIComponent("'; DROP TABLE items; --")}`,
			{ token: w.tokens.reviewer }
		);
		expect(sql.status).toBe(200);
		expect(sql.body).toEqual({ law: null, items: [] });
	});

	it('records an amendment, lists the affected items and articles, and opens the right drafts', async () => {
		const amendment = {
			kind: 'amendment',
			title: '2026年修订',
			effectiveOn: '2026-03-01',
			amended: [{ number: '第十五条', text: '修订后的第十五条' }],
			renumbered: [
				{ from: '第十六条', to: '第十五条' },
				{ from: '第十七条', to: '第十六条' }
			],
			deleted: ['第十五条'],
			added: []
		};
		expectProblem(
			await w.api.post(`/api/v1/laws/${lawId}/changes`, amendment, { token: w.tokens.editorA }),
			403
		);
		const wrong = await w.api.post(
			`/api/v1/laws/${lawId}/changes`,
			{ ...amendment, deleted: ['第九十九条'] },
			{ token: w.tokens.admin }
		);
		expectProblem(wrong, 422);
		expect(wrong.body.errors[0]).toMatchObject({ pointer: '/deleted/0', code: 'unknown-article' });

		const recorded = await w.api.post(`/api/v1/laws/${lawId}/changes`, amendment, {
			token: w.tokens.admin
		});
		expect(recorded.status).toBe(201);
		const impact = Object.fromEntries(
			recorded.body.impact.map((i: { code: string }) => [i.code, i])
		);
		expect(Object.keys(impact).sort()).toEqual([codes.moved, codes.draft, codes.inReview].sort());
		expect(impact[codes.moved].citations).toEqual([
			{
				pointer: '/guide/legalBasis/0',
				field: 'legalBasis',
				article: '第十六条',
				outcome: 'updated',
				reason: null,
				newArticle: '第十五条'
			},
			{
				pointer: '/guide/implementationBasis/0',
				field: 'implementationBasis',
				article: '第十五条',
				outcome: 'needs-decision',
				reason: 'article-deleted',
				newArticle: null
			}
		]);
		expect(impact[codes.inReview].blocked).toBe('in-review');
		const law = await w.api.get(`/api/v1/laws/${lawId}`, { token: w.tokens.reviewer });
		expect(law.body.law.articles.map((a: { number: string }) => a.number)).toEqual([
			'第十五条',
			'第十六条',
			'第十八条'
		]);

		const change = recorded.body.id;
		expectProblem(
			await w.api.post(`/api/v1/laws/${lawId}/changes/${change}/apply`, undefined, {
				token: w.tokens.reviewer
			}),
			403
		);
		const applied = await w.api.post(`/api/v1/laws/${lawId}/changes/${change}/apply`, undefined, {
			token: w.tokens.admin
		});
		expect(applied.status).toBe(200);
		const opened = Object.fromEntries(
			applied.body.opened.map((o: { code: string }) => [o.code, o])
		);
		expect(Object.keys(opened).sort()).toEqual([codes.moved, codes.draft].sort());
		expect(applied.body.skipped).toEqual([
			{ code: codes.inReview, name: expect.any(String), reason: 'in-review' }
		]);
		// the published item went back to review; its flagged basis is a lint error there
		expect(opened[codes.moved].review).toEqual(expect.any(Number));
		expect(opened[codes.moved].lintErrors).toBeGreaterThanOrEqual(1);
		// the never-published draft stays with its editors
		expect(opened[codes.draft].review).toBeNull();

		const moved = await w.api.get(`/api/v1/items/${codes.moved}`, { token: w.tokens.editorA });
		expect(moved.body.status).toBe('in-review');
		expect(moved.body.revision).toBe(2);
		expect(moved.body.document.guide.legalBasis[0]).toMatchObject({
			lawId,
			law: `《${title}》`,
			article: '第十五条',
			text: '修订后的第十五条',
			effectiveOn: '2026-03-01'
		});
		expect(moved.body.document.guide.implementationBasis[0].needsDecision).toBe('article-deleted');
		const draft = await w.api.get(`/api/v1/items/${codes.draft}`, { token: w.tokens.editorA });
		expect(draft.body.document.guide.legalBasis[0]).toMatchObject({ lawId, article: '第十六条' });
		expect(draft.body.status).toBe('draft');
		// published versions are never rewritten
		const v1 = await w.api.get(`/api/v1/portal/items/${codes.moved}/versions/1`);
		expect(v1.body.guide.legalBasis[0].article).toBe('第十六条');
		const kept = await w.api.get(`/api/v1/items/${codes.kept}`, { token: w.tokens.editorA });
		expect(kept.body.revision).toBe(1);

		expectProblem(
			await w.api.post(`/api/v1/laws/${lawId}/changes/${change}/apply`, undefined, {
				token: w.tokens.admin
			}),
			409
		);
		const after = await w.api.get(`/api/v1/laws/${lawId}`, { token: w.tokens.admin });
		const view = after.body.changes.find((c: { id: number }) => c.id === change);
		expect(view.appliedBy).toBe(w.users.admin);
		expect(view.drafts.map((d: { code: string }) => d.code).sort()).toEqual(
			[codes.moved, codes.draft].sort()
		);
		const audit = await w.api.get(`/api/v1/admin/audit?subject=law:${lawId}`, {
			token: w.tokens.admin
		});
		expect(audit.body.entries.map((e: { action: string }) => e.action)).toEqual(
			expect.arrayContaining(['law.create', 'law.amend', 'law.apply'])
		);
	});

	it('a repeal leaves every remaining citation for a decision, and no change is recorded after it', async () => {
		const repeal = await w.api.post(
			`/api/v1/laws/${lawId}/changes`,
			{ kind: 'repeal', title: '废止', effectiveOn: '2026-06-01' },
			{ token: w.tokens.admin }
		);
		expect(repeal.status).toBe(201);
		const codesHit = repeal.body.impact.map((i: { code: string }) => i.code).sort();
		expect(codesHit).toEqual([codes.moved, codes.kept, codes.draft, codes.inReview].sort());
		expect(
			repeal.body.impact.every((i: { citations: { reason: string }[] }) =>
				i.citations.every((c) => c.reason === 'law-repealed')
			)
		).toBe(true);
		expectProblem(
			await w.api.post(
				`/api/v1/laws/${lawId}/changes`,
				{ kind: 'repeal', title: '再次废止', effectiveOn: '2026-07-01' },
				{ token: w.tokens.admin }
			),
			409
		);
		expectProblem(await w.api.get('/api/v1/laws/no-such-law', { token: w.tokens.admin }), 404);
	});
});
