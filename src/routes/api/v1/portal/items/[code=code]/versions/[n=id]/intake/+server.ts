import type { Submission } from '$lib/domain/compile/types';
import { endpoint } from '$lib/server/kit/endpoint';
import { readJson } from '$lib/server/http/body';
import { expectBody, expectQuery } from '$lib/server/http/fields';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// Hand a checked application to the agency's intake system; the answer carries its receipt number.
export const POST: RequestHandler = endpoint(async ({ event, locale, services }) => {
	expectQuery(event.url, []);
	const body = expectBody<{ submission: Submission }>(await readJson(event.request, locale), {
		submission: { kind: 'object', required: true }
	});
	const receipt = await services.intake.send(
		event.params.code,
		Number(event.params.n),
		body.submission,
		locale
	);
	return json(receipt, { headers: { 'cache-control': 'no-store' } });
});
