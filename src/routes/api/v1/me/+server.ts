import { endpoint, json } from '$lib/server/http/route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ user }) => json({ user: await user() }));
