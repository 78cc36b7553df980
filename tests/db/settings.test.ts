// The settings service on each engine: versions append, a stale base is refused, and what the
// review desk shows and the publish gate refuses follow the version in force at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/auth/actor';
import { actorById } from '../../src/lib/server/services/session';
import { createUser } from '../../src/lib/server/services/users';
import { engines } from './engines';
import { problemOf, registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();

/** A template whose form has one field without a title (a warning by default). */
function untitled(suffix: string) {
	const doc = templateDoc('wild-plant-collection', suffix);
	doc.form = { schema: { type: 'object', properties: { note: { type: 'string' } } }, uiSchema: {} };
	for (const m of doc.materials) delete m.condition;
	return doc;
}

describe.each(list)('settings ($name)', (engine) => {
	let w: RegistryWorld;
	let admin: Actor;
	beforeAll(async () => {
		w = await registryWorld(engine);
		const a = await createUser(
			w.opened.db,
			{ username: 'adm', password: 'a-long-enough-phrase', role: 'admin' },
			{ id: null, username: 'test' }
		);
		admin = (await actorById(w.opened.db, a.id))!;
	});
	afterAll(async () => w?.dispose());

	it('appends versions, refuses a stale base and keeps the one in force unchanged', async () => {
		expect((await w.s.settings.current()).version).toBe(0);
		const saved = await w.s.settings.save(admin, {
			baseVersion: 0,
			settings: { supplementDays: 7 }
		});
		expect(saved).toMatchObject({ version: 1, createdBy: 'adm' });
		expect(saved.settings.supplementDays).toBe(7);
		const stale = await problemOf(
			w.s.settings.save(admin, { baseVersion: 0, settings: { supplementDays: 9 } })
		);
		expect(stale.status).toBe(409);
		expect((await w.s.settings.current()).settings.supplementDays).toBe(7);
		expect((await w.s.settings.history(admin)).map((v) => v.n)).toEqual([1]);
		expect((await problemOf(w.s.settings.history(w.editor))).status).toBe(403);
	});

	it('the review desk and the publish gate follow a raised severity at once', async () => {
		const doc = untitled('700');
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		const review = await w.s.reviews.submit(w.editor, doc.code);
		const errorsOnDesk = async () =>
			(await w.s.reviewDesk.page(w.reviewer, doc.code, null)).lint.errors;
		expect(await errorsOnDesk()).toBe(0);

		const impact = await w.s.settings.impact(admin, {
			rules: { 'form-field-untitled': 'error' }
		});
		expect(impact.blocked.map((b) => b.code)).toEqual([doc.code]);
		const { version } = await w.s.settings.current();
		await w.s.settings.save(admin, {
			baseVersion: version,
			settings: {
				...(await w.s.settings.current()).settings,
				rules: { 'form-field-untitled': 'error' }
			}
		});
		expect(await errorsOnDesk()).toBe(1);

		await w.s.reviews.decide(w.reviewer, review.id, 'approve', []);
		const refused = await problemOf(w.s.publishing.publish(w.editor, doc.code, {}));
		expect(refused.status).toBe(422);
		expect(refused.body.errors?.map((e) => e.code)).toEqual(['form-field-untitled']);
	});
});
