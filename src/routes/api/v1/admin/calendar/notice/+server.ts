import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// Reading the pasted notice for the administrator to confirm: nothing is stored here.
export const POST: RequestHandler = endpoint(
	endpoints.previewNotice,
	async ({ body, services, user }) => json(await services.calendar.preview(user(), body))
);
