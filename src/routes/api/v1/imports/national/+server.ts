import { endpoints } from '$lib/api';
import { endpoint } from '$lib/server/kit/endpoint';
import { json } from '$lib/server/http/json';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(
	endpoints.importNational,
	async ({ body, services, user }) => {
		const service = services.nationalImport;
		const items = body.commit
			? await service.commit(user(), body.file)
			: await service.preview(user(), body.file);
		return json({ committed: body.commit === true, items });
	}
);
