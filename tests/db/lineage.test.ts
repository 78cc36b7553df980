// 事项沿革 on each engine: 划转 moves an item to another department as a new draft (its published
// versions untouched), 合并 and 拆分 create successors that name their predecessors, retire those with a
// reason naming the successors, and each side's trail shows the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/auth/actor';
import { insertDepartment } from '../../src/lib/server/db/departments';
import { getItemByCode } from '../../src/lib/server/db/items';
import { retirementOf } from '../../src/lib/server/db/retirements';
import { getRevision } from '../../src/lib/server/db/revisions';
import { listVersions } from '../../src/lib/server/db/versions';
import type { Item } from '../../src/lib/domain/item/types';
import { actorById } from '../../src/lib/server/services/session';
import { createUser } from '../../src/lib/server/services/users';
import { engines } from './engines';
import { problemOf, registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();
const COUNTY = { code: 'county', name: '县市场监管局', creditCode: '11141000MB0000000L' };

describe.each(list)('事项沿革 ($name)', (engine) => {
	let w: RegistryWorld;
	let admin: Actor;

	beforeAll(async () => {
		w = await registryWorld(engine);
		await insertDepartment(w.opened.db, COUNTY);
		const a = await createUser(
			w.opened.db,
			{ username: 'adm', password: 'a-long-enough-phrase', role: 'admin' },
			{ id: null, username: 'test' }
		);
		admin = (await actorById(w.opened.db, a.id))!;
	});
	afterAll(async () => w?.dispose());

	const current = async (code: string) => {
		const row = (await getItemByCode(w.opened.db, code))!;
		const rev = (await getRevision(w.opened.db, row.id, row.current_revision))!;
		return { row, doc: rev.document as unknown as Item };
	};
	const trail = async (code: string) => (await w.s.reviewDesk.trail(admin, code)).entries;

	it('a 下放 makes a new draft of the receiving department; the published version stays', async () => {
		const doc = templateDoc('food-business-licence', '801');
		await w.publish(doc);
		const before = await current(doc.code as string);
		const versions = await listVersions(w.opened.db, before.row.id);

		const detail = await w.s.lineage.transfer(admin, doc.code as string, {
			department: 'county',
			mode: 'delegate',
			basis: '市政发〔2026〕8号'
		});
		expect(detail.status).toBe('draft');
		const after = await current(doc.code as string);
		expect(after.row.department_code).toBe('county');
		expect(after.row.current_revision).toBe(before.row.current_revision + 1);
		expect(after.doc.department.creditCode).toBe(COUNTY.creditCode);
		expect(after.doc.guide.entrustment).toMatchObject({
			mode: 'delegate',
			basis: '市政发〔2026〕8号'
		});
		expect(after.doc.guide.lineage).toMatchObject({
			change: 'delegate',
			predecessors: [{ code: doc.code, version: 1 }]
		});
		expect(await listVersions(w.opened.db, before.row.id)).toEqual(versions);
		const [last] = await trail(doc.code as string);
		expect(last).toMatchObject({
			action: 'item.delegate',
			actor: 'adm',
			detail: { from: 'market', to: 'county', lastVersion: 1 }
		});
		// the market's editor no longer edits it
		const refused = await problemOf(
			w.s.items.saveDraft(w.editor, doc.code as string, {
				baseRevision: after.row.current_revision,
				document: after.doc
			})
		);
		expect(refused.status).toBe(403);
	});

	it('only an administrator transfers, and never to the department that holds the item', async () => {
		const doc = templateDoc('food-business-licence', '802');
		await w.publish(doc);
		expect(
			(
				await problemOf(
					w.s.lineage.transfer(w.reviewer, doc.code as string, { department: 'county' })
				)
			).status
		).toBe(403);
		const same = await problemOf(
			w.s.lineage.transfer(admin, doc.code as string, { department: 'market' })
		);
		expect(same.status).toBe(422);
		expect(same.body.errors?.[0].pointer).toBe('/department');
		const unknown = await problemOf(
			w.s.lineage.transfer(admin, doc.code as string, { department: 'nowhere' })
		);
		expect(unknown.status).toBe(422);
	});

	it('a merge creates one item naming both; the predecessors are retired naming it', async () => {
		const a = templateDoc('food-business-licence', '811');
		const b = templateDoc('food-business-licence', '812');
		await w.publish(a);
		await w.publish(b);
		const b1 = await current(b.code as string);
		await w.s.items.saveDraft(w.editor, b.code as string, {
			baseRevision: b1.row.current_revision,
			document: { ...b1.doc, guide: { ...b1.doc.guide, visits: b1.doc.guide.visits === 0 ? 1 : 0 } }
		});
		await w.republish(b.code as string);
		const code = templateDoc('food-business-licence', '819').code as string;

		const result = await w.s.lineage.merge(admin, {
			codes: [a.code as string, b.code as string],
			code,
			name: '食品经营许可（合并）'
		});
		expect(result).toEqual({
			successors: [code],
			predecessors: [
				{ code: a.code, lastVersion: 1 },
				{ code: b.code, lastVersion: 2 }
			]
		});
		const successor = await current(code);
		expect(successor.row.status).toBe('draft');
		expect(successor.row.department_code).toBe('market');
		expect(successor.doc.guide.lineage).toMatchObject({
			change: 'merge',
			predecessors: [
				{ code: a.code, version: 1 },
				{ code: b.code, version: 2 }
			]
		});
		for (const p of [a, b]) {
			const row = (await getItemByCode(w.opened.db, p.code as string))!;
			expect(row.status).toBe('retired');
			expect((await retirementOf(w.opened.db, row.id))?.reason).toContain(code);
			expect((await trail(p.code as string))[0]).toMatchObject({
				action: 'item.retire',
				detail: { change: 'merge', successors: [code] }
			});
		}
		expect((await trail(code))[0]).toMatchObject({
			action: 'item.create',
			detail: { change: 'merge', predecessors: result.predecessors }
		});
	});

	it('a split creates the parts; a draft never published, or a code taken, refuses the whole change', async () => {
		const a = templateDoc('food-business-licence', '821');
		await w.publish(a);
		const draft = templateDoc('food-business-licence', '822');
		await w.s.items.create(w.editor, { document: draft, department: 'market' });
		const p1 = templateDoc('food-business-licence', '823').code as string;
		const p2 = templateDoc('food-business-licence', '824').code as string;

		const never = await problemOf(
			w.s.lineage.merge(admin, {
				codes: [a.code as string, draft.code as string],
				code: p1,
				name: 'x'
			})
		);
		expect(never.status).toBe(409);
		const taken = await problemOf(
			w.s.lineage.split(admin, a.code as string, {
				parts: [
					{ code: p1, name: '甲' },
					{ code: draft.code as string, name: '乙' }
				]
			})
		);
		expect(taken.status).toBe(409);
		expect((await getItemByCode(w.opened.db, a.code as string))!.status).toBe('published');
		expect(await getItemByCode(w.opened.db, p1)).toBeUndefined();

		const result = await w.s.lineage.split(admin, a.code as string, {
			parts: [
				{ code: p1, name: '食品经营许可（甲）' },
				{ code: p2, name: '食品经营许可（乙）' }
			]
		});
		expect(result.successors).toEqual([p1, p2]);
		for (const code of [p1, p2])
			expect((await current(code)).doc.guide.lineage).toMatchObject({
				change: 'split',
				predecessors: [{ code: a.code, version: 1 }]
			});
		expect((await getItemByCode(w.opened.db, a.code as string))!.status).toBe('retired');
	});
});
