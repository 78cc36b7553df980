// Issue 12, item 1: the public sees published versions only. A draft saved with a new name after
// publication must not be found by the portal search, listed under its new kind, or written into the
// static export; and an export into the folder of an earlier one mirrors the registry, so a retired
// item's current file is gone.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPortal } from '../../src/lib/server/export';
import type { Json } from '../fixtures/json';
import { engines } from './engines';
import { registryWorld, templateDoc, type RegistryWorld } from './registry-world';

const list = await engines();

describe.each(list)('public reads come from published versions ($name)', (engine) => {
	let w: RegistryWorld;
	let doc: Json;
	const dirs: string[] = [];

	beforeAll(async () => {
		w = await registryWorld(engine);
		doc = templateDoc('food-business-licence', '11');
		await w.publish(doc);
		// the draft after publication: a new name and kind nobody has reviewed
		await w.s.items.saveDraft(w.editor, doc.code, {
			baseRevision: 1,
			document: { ...doc, name: '未经审核的新名称', kind: 'public-service' }
		});
	});
	afterAll(async () => {
		dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
		await w?.dispose();
	});

	it('the portal search finds the published name, never the draft’s', async () => {
		const byDraft = await w.s.portal.items({ q: '未经审核', limit: 10, offset: 0 });
		expect(byDraft.total).toBe(0);
		const byPublished = await w.s.portal.items({ q: doc.name, limit: 10, offset: 0 });
		expect(byPublished.items.map((i) => [i.code, i.name, i.kind])).toEqual([
			[doc.code, doc.name, doc.kind]
		]);
	});

	it('filters by the published kind', async () => {
		const asDraft = await w.s.portal.items({ kind: 'public-service', limit: 10, offset: 0 });
		expect(asDraft.items.map((i) => i.code)).not.toContain(doc.code);
		const asPublished = await w.s.portal.items({ kind: doc.kind, limit: 10, offset: 0 });
		expect(asPublished.items.map((i) => i.code)).toContain(doc.code);
	});

	it('finds the item by the department named in its published bundle', async () => {
		const r = await w.s.portal.items({ q: doc.department.name, limit: 10, offset: 0 });
		expect(r.items.map((i) => i.code)).toContain(doc.code);
	});

	it('exports published names, and a later export removes a retired item’s current file', async () => {
		const out = mkdtempSync(join(tmpdir(), 'banshi-facts-'));
		dirs.push(out);
		const root = join(out, 'api/v1/portal/items');
		await exportPortal(w.opened.db, out);
		const listed = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
		expect(listed.items.map((i: { name: string }) => i.name)).toEqual([doc.name]);
		expect(readFileSync(join(root, 'index.json'), 'utf8')).not.toContain('未经审核');
		expect(existsSync(join(root, doc.code, 'index.json'))).toBe(true);

		await w.s.publishing.retire(w.reviewer, doc.code, { reason: '事项取消' });
		const again = await exportPortal(w.opened.db, out);
		expect(existsSync(join(root, doc.code, 'index.json'))).toBe(false);
		expect(again.removed).toEqual([join(root, doc.code, 'index.json')]);
		const versions = JSON.parse(readFileSync(join(root, doc.code, 'versions/index.json'), 'utf8'));
		expect(versions.retired).toBe(true);
		expect(existsSync(join(root, doc.code, 'versions/1/index.json'))).toBe(true);
		expect(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).total).toBe(0);
	});
});
