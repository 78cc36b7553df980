import { endpoint, json } from '$lib/server/http/route';
import { expectQuery } from '$lib/server/http/fields';
import { badRequest } from '$lib/server/http/problem';
import { reviewQueue } from '$lib/server/registry/workflow';
import type { ReviewState } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

const STATES: ReviewState[] = ['pending', 'approved', 'returned', 'withdrawn'];

export const GET: RequestHandler = endpoint(async ({ event, locale, db, user }) => {
	await user();
	const state = expectQuery(event.url, ['state'], locale).get('state') ?? undefined;
	if (state !== undefined && !STATES.includes(state as ReviewState))
		throw badRequest(locale, [
			`state 须为 ${STATES.join('、')} 之一。`,
			`state must be one of ${STATES.join(', ')}.`
		]);
	return json({ reviews: await reviewQueue(db, state as ReviewState | undefined) });
});
