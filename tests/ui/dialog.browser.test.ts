// The dialog primitive with the keyboard alone, in Chromium: it is named by its title, Tab and
// Shift+Tab stay inside it, Escape closes it, and focus goes back to the button that opened it.
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import DialogHarness from './DialogHarness.svelte';

let app: Record<string, unknown> | undefined;
afterEach(() => {
	if (app) void unmount(app);
	app = undefined;
	document.body.innerHTML = '';
});

function render() {
	const target = document.createElement('div');
	document.body.append(target);
	app = mount(DialogHarness, { target });
	flushSync();
}

const focused = () => document.activeElement?.id ?? '';
const dialog = () => document.querySelector('dialog')!;

async function openByKeyboard() {
	document.getElementById('opener')!.focus();
	await userEvent.keyboard('{Enter}');
	await expect.poll(() => dialog().open).toBe(true);
}

describe('Dialog', () => {
	it('is a modal dialog named by its title', async () => {
		render();
		await openByKeyboard();
		const d = dialog();
		expect(d.matches(':modal')).toBe(true);
		const title = document.getElementById(d.getAttribute('aria-labelledby')!);
		expect(title?.textContent).toBe('新建事项');
	});

	it('keeps Tab and Shift+Tab inside while open', async () => {
		render();
		await openByKeyboard();
		expect(focused()).toBe('first');
		await userEvent.keyboard('{Tab}');
		expect(focused()).toBe('second');
		await userEvent.keyboard('{Tab}');
		expect(focused()).toBe('close');
		// past the last control: back to the first, never to the page behind
		await userEvent.keyboard('{Tab}');
		expect(focused()).toBe('first');
		await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
		expect(focused()).toBe('close');
	});

	it('closes on Escape and gives focus back to the opener', async () => {
		render();
		await openByKeyboard();
		await userEvent.keyboard('{Tab}');
		await userEvent.keyboard('{Escape}');
		await expect.poll(() => dialog().open).toBe(false);
		await expect.poll(focused).toBe('opener');
	});

	it('gives focus back when closed by its own button', async () => {
		render();
		await openByKeyboard();
		document.getElementById('close')!.focus();
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => dialog().open).toBe(false);
		await expect.poll(focused).toBe('opener');
		// and opens again
		await userEvent.keyboard('{Enter}');
		await expect.poll(() => dialog().open).toBe(true);
	});
});
