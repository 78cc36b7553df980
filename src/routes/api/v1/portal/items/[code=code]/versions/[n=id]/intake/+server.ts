import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// Hand a checked application to the agency's intake system; the answer carries its receipt number.
export const POST: RequestHandler = endpoint(
	endpoints.portalIntake,
	async ({ event, body, locale, services }) => {
		const receipt = await services.intake.send(
			event.params.code,
			Number(event.params.n),
			body.submission,
			locale
		);
		return json(receipt, { headers: { 'cache-control': 'no-store' } });
	}
);
