// Issue 14 item 9: an editor's autosaves make one working revision per sitting instead of one
// revision per keystroke pause; submissions, decisions, publications, names and restores are
// checkpoints that stay in the history as they were; a restore adds a revision and rewrites nothing;
// a copy based on an older revision is still refused.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines';
import { problemOf, registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();

describe.each(list)('working revisions and checkpoints ($name)', (engine) => {
	let w: RegistryWorld;
	beforeAll(async () => void (w = await registryWorld(engine)));
	afterAll(async () => w?.dispose());

	async function autosave(code: string, times: number, name: (i: number) => string) {
		let base = (await w.s.items.detail(w.editor, code)).revision;
		const doc = (await w.s.items.detail(w.editor, code)).document;
		for (let i = 0; i < times; i++)
			base = (
				await w.s.items.saveDraft(w.editor, code, {
					baseRevision: base,
					document: { ...doc, name: name(i) }
				})
			).revision;
		return base;
	}

	it('keeps many autosaves of one sitting as one working revision', async () => {
		const doc = templateDoc('food-business-licence', '901');
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		const last = await autosave(doc.code, 12, (i) => `${doc.name}·${i}`);
		// every save still moves the revision number on
		expect(last).toBe(13);
		const history = await w.s.revisionHistory.revisions(w.editor, doc.code);
		expect(history.map((r) => r.n)).toEqual([13, 1]);
		expect(history[0]).toMatchObject({ saves: 12, checkpoints: [] });
		expect(history[1].checkpoints.map((c) => c.kind)).toEqual(['created']);
		const current = await w.s.revisionHistory.revision(w.editor, doc.code, 13);
		expect(current.document.name).toBe(`${doc.name}·11`);
		// the audit log still has every save
		const saves = await sql<{ n: number }>`select count(*)::int as n from audit_log
			where action = 'item.save' and subject = ${`item:${doc.code}`}`.execute(w.opened.db);
		expect(saves.rows[0].n).toBe(12);
	});

	it('refuses a copy based on a revision the working revision moved past (409)', async () => {
		const doc = templateDoc('food-business-licence', '902');
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		await autosave(doc.code, 3, (i) => `${doc.name}·${i}`);
		const p = await problemOf(
			w.s.items.saveDraft(w.editor, doc.code, {
				baseRevision: 2,
				document: { ...doc, name: `${doc.name}·另一处` }
			})
		);
		expect(p.status).toBe(409);
		expect(p.body).toMatchObject({ currentRevision: 4 });
		expect((await w.s.items.detail(w.editor, doc.code)).document.name).toBe(`${doc.name}·2`);
	});

	it('keeps the submitted and returned revision as a checkpoint; the next edit starts a new one', async () => {
		const doc = templateDoc('food-business-licence', '903');
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		const submitted = await autosave(doc.code, 2, (i) => `${doc.name}·${i}`);
		const review = await w.s.reviews.submit(w.editor, doc.code);
		await w.s.reviews.decide(w.reviewer, review.id, 'return', [{ text: '请补充依据' }]);
		const after = await autosave(doc.code, 3, (i) => `${doc.name}·改${i}`);
		const history = await w.s.revisionHistory.revisions(w.editor, doc.code);
		expect(history.map((r) => r.n)).toEqual([after, submitted, 1]);
		const checkpoint = history.find((r) => r.n === submitted)!;
		expect(checkpoint.checkpoints.map((c) => [c.kind, c.by])).toEqual([
			['submitted', 'ed'],
			['returned', 'rv']
		]);
		expect((await w.s.revisionHistory.revision(w.editor, doc.code, submitted)).document.name).toBe(
			`${doc.name}·1`
		);
		expect(history[0]).toMatchObject({ saves: 3, checkpoints: [] });
	});

	it('names a checkpoint on request, and later saves leave it as it was', async () => {
		const doc = templateDoc('food-business-licence', '904');
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		const named = await autosave(doc.code, 2, (i) => `${doc.name}·${i}`);
		const summary = await w.s.revisionHistory.checkpoint(w.editor, doc.code, {
			baseRevision: named,
			label: '  收费调整前  '
		});
		expect(summary.checkpoints).toContainEqual(
			expect.objectContaining({ kind: 'named', label: '收费调整前', by: 'ed' })
		);
		const next = await autosave(doc.code, 2, (i) => `${doc.name}·后${i}`);
		expect(next).toBe(named + 2);
		expect((await w.s.revisionHistory.revision(w.editor, doc.code, named)).document.name).toBe(
			`${doc.name}·1`
		);
		const stale = await problemOf(
			w.s.revisionHistory.checkpoint(w.editor, doc.code, { baseRevision: named, label: '过时' })
		);
		expect(stale.status).toBe(409);
		const blank = await problemOf(
			w.s.revisionHistory.checkpoint(w.editor, doc.code, { baseRevision: next, label: '   ' })
		);
		expect(blank.status).toBe(400);
		expect(blank.body.errors).toContainEqual(expect.objectContaining({ pointer: '/label' }));
	});

	it('restores an old revision as a new draft revision, audited, history untouched', async () => {
		const doc = templateDoc('food-business-licence', '905');
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		const current = await autosave(doc.code, 2, (i) => `${doc.name}·${i}`);
		const before = await w.s.revisionHistory.revisions(w.editor, doc.code);
		const stale = await problemOf(
			w.s.revisionHistory.restore(w.editor, doc.code, 1, { baseRevision: 1 })
		);
		expect(stale.status).toBe(409);
		const missing = await problemOf(
			w.s.revisionHistory.restore(w.editor, doc.code, 2, { baseRevision: current })
		);
		expect(missing.status).toBe(404);

		const restored = await w.s.revisionHistory.restore(w.editor, doc.code, 1, {
			baseRevision: current
		});
		expect(restored.revision).toBe(current + 1);
		expect(restored.document.name).toBe(doc.name);
		expect(restored.status).toBe('draft');
		const after = await w.s.revisionHistory.revisions(w.editor, doc.code);
		expect(after.slice(1)).toEqual(before);
		expect(after[0].checkpoints).toContainEqual(
			expect.objectContaining({ kind: 'restored', from: 1, by: 'ed' })
		);
		// the restored revision is a checkpoint: the next save is a revision of its own
		const next = await autosave(doc.code, 1, () => `${doc.name}·恢复后`);
		expect((await w.s.revisionHistory.revisions(w.editor, doc.code)).map((r) => r.n)).toEqual([
			next,
			current + 1,
			current,
			1
		]);
		const audit = await sql<{ detail: unknown }>`select detail from audit_log
			where action = 'item.restore' and subject = ${`item:${doc.code}`}`.execute(w.opened.db);
		expect(audit.rows).toHaveLength(1);
		const detail = audit.rows[0].detail;
		expect(typeof detail === 'string' ? JSON.parse(detail) : detail).toMatchObject({
			restoredFrom: 1,
			revision: current + 1
		});
	});

	it('keeps the published revision, and the reviewer may not restore', async () => {
		const doc = templateDoc('food-business-licence', '906');
		await w.publish(doc);
		const detail = await w.s.items.detail(w.editor, doc.code);
		const history = await w.s.revisionHistory.revisions(w.editor, doc.code);
		expect(history[0].checkpoints.map((c) => c.kind)).toEqual([
			'created',
			'submitted',
			'approved',
			'published'
		]);
		const p = await problemOf(
			w.s.revisionHistory.restore(w.reviewer, doc.code, 1, { baseRevision: detail.revision })
		);
		expect(p.status).toBe(403);
		// a save after publishing is a new revision, not an edit of the published one
		const next = await autosave(doc.code, 2, (i) => `${doc.name}·新${i}`);
		expect((await w.s.revisionHistory.revisions(w.editor, doc.code)).map((r) => r.n)).toEqual([
			next,
			1
		]);
	});
});
