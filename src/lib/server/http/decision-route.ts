// approve and return share one body shape: { comments?: [{ pointer?, text }] }.
import type { RequestEvent } from '@sveltejs/kit';
import { decide, type CommentInput } from '../registry/workflow';
import { readOptionalJson } from './body';
import { expectBody, isObject } from './fields';
import { badRequest, notFound } from './problem';
import { endpoint, json } from './route';

export function decisionEndpoint(
	decision: 'approved' | 'returned'
): (event: RequestEvent) => Promise<Response> {
	return endpoint(async ({ event, locale, db, user }) => {
		const actor = await user();
		const body = expectBody<{ comments?: unknown[] }>(
			await readOptionalJson(event.request, locale),
			{ comments: { kind: 'array' } },
			locale
		);
		const comments: CommentInput[] = (body.comments ?? []).map((c, i) => {
			if (!isObject(c) || Object.keys(c).some((k) => k !== 'pointer' && k !== 'text'))
				throw badRequest(
					locale,
					[`第 ${i + 1} 条意见格式有误。`, `Comment ${i + 1} is malformed.`],
					[{ pointer: `/comments/${i}`, message: '{ pointer?: string, text: string }' }]
				);
			if (c.pointer !== undefined && c.pointer !== null && typeof c.pointer !== 'string')
				throw badRequest(
					locale,
					['意见定位须为字符串。', 'pointer must be a string.'],
					[{ pointer: `/comments/${i}/pointer`, message: 'string' }]
				);
			return { pointer: (c.pointer as string | null | undefined) ?? null, text: c.text as string };
		});
		const id = event.params.id ?? '';
		if (!/^[1-9]\d{0,8}$/.test(id))
			throw notFound(locale, [`审核单 ${id} 不存在。`, `Review ${id} does not exist.`]);
		return json(await decide(db, actor, Number(id), decision, comments, locale));
	});
}
