import { describe, expect, it } from 'vitest';
import { reviewTranslator } from './messages';
import { refused } from './outcome';

describe('refused', () => {
	it('tells the refusal in the server’s detail, in the reader’s language', () => {
		const problem = { type: 'about:blank', title: '冲突', status: 409, detail: '事项已被取消' };
		expect(refused(reviewTranslator('zh-CN'), problem)).toEqual({
			ok: false,
			text: '操作失败：事项已被取消'
		});
		expect(refused(reviewTranslator('en'), problem).text).toContain('事项已被取消');
	});

	it('falls back to the title when the problem has no detail', () => {
		const problem = { type: 'about:blank', title: 'Forbidden', status: 403 };
		expect(refused(reviewTranslator('zh-CN'), problem).text).toBe('操作失败：Forbidden');
	});
});
