// approve and return share one declared body: { comments?: [{ pointer?, text }] } (Decision).
import type { RequestEvent } from '@sveltejs/kit';
import { endpoints } from '../../api/endpoints';
import { json } from '../http/json';
import type { Decision } from '../services';
import { endpoint } from './endpoint';

export function decisionEndpoint(
	decision: Decision
): (event: RequestEvent<{ id: string }>) => Promise<Response> {
	const declaration = decision === 'approve' ? endpoints.approve : endpoints.return;
	return endpoint(declaration, async ({ body, event, services, user }) => {
		const comments = (body.comments ?? []).map((c) => ({
			pointer: c.pointer ?? null,
			text: c.text
		}));
		const id = Number(event.params.id);
		return json(await services.reviews.decide(user(), id, decision, comments));
	});
}
