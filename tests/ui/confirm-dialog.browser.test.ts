// The question before an act that cannot be undone, in Chromium: cancel closes it without acting and
// gives focus back to the button that asked; the act closes it and runs once.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import ConfirmDialogHarness from './ConfirmDialogHarness.svelte';

let app: Record<string, unknown> | undefined;
afterEach(() => {
	if (app) void unmount(app);
	app = undefined;
	document.body.innerHTML = '';
});

function render() {
	const target = document.createElement('div');
	document.body.append(target);
	app = mount(ConfirmDialogHarness, { target });
	flushSync();
}

const dialog = () => document.querySelector('dialog')!;
const merged = () => document.getElementById('merged')!.textContent;
const button = (name: string) =>
	[...dialog().querySelectorAll('button')].find((b) => b.textContent === name)!;

async function ask() {
	document.getElementById('opener')!.focus();
	await userEvent.keyboard('{Enter}');
	await expect.poll(() => dialog().open).toBe(true);
}

describe('ConfirmDialog', () => {
	it('says what will happen and offers the act, then cancel', async () => {
		render();
		await ask();
		const title = document.getElementById(dialog().getAttribute('aria-labelledby')!);
		expect(title?.textContent).toBe('确认合并');
		expect(dialog().textContent).toContain('以下事项将被取消：');
		expect([...dialog().querySelectorAll('button')].map((b) => b.textContent)).toEqual([
			'合并事项',
			'取消'
		]);
	});

	it('does nothing on cancel and gives focus back to the button that asked', async () => {
		render();
		await ask();
		button('取消').focus();
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => dialog().open).toBe(false);
		await expect.poll(() => document.activeElement?.id).toBe('opener');
		expect(merged()).toBe('0');
	});

	it('closes and acts once on the act', async () => {
		render();
		await ask();
		button('合并事项').focus();
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => dialog().open).toBe(false);
		await expect.poll(merged).toBe('1');
	});
});
