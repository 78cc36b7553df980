// approve and return share one body shape: { comments?: [{ pointer?, text }] }.
import type { RequestEvent } from '@sveltejs/kit';
import { badRequest, m } from '../errors';
import { readOptionalJson } from '../http/body';
import { expectBody, isObject } from '../http/fields';
import { json } from '../http/json';
import type { CommentInput, Decision } from '../services';
import { endpoint } from './endpoint';

function parseComments(list: unknown[]): CommentInput[] {
	return list.map((c, i) => {
		if (!isObject(c) || Object.keys(c).some((k) => k !== 'pointer' && k !== 'text'))
			throw badRequest(m('server.review.malformedComment', { n: i + 1 }), [
				{ pointer: `/comments/${i}`, message: '{ pointer?: string, text: string }' }
			]);
		if (c.pointer !== undefined && c.pointer !== null && typeof c.pointer !== 'string')
			throw badRequest(m('server.review.pointerNotString'), [
				{ pointer: `/comments/${i}/pointer`, message: 'string' }
			]);
		return { pointer: (c.pointer as string | null | undefined) ?? null, text: c.text as string };
	});
}

export function decisionEndpoint(
	decision: Decision
): (event: RequestEvent<{ id: string }>) => Promise<Response> {
	return endpoint(async ({ event, locale, services, user }) => {
		const actor = user();
		const body = expectBody<{ comments?: unknown[] }>(
			await readOptionalJson(event.request, locale),
			{ comments: { kind: 'array' } }
		);
		const comments = parseComments(body.comments ?? []);
		const id = Number(event.params.id);
		return json(await services.reviews.decide(actor, id, decision, comments));
	});
}
