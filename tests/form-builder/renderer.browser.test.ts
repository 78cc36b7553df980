// What the builder writes is what applicants get: the form renderer shows a conditional field only
// while its condition holds.
import { afterEach, expect, it } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import { SchemaForm } from '$lib/form';
import {
	addField,
	renameKey,
	setFieldProps,
	setVisibilityCondition,
	type Form
} from '$lib/designer/form-builder';
import { EMPTY } from './helpers';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
	if (app) unmount(app);
	app = undefined;
});

function built(): Form {
	let form = addField(EMPTY, [], 0, 'boolean').form;
	form = renameKey(form, ['yesNo'], 'hasAgent');
	form = setFieldProps(form, ['hasAgent'], { title: '是否委托代理人' });
	form = addField(form, [], 1, 'section').form;
	form = renameKey(form, ['section'], 'agent');
	form = setFieldProps(form, ['agent'], { title: '代理人信息' });
	form = addField(form, ['agent'], 0, 'name').form;
	form = setFieldProps(form, ['agent', 'name'], { title: '代理人姓名', required: true });
	return setVisibilityCondition(form, ['agent'], { field: 'hasAgent', value: true });
}

it('renders the conditional section once the condition holds', async () => {
	const form = built();
	document.body.innerHTML = '';
	const target = document.createElement('div');
	document.body.append(target);
	app = mount(SchemaForm, { target, props: { schema: form.schema, uiSchema: form.uiSchema } });
	flushSync();
	const text = () => target.textContent ?? '';
	expect(text()).toContain('是否委托代理人');
	expect(text()).not.toContain('代理人信息');

	const box = target.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
	box.click();
	await tick();
	await expect.poll(text).toContain('代理人信息');
	expect(text()).toContain('代理人姓名');

	box.click();
	await expect.poll(text).not.toContain('代理人信息');
});
