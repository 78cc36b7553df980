import { endpoint, json } from '$lib/server/http/route';
import { listTemplateSlugs, readTemplate } from '$lib/server/setup/templates';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(async ({ user }) => {
	await user();
	const templates = listTemplateSlugs().map((slug) => {
		const doc = readTemplate(slug) as { code?: string; name?: string; kind?: string };
		return { slug, code: doc?.code, name: doc?.name, kind: doc?.kind };
	});
	return json({ templates });
});
