// 分步填写 in the form tab: a clerk adds steps, names them and puts each section on a step without
// writing JSON; a section placed nowhere shows as being on the last step, where applicants meet it.
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import PagesEditor from '$lib/designer/form/PagesEditor.svelte';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';

let destroy: (() => void) | undefined;
afterEach(() => destroy?.());

const schema: JsonSchema = {
	type: 'object',
	properties: {
		applicant: { type: 'object', title: '申请人', properties: {} },
		premises: { type: 'object', title: '经营场所', properties: {} }
	}
};

function show(uiSchema: UiSchema) {
	destroy?.();
	document.body.innerHTML = '';
	const log: UiSchema[] = [];
	const app = mount(PagesEditor, {
		target: document.body,
		props: { schema, uiSchema, locale: 'zh-CN', onchange: (u: UiSchema) => log.push(u) }
	});
	flushSync();
	destroy = () => unmount(app);
	return log;
}
const button = (name: string) =>
	[...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
const select = (label: string) =>
	[...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === label)!;

describe('pages editor', () => {
	it('adds steps and places a section on one', () => {
		let log = show({ 'ui:order': ['applicant', 'premises'] });
		button('添加一步').click();
		log = show(log.at(-1)!);
		button('添加一步').click();
		expect(log.at(-1)).toEqual({
			'ui:order': ['applicant', 'premises'],
			'ui:pages': [
				{ title: '第 1 步', sections: [] },
				{ title: '第 2 步', sections: [] }
			]
		});

		log = show(log.at(-1)!);
		// nothing placed yet: every section is shown on the last step
		expect(select('“申请人”所在步骤').value).toBe('1');
		expect(select('“申请材料”所在步骤').value).toBe('1');
		const applicant = select('“申请人”所在步骤');
		applicant.value = '0';
		applicant.dispatchEvent(new Event('change', { bubbles: true }));
		expect(log.at(-1)?.['ui:pages']).toEqual([
			{ title: '第 1 步', sections: ['applicant'] },
			{ title: '第 2 步', sections: [] }
		]);

		const title = document.getElementById('page-0-title') as HTMLInputElement;
		title.value = '申请人信息';
		title.dispatchEvent(new Event('change', { bubbles: true }));
		expect((log.at(-1)?.['ui:pages'] as { title: string }[])[0].title).toBe('申请人信息');
	});

	it('removing the last step makes the form one page again', () => {
		const log = show({ 'ui:pages': [{ title: '唯一一步', sections: ['applicant'] }] });
		button('删除第 1 步').click();
		expect(log.at(-1)).toEqual({});
	});
});
