// The portal pages keep what they read (the version in force, the calendar) while nothing it depends
// on changed; a publication, a retirement or a calendar change shows on the very next page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCalendarOverride } from '../../src/lib/server/db/calendar';
import type { Json } from '../fixtures/json';
import { engines } from './engines';
import { problemOf, registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();

describe.each(list)('what the portal pages read ($name)', (engine) => {
	let w: RegistryWorld;
	let doc: Json;

	beforeAll(async () => {
		w = await registryWorld(engine);
		doc = templateDoc('food-business-licence', '21');
		await w.publish(doc);
	});
	afterAll(async () => {
		await w?.dispose();
	});

	it('shows a new version, a new calendar and a retirement on the next page', async () => {
		const code = doc.code as string;
		const first = await w.s.portal.forPage(code);
		expect(first.version.n).toBe(1);
		expect((await w.s.portal.forPage(code)).version).toEqual(first.version);

		await w.s.items.saveDraft(w.editor, code, {
			baseRevision: 1,
			document: { ...doc, name: `${doc.name as string}（第二版）` }
		});
		expect(await w.republish(code)).toBe(2);
		const second = await w.s.portal.forPage(code);
		expect(second.version.n).toBe(2);
		expect(JSON.parse(second.version.bundle).name).toMatch(/第二版/);

		const override = { holidays: ['2026-12-24'], workdays: [] };
		await insertCalendarOverride(w.opened.db, override, w.reviewer.id);
		expect((await w.s.portal.forPage(code)).calendar.override).toEqual(override);

		await w.s.publishing.retire(w.reviewer, code, { reason: '事项取消' });
		const gone = await problemOf(w.s.portal.forPage(code));
		expect(gone.status).toBe(410);
	});
});
