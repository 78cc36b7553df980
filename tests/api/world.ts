// Each test file builds its own small world through the admin API: two departments with credit
// codes of their own, editors, reviewers and an admin, all with fresh names, signed in and ready.
import { orgCodeCheckChar, usccCheckChar } from '../../src/lib/domain/formats/uscc';
import { Api, DEMO_PASSWORD, PASSWORD, tag } from './client';

export interface World {
	api: Api;
	tag: string;
	deptA: string;
	deptB: string;
	/** the departments' 统一社会信用代码: an item carrying one belongs to that department */
	creditA: string;
	creditB: string;
	tokens: {
		admin: string;
		editorA: string;
		editorA2: string;
		editorB: string;
		reviewer: string;
		reviewer2: string;
	};
	users: Record<keyof World['tokens'], string>;
}

/** `admin`: who creates the world (default the demo administrator). */
export async function makeWorld(
	base: string,
	admin: { username: string; password: string } = { username: 'admin', password: DEMO_PASSWORD }
): Promise<World> {
	const api = new Api(base);
	const t = tag();
	const demoAdmin = await api.login(admin.username, admin.password);
	const deptA = `a-${t}`;
	const deptB = `b-${t}`;
	const creditA = creditCode(t, 1);
	const creditB = creditCode(t, 2);
	for (const [code, name, creditCode] of [
		[deptA, `测试甲局 ${t}`, creditA],
		[deptB, `测试乙局 ${t}`, creditB]
	]) {
		const r = await api.post(
			'/api/v1/admin/departments',
			{ code, name, creditCode },
			{ token: demoAdmin }
		);
		if (r.status !== 201) throw new Error(`department ${code}: ${r.status} ${r.text}`);
	}
	const users = {
		admin: `adm-${t}`,
		editorA: `eda-${t}`,
		editorA2: `eda2-${t}`,
		editorB: `edb-${t}`,
		reviewer: `rv-${t}`,
		reviewer2: `rv2-${t}`
	};
	const specs: Record<keyof typeof users, { role: string; departments?: string[] }> = {
		admin: { role: 'admin' },
		editorA: { role: 'editor', departments: [deptA] },
		editorA2: { role: 'editor', departments: [deptA] },
		editorB: { role: 'editor', departments: [deptB] },
		reviewer: { role: 'reviewer' },
		reviewer2: { role: 'reviewer' }
	};
	await Promise.all(
		Object.entries(users).map(async ([key, username]) => {
			const r = await api.post(
				'/api/v1/admin/users',
				{ username, password: PASSWORD, ...specs[key as keyof typeof users] },
				{ token: demoAdmin }
			);
			if (r.status !== 201) throw new Error(`user ${username}: ${r.status} ${r.text}`);
		})
	);
	const entries = await Promise.all(
		Object.entries(users).map(async ([key, username]) => [key, await api.login(username, PASSWORD)])
	);
	return {
		api,
		tag: t,
		deptA,
		deptB,
		creditA,
		creditB,
		tokens: Object.fromEntries(entries),
		users
	};
}

/** A valid credit code of a 郑州市金水区 (410105) government body, one per world and department. */
function creditCode(t: string, n: number): string {
	const body = String(parseInt(t, 16) % 10_000_000).padStart(7, '0') + n;
	const first17 = '11410105' + body + orgCodeCheckChar(body);
	return first17 + usccCheckChar(first17);
}

/**
 * Makes a template document department A's (or B's): its implementing department's credit code,
 * and the implementation code that starts with it. Changes the document in place; returns it.
 */
export function ownedBy<T extends Record<string, unknown>>(
	w: World,
	document: T,
	dept: 'A' | 'B' = 'A'
): T {
	const credit = dept === 'A' ? w.creditA : w.creditB;
	const d = document as Record<string, unknown>;
	d.department = { ...(d.department as object), creditCode: credit };
	d.code = credit + String(d.code).slice(18);
	return document;
}

/** Creates an item in department A from a document (made department A's); returns its code. */
export async function createItem(w: World, document: Record<string, unknown>): Promise<string> {
	ownedBy(w, document);
	const r = await w.api.post(
		'/api/v1/items',
		{ document, department: w.deptA },
		{ token: w.tokens.editorA }
	);
	if (r.status !== 201) throw new Error(`create item: ${r.status} ${r.text.slice(0, 1000)}`);
	return r.body.code;
}

/** Drives an item from its first revision to published version n; returns the version number. */
export async function publishItem(w: World, code: string, effectiveFrom?: string): Promise<number> {
	const { api, tokens } = w;
	const submit = await api.post(`/api/v1/items/${code}/submit`, undefined, {
		token: tokens.editorA
	});
	if (submit.status !== 201) throw new Error(`submit: ${submit.status} ${submit.text}`);
	const approve = await api.post(`/api/v1/reviews/${submit.body.id}/approve`, undefined, {
		token: tokens.reviewer
	});
	if (approve.status !== 200) throw new Error(`approve: ${approve.status} ${approve.text}`);
	const pub = await api.post(
		`/api/v1/items/${code}/publish`,
		effectiveFrom ? { effectiveFrom } : undefined,
		{ token: tokens.editorA }
	);
	if (pub.status !== 201) throw new Error(`publish: ${pub.status} ${pub.text.slice(0, 1000)}`);
	return pub.body.version.n;
}
