// Typed errors become the problem+json answers clients already know: the same status, type, title,
// headers and located errors, in the language of the request.
import { describe, expect, it } from 'vitest';
import { can } from '../../domain/workflow';
import { AppError, badRequest, conflict, m, refused, unauthenticated } from '../errors';
import { problemResponse, toProblem } from './problem';

describe('problem details from typed errors', () => {
	it('names the problem type and says it in the reader’s language', () => {
		const error = conflict('item-exists', m('server.item.exists', { code: 'X1' }));
		expect(toProblem(error, 'zh-CN', '/api/v1/items').body).toEqual({
			type: 'https://banshi.studio/problems/item-exists',
			title: '与当前状态冲突',
			status: 409,
			detail: '事项编码 X1 已存在。',
			instance: '/api/v1/items'
		});
		expect(toProblem(error, 'en').body).toMatchObject({
			title: 'Conflict with the current state',
			detail: 'Item X1 already exists.'
		});
	});

	it('renders located errors, keyed or as the domain core wrote them', () => {
		const error = badRequest(m('server.body.invalidFields'), [
			{ pointer: '/x', code: 'required', message: m('server.field.required', { key: 'x' }) },
			{ pointer: '/y', message: 'y 不是有效的日期' }
		]);
		expect(toProblem(error, 'en').body.errors).toEqual([
			{ pointer: '/x', code: 'required', message: 'missing required field x' },
			{ pointer: '/y', message: 'y 不是有效的日期' }
		]);
	});

	it('sends the headers the status calls for', async () => {
		expect(toProblem(unauthenticated(), 'en').headers).toEqual({
			'www-authenticate': 'Bearer realm="banshi"'
		});
		const locked = new AppError('too-many-requests', {
			slug: 'too-many-attempts',
			detail: m('server.session.slowDown', { minutes: 15 }),
			retryAfter: 900
		});
		const res = problemResponse(locked, 'zh-CN', '/api/v1/session');
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('900');
		expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
		expect(await res.json()).toMatchObject({ title: '登录尝试过多' });
		const big = new AppError('too-large', { extensions: { limit: 1 } });
		expect(toProblem(big, 'en')).toMatchObject({
			status: 413,
			headers: { connection: 'close' },
			body: { limit: 1, title: 'Payload too large' }
		});
	});

	it('answers a workflow refusal with 401, 403 or 409', () => {
		const editor = { id: 1, role: 'editor' as const, departments: ['a'] };
		const item = { department: 'a', status: 'in-review' as const };
		const state = can(editor, 'submit', item);
		if (state.allowed) throw new Error('expected a refusal');
		expect(toProblem(refused(state, { itemStatus: 'in-review' }), 'zh-CN').body).toEqual({
			itemStatus: 'in-review',
			type: 'https://banshi.studio/problems/invalid-transition',
			title: '与当前状态冲突',
			status: 409,
			detail: '事项当前状态为“审核中”，不能提交审核。'
		});
		const other = can({ ...editor, departments: ['b'] }, 'submit', item);
		if (other.allowed) throw new Error('expected a refusal');
		expect(toProblem(refused(other), 'en').status).toBe(403);
		const nobody = can(null, 'read', item);
		if (nobody.allowed) throw new Error('expected a refusal');
		expect(toProblem(refused(nobody), 'en').status).toBe(401);
	});
});
