import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

// Nothing is stored: the given document (or the saved draft) compiled against the members' current
// published versions.
export const POST: RequestHandler = endpoint(
	endpoints.previewOneThing,
	async ({ body, event, services, user }) =>
		json(await services.onethings.preview(user(), event.params.code, body))
);
