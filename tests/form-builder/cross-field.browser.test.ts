// 跨字段规则 below the form builder: a clerk adds "end date after start date" and a total without
// JSON; a rule the builder does not know is shown read-only and kept.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import CrossFieldRules from '$lib/designer/conditions/CrossFieldRules.svelte';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

const schema: JsonSchema = {
	type: 'object',
	properties: {
		from: { type: 'string', title: '开始日期', format: 'date' },
		to: { type: 'string', title: '结束日期', format: 'date' },
		shareholders: {
			type: 'array',
			title: '股东',
			items: { type: 'object', properties: { share: { type: 'number', title: '出资比例' } } }
		}
	}
};

function show(uiSchema: UiSchema) {
	destroy?.();
	document.body.innerHTML = '';
	const log: UiSchema[] = [];
	const app = mount(CrossFieldRules, {
		target: document.body,
		props: { schema, uiSchema, locale: 'zh-CN', onchange: (u: UiSchema) => log.push(u) }
	});
	flushSync();
	destroy = () => unmount(app);
	return log;
}
const button = (name: string) =>
	[...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('cross-field rules editor', () => {
	it('adds an end-date-after-start-date rule, then a total', () => {
		let log = show({});
		button('添加跨字段规则').click();
		expect(log.at(-1)).toEqual({ 'ui:rules': [{ kind: 'dateAfter', field: 'to', after: 'from' }] });

		log = show(log.at(-1)!);
		expect((document.getElementById('xrule-0-field') as HTMLSelectElement).value).toBe('to');
		const kind = document.getElementById('xrule-0-kind') as HTMLSelectElement;
		kind.value = 'sumEquals';
		kind.dispatchEvent(new Event('change', { bubbles: true }));
		expect(log.at(-1)).toEqual({
			'ui:rules': [{ kind: 'sumEquals', items: 'shareholders', of: 'share', total: 100 }]
		});
	});

	it('keeps a rule it does not know, read-only', () => {
		const odd = { kind: 'ageAtLeast', field: 'age', min: 18 };
		const log = show({ 'ui:rules': [odd] });
		expect(document.body.textContent).toContain('第 1 条规则无法识别（只读）');
		button('添加跨字段规则').click();
		expect(log.at(-1)).toEqual({
			'ui:rules': [odd, { kind: 'dateAfter', field: 'to', after: 'from' }]
		});
	});
});
