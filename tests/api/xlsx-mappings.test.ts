// The Excel column mapping a department keeps, on both engines: one editor saves it, a colleague of
// the same department is offered it with who saved it and when, another department is not, and a
// mapping that does not fit its header row is refused with the column named. The GET names the
// header row by its SHA-256, computed here independently of the app, so the published hash is pinned.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectProblem } from './client';
import { makeWorld, type World } from './world';

const servers = inject('servers');

const HEADERS = ['实施编码', '名称', '主管单位', '备注'];
const MAPPING = {
	layout: 'item',
	columns: { 实施编码: 'code', 名称: 'name', 主管单位: 'department' }
};
const PATH = '/api/v1/items/import-xlsx/mapping';
const hash = (headers: string[]) =>
	createHash('sha256').update(JSON.stringify(headers), 'utf8').digest('hex');
const query = (headers: string[], extra = '') => `${PATH}?hash=${hash(headers)}${extra}`;

describe.each(servers)("a department's Excel column mappings ($name)", (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	it('saved by one editor, offered to another editor of the department, with who and when', async () => {
		const before = Date.now();
		const saved = await w.api.put(
			PATH,
			{ headers: HEADERS, mapping: MAPPING },
			{ token: w.tokens.editorA }
		);
		expect(saved.status).toBe(200);

		const r = await w.api.get(query(HEADERS), { token: w.tokens.editorA2 });
		expect(r.status).toBe(200);
		expect(r.body.saved).toMatchObject({
			department: w.deptA,
			headers: HEADERS,
			mapping: MAPPING,
			savedBy: w.users.editorA
		});
		expect(Date.parse(r.body.saved.savedAt)).toBeGreaterThanOrEqual(before - 1000);

		// the same headers in another order are another layout
		const moved = await w.api.get(query([...HEADERS].reverse()), { token: w.tokens.editorA2 });
		expect(moved.body.saved).toBeNull();
	});

	it('the latest save wins, and names its editor', async () => {
		const material = { layout: 'material', columns: { 实施编码: 'code', 名称: 'name' } };
		const r = await w.api.put(
			PATH,
			{ headers: HEADERS, mapping: material },
			{ token: w.tokens.editorA2 }
		);
		expect(r.status).toBe(200);
		const again = await w.api.get(query(HEADERS), { token: w.tokens.editorA });
		expect(again.body.saved).toMatchObject({ mapping: material, savedBy: w.users.editorA2 });
	});

	it("is not offered to another department's editor, who cannot name that department either", async () => {
		const r = await w.api.get(query(HEADERS), { token: w.tokens.editorB });
		expect(r.status).toBe(200);
		expect(r.body.saved).toBeNull();
		expectProblem(
			await w.api.get(query(HEADERS, `&department=${w.deptA}`), { token: w.tokens.editorB }),
			403
		);
		expectProblem(
			await w.api.put(
				PATH,
				{ headers: HEADERS, mapping: MAPPING, department: w.deptA },
				{ token: w.tokens.editorB }
			),
			403
		);
		// who may not import may not read either
		expectProblem(await w.api.get(query(HEADERS), { token: w.tokens.reviewer }), 403);
	});

	it('offers back the mapping of a sheet with hundreds of Chinese headers', async () => {
		const wide = Array.from({ length: 600 }, (_, i) => `第${i + 1}列（申请材料名称及其法定依据）`);
		wide[0] = '实施编码';
		wide[1] = '名称';
		const mapping = { layout: 'item', columns: { 实施编码: 'code', 名称: 'name' } };
		const saved = await w.api.put(PATH, { headers: wide, mapping }, { token: w.tokens.editorA });
		expect(saved.status).toBe(200);
		const r = await w.api.get(query(wide), { token: w.tokens.editorA2 });
		expect(r.status).toBe(200);
		expect(r.body.saved).toMatchObject({ headers: wide, mapping, savedBy: w.users.editorA });
	});

	it('names /department when the department asked for does not exist', async () => {
		for (const r of [
			await w.api.get(query(HEADERS, '&department=no-such-dept'), { token: w.tokens.editorA }),
			await w.api.put(
				PATH,
				{ headers: HEADERS, mapping: MAPPING, department: 'no-such-dept' },
				{ token: w.tokens.editorA }
			)
		]) {
			expectProblem(r, 422);
			expect(r.body.type).toContain('unknown-department');
			expect(r.body.errors[0]).toMatchObject({ pointer: '/department' });
			expect(r.body.errors[0].message).toContain('no-such-dept');
		}
	});

	it('refuses a mapping that does not fit the header row, naming the column, and keeps the saved one', async () => {
		const r = await w.api.put(
			PATH,
			{
				headers: HEADERS,
				mapping: { layout: 'item', columns: { 实施编码: 'code', 事项名称: 'name' } }
			},
			{ token: w.tokens.editorA, headers: { 'accept-language': 'en' } }
		);
		expectProblem(r, 422);
		expect(r.body.type).toContain('invalid-mapping');
		expect(r.body.errors).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ pointer: '/mapping/columns/事项名称', code: 'mapping-column' }),
				expect.objectContaining({ pointer: '/mapping', code: 'mapping-required' })
			])
		);
		expect(r.body.errors[0].message).toContain('事项名称');
		const kept = await w.api.get(query(HEADERS), { token: w.tokens.editorA });
		expect(kept.body.saved.savedBy).toBe(w.users.editorA2);
	});

	it('refuses an unknown element, an unknown field and a hash that is not one, saying where', async () => {
		const element = await w.api.put(
			PATH,
			{ headers: HEADERS, mapping: { layout: 'item', columns: { 实施编码: 'codes' } } },
			{ token: w.tokens.editorA }
		);
		expectProblem(element, 400);
		expect(element.body.errors[0].pointer).toBe('/mapping/columns/实施编码');

		const extra = await w.api.put(
			PATH,
			{ headers: HEADERS, mapping: MAPPING, savedBy: 'someone' },
			{ token: w.tokens.editorA }
		);
		expectProblem(extra, 400);
		expect(extra.body.errors[0].pointer).toBe('/savedBy');

		const notHash = await w.api.get(`${PATH}?hash=${encodeURIComponent('{"a":1}')}`, {
			token: w.tokens.editorA
		});
		expectProblem(notHash, 400);
		expect(notHash.body.errors[0]).toMatchObject({ parameter: 'hash' });

		const unknown = await w.api.get(`${query(HEADERS)}&sheet=1`, { token: w.tokens.editorA });
		expectProblem(unknown, 400);
		expect(unknown.body.errors[0]).toMatchObject({ parameter: 'sheet' });
	});
});
