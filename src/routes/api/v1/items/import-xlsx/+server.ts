import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.importXlsx,
	async ({ body, services, user }) => {
		const answer = await services.imports.xlsx(user(), body);
		return json(answer, { status: answer.created ? 201 : 200 });
	}
);
