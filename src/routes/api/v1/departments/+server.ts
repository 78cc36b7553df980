import { endpoint, json } from '$lib/server/http/route';
import { listDepartments } from '$lib/server/db/departments';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ db, user }) => {
	await user();
	return json({ departments: await listDepartments(db) });
});
