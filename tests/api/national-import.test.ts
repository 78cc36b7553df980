// Importing a national platform exchange file over real HTTP: the preview says which items would be
// created and which changed and touches nothing; a file with an unknown code is refused with the
// place of the error and imports nothing; the import lands every item as a draft. On both engines.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Item } from '../../src/lib/domain/item/types';
import { toNational } from '../../src/lib/domain/national';
import { expectProblem, templateDocument } from './client';
import { createItem, makeWorld, ownedBy, type World } from './world';

const servers = inject('servers');

describe.each(servers)('national import ($name)', (server) => {
	let w: World;
	let existing: string;
	let changed: Item;
	let fresh: Item;
	let file: { items: ReturnType<typeof toNational>[] };
	const post = (body: unknown, token = w.tokens.editorA) =>
		w.api.post('/api/v1/imports/national', body, { token });
	const get = (code: string) => w.api.get(`/api/v1/items/${code}`, { token: w.tokens.editorA });

	beforeAll(async () => {
		w = await makeWorld(server.url);
		existing = await createItem(w, templateDocument('food-business-licence'));
		changed = (await get(existing)).body.document as unknown as Item;
		changed.guide.promisedTimeLimit = { value: 5, unit: 'workday' };
		fresh = ownedBy(w, templateDocument('wild-plant-collection')) as unknown as Item;
		file = { items: [toNational(changed), toNational(fresh)] };
	});

	it('previews what would be changed and created, and changes nothing', async () => {
		const r = await post({ file });
		expect(r.status).toBe(200);
		expect(r.body.committed).toBe(false);
		expect(r.body.items.map((i: { code: string; action: string }) => [i.code, i.action])).toEqual([
			[existing, 'change'],
			[fresh.code, 'create']
		]);
		expect((await get(fresh.code)).status).toBe(404);
		expect((await get(existing)).body.revision).toBe(1);
	});

	it('refuses a file with an unknown code, says where, and imports nothing', async () => {
		const broken = structuredClone(file);
		broken.items[1].basic.task_type = '77';
		const r = await post({ file: broken, commit: true });
		expectProblem(r, 422);
		expect(r.body.errors[0].pointer).toBe('/items/1/basic/task_type');
		expect(r.body.errors[0].message).toContain('77');
		expect((await get(fresh.code)).status).toBe(404);
		expect((await get(existing)).body.revision).toBe(1);
	});

	it('keeps department B out of department A’s items', async () => {
		const r = await post({ file, commit: true }, w.tokens.editorB);
		expectProblem(r, 403);
		expect((await get(fresh.code)).status).toBe(404);
	});

	it('imports every item as a draft, exactly as exported', async () => {
		const r = await post({ file, commit: true });
		expect(r.status).toBe(200);
		expect(r.body.committed).toBe(true);
		expect(
			r.body.items.map((i: { action: string; revision: number }) => [i.action, i.revision])
		).toEqual([
			['change', 2],
			['create', 1]
		]);
		const created = await get(fresh.code);
		expect(created.body.status).toBe('draft');
		expect(created.body.document).toEqual(fresh);
		const updated = await get(existing);
		expect(updated.body.revision).toBe(2);
		expect(updated.body.document.guide.promisedTimeLimit).toEqual({ value: 5, unit: 'workday' });

		const again = await post({ file });
		expect(again.body.items.map((i: { action: string }) => i.action)).toEqual(['same', 'same']);
	});
});
