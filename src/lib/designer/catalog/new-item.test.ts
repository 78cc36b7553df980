import { describe, expect, it } from 'vitest';
import { checkItemCode, validateItem } from '$lib/domain/item';
import { TEMPLATES } from '$lib/templates';
import { blankItem, freshCode, fromTemplate, importItem, offeredName } from './new-item';

describe('new items', () => {
	it('gives every template a fresh code that still passes the code checks', () => {
		for (const { item } of TEMPLATES) {
			const code = freshCode(item.code);
			expect(code).not.toBe(item.code);
			const copy = fromTemplate(item, code, item.name);
			expect(validateItem(copy).problems).toEqual([]);
			if (item.codeProfile === 'implementation')
				expect(checkItemCode(code, 'implementation', item.department.creditCode).valid).toBe(true);
		}
	});

	it('starts a blank item valid, under the department, with placeholders to fill in', () => {
		const item = blankItem(
			{ name: '示范市市场监督管理局', creditCode: '114101000058032243' },
			'新事项'
		);
		expect(item.code).toMatch(/^1141010000580322433\d{12}$/);
		expect(item.name).toBe('新事项');
		expect(item.department.creditCode).toBe('114101000058032243');
		expect(validateItem(item).problems).toEqual([]);
		expect(JSON.stringify(item.guide)).toContain('待填写');
	});

	it('never offers a name that a live item already has', () => {
		expect(offeredName('食品经营许可', ['食品经营许可'])).toBe('');
		expect(offeredName('食品经营许可', ['其他事项'])).toBe('食品经营许可');
	});

	it('reports a broken file with its line and column instead of failing', () => {
		const r = importItem('{\n  "code": "x",\n  "name": \n}', 'zh-CN');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.problems[0].line).toBe(4);
			expect(r.problems[0].message).toContain('第 4 行');
		}
	});

	it('lists every problem of a well-formed but invalid item with pointers', () => {
		const item = structuredClone(TEMPLATES[0].item) as unknown as Record<string, unknown>;
		delete item.name;
		(item.materials as { necessity: string }[])[0].necessity = 'sometimes';
		const r = importItem(JSON.stringify(item), 'en');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			const pointers = r.problems.map((p) => p.pointer);
			expect(pointers).toContain('/materials/0/necessity');
			expect(r.problems.some((p) => p.pointer === '' || p.pointer === '/name')).toBe(true);
		}
	});

	it('imports a valid file', () => {
		const r = importItem(JSON.stringify(TEMPLATES[0].item), 'zh-CN');
		expect(r.ok && r.item.code).toBe(TEMPLATES[0].item.code);
	});
});
