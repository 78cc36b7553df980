// Form actions of the review page: the same registry services the API endpoints call, so the rules
// (the approver is never the author, a return needs a comment, publish only what was approved) are
// enforced once, on the server; a refusal comes back as the service's own message.
import { fail, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { HttpProblem } from '$lib/server/http/problem';
import { getItemByCode } from '$lib/server/db/items';
import { pendingReviewOf } from '$lib/server/db/reviews';
import { decide, type CommentInput } from '$lib/server/registry/workflow';
import { publish, retire } from '$lib/server/registry/publish';
import { reviewContext } from './context.server';

type Outcome =
	| { action: string; ok: true; version?: number; effectiveFrom?: string; state?: string }
	| ActionFailure<{ action: string; ok: false; message: string }>;

function refused(action: string, error: unknown) {
	if (error instanceof HttpProblem)
		return fail(error.status, { action, ok: false as const, message: error.message });
	throw error;
}

function parseComments(raw: FormDataEntryValue | null): CommentInput[] {
	if (typeof raw !== 'string' || raw === '') return [];
	const list = JSON.parse(raw) as unknown;
	if (!Array.isArray(list)) return [];
	return list
		.filter((c): c is { pointer?: unknown; text: string } => typeof c?.text === 'string')
		.filter((c) => c.text.trim() !== '')
		.map((c) => ({ pointer: typeof c.pointer === 'string' ? c.pointer : null, text: c.text }));
}

async function decision(event: RequestEvent, kind: 'approved' | 'returned'): Promise<Outcome> {
	const action = kind === 'approved' ? 'approve' : 'return';
	const { db, locale, actor } = await reviewContext(event.cookies);
	if (!actor) return fail(401, { action, ok: false as const, message: 'unauthenticated' });
	const form = await event.request.formData();
	try {
		const comments = parseComments(form.get('comments'));
		const general = String(form.get('general') ?? '').trim();
		if (general) comments.push({ pointer: null, text: general });
		const item = await getItemByCode(db, event.params.code ?? '');
		const id = item ? await pendingReviewOf(db, item.id) : undefined;
		const reviewId = Number(form.get('review') ?? id);
		const done = await decide(db, actor, reviewId, kind, comments, locale);
		return { action, ok: true, state: done.state };
	} catch (error) {
		if (error instanceof SyntaxError)
			return fail(400, { action, ok: false as const, message: error.message });
		return refused(action, error);
	}
}

export const reviewActions = {
	approve: (event: RequestEvent) => decision(event, 'approved'),
	return: (event: RequestEvent) => decision(event, 'returned'),
	publish: async (event: RequestEvent): Promise<Outcome> => {
		const { db, locale, actor } = await reviewContext(event.cookies);
		if (!actor) return fail(401, { action: 'publish', ok: false as const, message: '401' });
		const form = await event.request.formData();
		const day = String(form.get('effectiveFrom') ?? '').trim();
		try {
			const r = await publish(
				db,
				actor,
				event.params.code ?? '',
				day ? { effectiveFrom: day } : {},
				locale
			);
			return {
				action: 'publish',
				ok: true,
				version: r.version.n,
				effectiveFrom: r.version.effectiveFrom
			};
		} catch (error) {
			return refused('publish', error);
		}
	},
	retire: async (event: RequestEvent): Promise<Outcome> => {
		const { db, locale, actor } = await reviewContext(event.cookies);
		if (!actor) return fail(401, { action: 'retire', ok: false as const, message: '401' });
		const form = await event.request.formData();
		try {
			await retire(
				db,
				actor,
				event.params.code ?? '',
				{ reason: String(form.get('reason') ?? '') },
				locale
			);
			return { action: 'retire', ok: true };
		} catch (error) {
			return refused('retire', error);
		}
	}
};
