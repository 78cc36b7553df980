// The application shell as a visitor meets it: Chinese by default, English on request, keyboard
// skip link, navigation landmarks.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('application shell', () => {
	it('speaks Chinese by default and switches to English', async () => {
		const { context, page } = await newContext(browser);
		await page.goto('/');
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		await expect
			.poll(() => page.getByRole('navigation', { name: '主导航' }).isVisible())
			.toBe(true);
		const nav = (name: string) => page.getByRole('navigation', { name });
		expect(await nav('主导航').getByRole('link', { name: '门户' }).count()).toBe(1);
		await page.getByRole('button', { name: 'English' }).click();
		await expect
			.poll(() => nav('Main navigation').getByRole('link', { name: 'Portal' }).count())
			.toBe(1);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		// the choice survives a reload (cookie), server-rendered in English
		await page.reload();
		expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(1);
		await context.close();
	});

	it('offers a skip link as the first tab stop', async () => {
		const { context, page } = await newContext(browser);
		await page.goto('/');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent);
		expect(focused).toBe('跳到主要内容');
		await context.close();
	});
});
