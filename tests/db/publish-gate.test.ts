// Issue 12, item 7: no version exists unless its bundle compiles, its form can be drawn and its
// precompiled validators can be built. Refusals are located 422s and leave nothing published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines';
import { problemOf, registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();

describe.each(list)('the publish gate ($name)', (engine) => {
	let w: RegistryWorld;
	beforeAll(async () => void (w = await registryWorld(engine)));
	afterAll(async () => w?.dispose());

	it('refuses "maximum": 1e400 at save, located, instead of storing null', async () => {
		const doc = templateDoc('food-business-licence', '500');
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		const edited = {
			...doc,
			form: { ...doc.form, schema: { ...doc.form.schema, maximum: 'BIG' } }
		};
		// the text a client sends: JSON.parse reads 1e400 as Infinity
		const text = JSON.stringify(edited).replace('"maximum":"BIG"', '"maximum":1e400');
		const p = await problemOf(
			w.s.items.saveDraft(w.editor, doc.code, { baseRevision: 1, document: JSON.parse(text) })
		);
		expect(p.status).toBe(422);
		expect(p.body.errors).toContainEqual(
			expect.objectContaining({ pointer: '/form/schema/maximum', code: 'invalid-number' })
		);
		expect((await w.s.items.detail(w.editor, doc.code)).revision).toBe(1);
	});

	it('refuses to publish a form that refers back to itself, located at the $ref', async () => {
		const doc = templateDoc('wild-plant-collection', '501');
		doc.form.schema.properties.again = { $ref: '#' };
		await w.s.items.create(w.editor, { document: doc, department: 'market' });
		const review = await w.s.reviews.submit(w.editor, doc.code);
		await w.s.reviews.decide(w.reviewer, review.id, 'approve', []);
		const p = await problemOf(w.s.publishing.publish(w.editor, doc.code, {}));
		expect(p.status).toBe(422);
		expect(p.body.errors).toContainEqual(
			expect.objectContaining({ pointer: '/form/schema/properties/again/$ref' })
		);
		const detail = await w.s.items.detail(w.editor, doc.code);
		expect(detail.latestVersion).toBeNull();
		expect(detail.status).toBe('approved');
		expect((await w.s.portal.items({ q: doc.code, limit: 5, offset: 0 })).total).toBe(0);
	});
});
