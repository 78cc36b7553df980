// Every mutating route × every role. Refused attempts answer 401/403 problem+json and change
// nothing; the allowed roles then succeed on the same state.
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { expectProblem, PASSWORD, tag, templateDocument, type ApiResponse } from './client';
import { createItem, makeWorld, ownedBy, publishItem, type World } from './world';

const servers = inject('servers');

type Role = 'anonymous' | 'editorA' | 'editorB' | 'reviewer' | 'admin';
const ROLES: Role[] = ['anonymous', 'editorA', 'editorB', 'reviewer', 'admin'];

interface Case {
	name: string;
	method: string;
	/** prepares the state the route needs; returns its path, body and a probe of the state */
	setup(w: World): Promise<{ path: string; body?: unknown; state: () => Promise<unknown> }>;
	allowed: Partial<Record<Role, number>>;
}

async function itemState(w: World, code: string) {
	const r = await w.api.get(`/api/v1/items/${code}`, { token: w.tokens.reviewer });
	return {
		status: r.body.status,
		revision: r.body.revision,
		version: r.body.latestVersion?.n ?? null
	};
}

async function submitted(w: World) {
	const code = await createItem(w, templateDocument('food-business-licence'));
	const s = await w.api.post(`/api/v1/items/${code}/submit`, undefined, {
		token: w.tokens.editorA
	});
	return { code, reviewId: s.body.id as number };
}

const cases: Case[] = [
	{
		name: 'create an item',
		method: 'POST',
		async setup(w) {
			const document = ownedBy(w, templateDocument('food-business-licence'));
			return {
				path: '/api/v1/items',
				body: { document, department: w.deptA },
				state: async () =>
					(await w.api.get(`/api/v1/items/${document.code}`, { token: w.tokens.reviewer })).status
			};
		},
		allowed: { editorA: 201 }
	},
	{
		name: 'save a draft',
		method: 'PUT',
		async setup(w) {
			const document = templateDocument('food-business-licence');
			const code = await createItem(w, document);
			return {
				path: `/api/v1/items/${code}/draft`,
				// a change: the same content again is no new revision
				body: { baseRevision: 1, document: { ...document, name: `${document.name}（改）` } },
				state: () => itemState(w, code)
			};
		},
		allowed: { editorA: 200 }
	},
	{
		name: 'submit for review',
		method: 'POST',
		async setup(w) {
			const code = await createItem(w, templateDocument('food-business-licence'));
			return { path: `/api/v1/items/${code}/submit`, state: () => itemState(w, code) };
		},
		allowed: { editorA: 201 }
	},
	{
		name: 'approve a review',
		method: 'POST',
		async setup(w) {
			const { code, reviewId } = await submitted(w);
			return { path: `/api/v1/reviews/${reviewId}/approve`, state: () => itemState(w, code) };
		},
		allowed: { reviewer: 200 }
	},
	{
		name: 'return a review',
		method: 'POST',
		async setup(w) {
			const { code, reviewId } = await submitted(w);
			return {
				path: `/api/v1/reviews/${reviewId}/return`,
				body: { comments: [{ text: '请补充' }] },
				state: () => itemState(w, code)
			};
		},
		allowed: { reviewer: 200 }
	},
	{
		name: 'publish',
		method: 'POST',
		async setup(w) {
			const { code, reviewId } = await submitted(w);
			await w.api.post(`/api/v1/reviews/${reviewId}/approve`, undefined, {
				token: w.tokens.reviewer
			});
			return { path: `/api/v1/items/${code}/publish`, state: () => itemState(w, code) };
		},
		allowed: { editorA: 201, reviewer: 201 }
	},
	{
		name: 'retire',
		method: 'POST',
		async setup(w) {
			const code = await createItem(w, templateDocument('food-business-licence'));
			await publishItem(w, code);
			return {
				path: `/api/v1/items/${code}/retire`,
				body: { reason: '测试取消' },
				state: () => itemState(w, code)
			};
		},
		allowed: { reviewer: 200 }
	},
	{
		name: 'create a user',
		method: 'POST',
		async setup(w) {
			const username = `u-${tag()}`;
			return {
				path: '/api/v1/admin/users',
				body: { username, password: PASSWORD, role: 'reviewer' },
				state: async () =>
					(await w.api.get('/api/v1/admin/users', { token: w.tokens.admin })).body.users.some(
						(u: { username: string }) => u.username === username
					)
			};
		},
		allowed: { admin: 201 }
	},
	{
		name: 'disable a user',
		method: 'PATCH',
		async setup(w) {
			const username = `u-${tag()}`;
			const created = await w.api.post(
				'/api/v1/admin/users',
				{ username, password: PASSWORD, role: 'reviewer' },
				{ token: w.tokens.admin }
			);
			return {
				path: `/api/v1/admin/users/${created.body.id}`,
				body: { disabled: true },
				state: async () =>
					(await w.api.get('/api/v1/admin/users', { token: w.tokens.admin })).body.users.find(
						(u: { username: string }) => u.username === username
					).disabled
			};
		},
		allowed: { admin: 200 }
	},
	{
		name: 'create a department',
		method: 'POST',
		async setup(w) {
			const code = `d-${tag()}`;
			return {
				path: '/api/v1/admin/departments',
				body: { code, name: '新部门' },
				state: async () =>
					(
						await w.api.get('/api/v1/departments', { token: w.tokens.reviewer })
					).body.departments.some((d: { code: string }) => d.code === code)
			};
		},
		allowed: { admin: 201 }
	},
	{
		name: 'rename a department',
		method: 'PATCH',
		async setup(w) {
			const name = `改名 ${tag()}`;
			return {
				path: `/api/v1/admin/departments/${w.deptB}`,
				body: { name },
				state: async () =>
					(
						await w.api.get('/api/v1/departments', { token: w.tokens.reviewer })
					).body.departments.find((d: { code: string }) => d.code === w.deptB).name
			};
		},
		allowed: { admin: 200 }
	},
	{
		name: 'replace the calendar',
		method: 'PUT',
		async setup(w) {
			return {
				path: '/api/v1/admin/calendar',
				body: {
					id: `test-${tag()}`,
					source: '国务院办公厅通知（测试）',
					years: { '2027': { holidays: ['2027-01-01'], workdays: [] } }
				},
				state: async () => (await w.api.get('/api/v1/portal/calendar')).text
			};
		},
		allowed: { admin: 200 }
	}
];

describe.each(servers)('authorization matrix ($name)', (server) => {
	let w: World;
	beforeAll(async () => {
		w = await makeWorld(server.url);
	});

	for (const c of cases) {
		it(`${c.name}: ${ROLES.map((r) => `${r}→${c.allowed[r] ?? (r === 'anonymous' ? 401 : 403)}`).join(', ')}`, async () => {
			const send = (role: Role, path: string, body: unknown): Promise<ApiResponse> =>
				w.api.request(c.method, path, {
					token: role === 'anonymous' ? undefined : w.tokens[role],
					body: body ?? {}
				});
			const { path, body, state } = await c.setup(w);
			const before = await state();
			for (const role of ROLES) {
				if (c.allowed[role]) continue;
				const res = await send(role, path, body);
				expectProblem(res, role === 'anonymous' ? 401 : 403);
				expect(await state()).toEqual(before);
			}
			for (const [role, status] of Object.entries(c.allowed) as [Role, number][]) {
				const fresh = await c.setup(w);
				const untouched = await fresh.state();
				const res = await send(role, fresh.path, fresh.body);
				expect(res.status, res.text.slice(0, 300)).toBe(status);
				expect(await fresh.state()).not.toEqual(untouched);
			}
		});
	}

	// Issue 12: editors read and change their own departments' items only (403 otherwise); reviewers
	// and administrators read every department's.
	it('an editor can neither touch nor read another department’s drafts, revisions or reviews', async () => {
		const doc = templateDocument('food-business-licence');
		const code = await createItem(w, doc);
		const review = await w.api.post(`/api/v1/items/${code}/submit`, undefined, {
			token: w.tokens.editorA
		});
		expect(review.status).toBe(201);
		const reads = [
			`/api/v1/items/${code}`,
			`/api/v1/items/${code}/revisions`,
			`/api/v1/items/${code}/revisions/1`,
			`/api/v1/reviews/${review.body.id}`
		];
		for (const path of reads) {
			expectProblem(await w.api.get(path, { token: w.tokens.editorB }), 403);
			for (const reader of ['editorA2', 'reviewer', 'admin'] as const)
				expect((await w.api.get(path, { token: w.tokens[reader] })).status, reader).toBe(200);
		}
		const listed = await w.api.get(`/api/v1/items?q=${code}`, { token: w.tokens.editorB });
		expect(listed.body).toMatchObject({ total: 0, items: [] });
		const queue = await w.api.get('/api/v1/reviews?state=pending', { token: w.tokens.editorB });
		expect(queue.body.reviews.map((r: { item: string }) => r.item)).not.toContain(code);
		const ownList = await w.api.get(`/api/v1/items?q=${code}`, { token: w.tokens.editorA2 });
		expect(ownList.body).toMatchObject({ total: 1, items: [{ code }] });

		const put = await w.api.put(
			`/api/v1/items/${code}/draft`,
			{ baseRevision: 1, document: doc },
			{ token: w.tokens.editorB }
		);
		expectProblem(put, 403);
		// nor restore one of its revisions or name a checkpoint on it
		const restore = await w.api.post(
			`/api/v1/items/${code}/revisions/1/restore`,
			{ baseRevision: 1 },
			{ token: w.tokens.editorB }
		);
		expectProblem(restore, 403);
		const named = await w.api.post(
			`/api/v1/items/${code}/checkpoints`,
			{ baseRevision: 1, label: '别人的检查点' },
			{ token: w.tokens.editorB }
		);
		expectProblem(named, 403);
	});

	it('an editor cannot create an item under another department’s credit code', async () => {
		const doc = ownedBy(w, templateDocument('food-business-licence'), 'A');
		for (const department of [w.deptB, w.deptA, undefined]) {
			const create = await w.api.post(
				'/api/v1/items',
				{ document: doc, ...(department && { department }) },
				{ token: w.tokens.editorB }
			);
			expectProblem(create, 403);
			expect(create.body.detail).toContain(w.deptA);
		}
		expectProblem(await w.api.get(`/api/v1/items/${doc.code}`, { token: w.tokens.reviewer }), 404);
		// the code stays free for the department it belongs to
		const own = await w.api.post('/api/v1/items', { document: doc }, { token: w.tokens.editorA });
		expect(own.status, own.text.slice(0, 300)).toBe(201);
		expect(own.body.department).toBe(w.deptA);
	});

	it('reads need a session; the portal does not', async () => {
		for (const path of ['/api/v1/items', '/api/v1/me', '/api/v1/reviews', '/api/v1/departments'])
			expectProblem(await w.api.get(path), 401);
		expect((await w.api.get('/api/v1/portal/items')).status).toBe(200);
	});
});
