// The portal as a citizen uses it on a phone: a header without staff links, pages that fit 360 px,
// no error before the person touched a field, conditional sections hidden and dropped for every
// published item, the filled form kept across reloads, the printable application form, and a page
// that says plainly that nothing was sent when no intake system is configured. The hand-off to a
// configured intake endpoint is tested against its own server and a local receiver. Also: the
// widget example shows both example themes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/lib/domain/compile/types';
import type { JsonSchema } from '../../src/lib/domain/item/types';
import { choiceIndex, conditionsOf, fieldSchema, valueAt } from '../fixtures/conditions';
import { baseURL, launch } from './browser';
import { FOOD } from './portal-helpers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** 城乡居民最低生活保障, published by the demo content: 是否委托代理人办理 shows 代理人信息. */
const ALLOWANCE = '11410100005803259M4000105001000';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function phone(base = baseURL(), opts: { bypassCSP?: boolean } = {}) {
	const context = await browser.newContext({
		baseURL: base,
		locale: 'zh-CN',
		viewport: { width: 360, height: 740 },
		...opts
	});
	return { context, page: await context.newPage() };
}

async function overflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

async function openApply(page: Page, code: string) {
	await page.goto(`/portal/items/${code}/apply`);
	await page.getByRole('button', { name: '检查申请材料' }).waitFor();
}

/** The renderer's id spelling of a pointer (src/lib/form/paths.ts): `/` as `_`, others escaped. */
const fieldId = (ptr: string) =>
	ptr.replace(/[^A-Za-z0-9/]/g, (c) => `-${c.codePointAt(0)!.toString(36)}-`).replace(/\//g, '_');

/** The exact id of a field: the form's root id followed by the pointer's spelling. */
async function idOf(page: Page, path: string[]): Promise<string> {
	const root = await page.locator('.bsf-root').getAttribute('id');
	return root + fieldId('/' + path.join('/'));
}

async function audit(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: AXE });
	const violations: { id: string; impact: string | null; nodes: unknown[] }[] = await page.evaluate(
		async () => {
			const axe = (
				window as unknown as { axe: { run: (...a: unknown[]) => Promise<{ violations: never[] }> } }
			).axe;
			return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }))
				.violations;
		}
	);
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.nodes.length})`);
}

describe('the portal for citizens', () => {
	it('has a citizen header and fits a 360 px phone on the list, guide and apply pages', async () => {
		const { context, page } = await phone();
		for (const path of [
			'/portal',
			`/portal/items/${FOOD.code}`,
			`/portal/items/${FOOD.code}/apply`
		]) {
			await page.goto(path);
			if (path.endsWith('/apply'))
				await page.getByRole('button', { name: '检查申请材料' }).waitFor();
			const header = page.locator('header').first();
			expect(await header.getByRole('link', { name: '设计器' }).count(), path).toBe(0);
			expect(await header.getByRole('link', { name: '审核' }).count(), path).toBe(0);
			expect(await header.getByRole('link', { name: '政务服务 · 办事指南' }).count(), path).toBe(1);
			// the header is one or two lines, not a column of single characters
			expect((await header.boundingBox())!.height, path).toBeLessThan(120);
			expect(await overflow(page), path).toBeLessThanOrEqual(0);
		}
		// and after the check, with the result and the application form shown
		await page.getByRole('button', { name: '检查申请材料' }).click();
		await page.locator('.pg-application').waitFor();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await context.close();
	});

	it('shows no error before the person changed a field, and the summary on check', async () => {
		const { context, page } = await phone();
		await openApply(page, FOOD.code);
		await page.locator('.bsf input').first().focus();
		for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
		expect(await page.locator('.bsf-error').count()).toBe(0);
		expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
		await page.getByRole('button', { name: '检查申请材料' }).click();
		await expect.poll(() => page.locator('.bsf-summary').count()).toBe(1);
		expect(await page.locator('.bsf-error').count()).toBeGreaterThan(0);
		await context.close();
	});

	it('hides and drops the conditional fields of every published item', async () => {
		const { context, page } = await phone();
		const list = (await (await context.request.get('/api/v1/portal/items?limit=100')).json()) as {
			items: { code: string }[];
		};
		let toggled = 0;
		for (const { code } of list.items) {
			const bundle = (await (
				await context.request.get(`/api/v1/portal/items/${code}`)
			).json()) as Bundle;
			const schema = bundle.applicationSchema as JsonSchema;
			for (const c of conditionsOf(schema)) {
				await page.evaluate(() => localStorage.clear()).catch(() => {});
				await openApply(page, code);
				const field = fieldSchema(schema, c.on);
				const set = async (on: boolean) => {
					const id = await idOf(page, c.on);
					const first = page.locator(`[id="${id}"]`);
					if ((await first.getAttribute('type')) === 'checkbox' && field.type === 'boolean') {
						await first.setChecked(on === (c.value === true));
					} else {
						const i = choiceIndex(field, c, on);
						const option = page.locator(`[id="${i === 0 ? id : `${id}-${i}`}"]`);
						if (c.contains) await option.setChecked(on);
						else await option.check();
					}
				};
				const shown = async () => {
					let n = 0;
					for (const p of c.shows) n += await page.locator(`[id="${await idOf(page, p)}"]`).count();
					return n;
				};
				await set(false);
				expect(await shown(), `${code} ${c.on.join('/')} off`).toBe(0);
				await set(true);
				await expect.poll(shown, { message: `${code} ${c.on.join('/')} on` }).toBe(c.shows.length);
				const text = page
					.locator(`[id^="${await idOf(page, c.shows[0])}"]`)
					.locator('input[type=text]')
					.first();
				if (await text.count()) await text.fill('示范数据');
				await set(false);
				await expect.poll(shown).toBe(0);
				// the kept draft is what would be submitted: the hidden fields are not in it
				const draft = await page.evaluate(() => {
					const key = Object.keys(localStorage).find((k) => k.startsWith('banshi.draft.'));
					return key ? JSON.parse(localStorage.getItem(key)!).data : undefined;
				});
				for (const p of c.shows)
					expect(valueAt(draft, p), `${code} ${p.join('/')}`).toBeUndefined();
				toggled++;
			}
		}
		expect(toggled).toBeGreaterThan(5);
		await context.close();
	});

	it('keeps the filled form across a reload, and clears it on request', async () => {
		const { context, page } = await phone();
		await openApply(page, ALLOWANCE);
		const name = page.locator(`[id="${await idOf(page, ['applicant', 'name'])}"]`);
		await name.fill('李秀英');
		await page.getByRole('group', { name: '是否委托代理人办理' }).getByLabel('是').check();
		await page.locator(`[id="${await idOf(page, ['agent', 'name'])}"]`).fill('王建国');
		await page.reload();
		await page.getByRole('button', { name: '检查申请材料' }).waitFor();
		expect(
			await page.locator(`[id="${await idOf(page, ['applicant', 'name'])}"]`).inputValue()
		).toBe('李秀英');
		expect(await page.locator(`[id="${await idOf(page, ['agent', 'name'])}"]`).inputValue()).toBe(
			'王建国'
		);
		expect(await page.getByRole('status').first().textContent()).toContain('已恢复');

		await page.getByRole('button', { name: '清除填写内容' }).click();
		expect(
			await page.locator(`[id="${await idOf(page, ['applicant', 'name'])}"]`).inputValue()
		).toBe('');
		await page.reload();
		await page.getByRole('button', { name: '检查申请材料' }).waitFor();
		expect(
			await page.locator(`[id="${await idOf(page, ['applicant', 'name'])}"]`).inputValue()
		).toBe('');
		await context.close();
	});

	it('prints the application form with the entered data and says plainly that nothing was sent', async () => {
		const { context, page } = await phone();
		await openApply(page, ALLOWANCE);
		await page.locator(`[id="${await idOf(page, ['applicant', 'name'])}"]`).fill('李秀英');
		await page.getByRole('button', { name: '检查申请材料' }).click();
		const form = page.locator('.pg-application');
		await form.waitFor();
		expect(await form.getByRole('heading', { name: '申请表' }).count()).toBe(1);
		expect(await form.textContent()).toContain('李秀英');
		expect(await form.textContent()).toContain('需携带的申请材料');
		expect(await form.locator('[data-material="application-form"]').count()).toBe(1);
		expect(await form.textContent()).toMatch(/预审结果：/);
		// nothing configured: the page says so instead of pretending
		expect(await page.locator('.pg-handoff').getAttribute('data-configured')).toBe('false');
		expect(await page.locator('.pg-handoff').textContent()).toContain('没有发送给任何部门');

		// on paper: the application form alone
		await page.emulateMedia({ media: 'print' });
		expect(await form.isVisible()).toBe(true);
		expect(await page.locator('.bsf').isVisible()).toBe(false);
		expect(await page.locator('header').first().isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: '检查申请材料' }).isVisible()).toBe(false);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(1000);
		await context.close();
	});

	it('passes the accessibility audit in the new states at 360 px', async () => {
		const { context, page } = await phone(baseURL(), { bypassCSP: true });
		await page.goto('/portal');
		expect(await audit(page)).toEqual([]);
		await openApply(page, ALLOWANCE);
		await page.locator(`[id="${await idOf(page, ['applicant', 'name'])}"]`).fill('李');
		await page.locator(`[id="${await idOf(page, ['applicant', 'name'])}"]`).blur();
		await page.getByRole('group', { name: '是否委托代理人办理' }).getByLabel('是').check();
		expect(await audit(page)).toEqual([]);
		await page.getByRole('button', { name: '检查申请材料' }).click();
		await page.locator('.pg-application').waitFor();
		expect(await audit(page)).toEqual([]);
		await context.close();
	});

	it('shows the widget example in the default and the 政务服务网 blue theme', async () => {
		const { context, page } = await phone();
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/widget-example.html');
		const accent = (id: string) =>
			page
				.locator(`#${id}`)
				.locator('.bsf-legend')
				.first()
				.evaluate((el) => getComputedStyle(el).color);
		await page.locator('#form-default .bsf-legend').first().waitFor();
		await page.locator('#form-blue .bsf-legend').first().waitFor();
		expect(await accent('form-default')).toBe('rgb(31, 95, 174)');
		expect(await accent('form-blue')).toBe('rgb(13, 79, 163)');
		const radius = (id: string) =>
			page
				.locator(`#${id} .bsf-section`)
				.first()
				.evaluate((el) => getComputedStyle(el).borderTopLeftRadius);
		expect(await radius('form-default')).toBe('4px');
		expect(await radius('form-blue')).toBe('2px');
		await context.close();
	});
});

describe('hand-off to the agency intake system', () => {
	let receiver: Server;
	let app: ChildProcess;
	let dataDir: string;
	let base: string;
	const received: { body: Record<string, unknown>; auth?: string }[] = [];

	beforeAll(async () => {
		receiver = createServer((req, res) => {
			let raw = '';
			req.on('data', (c) => (raw += c));
			req.on('end', () => {
				received.push({ body: JSON.parse(raw), auth: req.headers.authorization });
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ receipt: `SL-2026-${String(received.length).padStart(6, '0')}` }));
			});
		});
		await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
		const intake = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/intake`;
		const port = await new Promise<number>((resolve) => {
			const s = createServer().listen(0, '127.0.0.1', () => {
				const p = (s.address() as AddressInfo).port;
				s.close(() => resolve(p));
			});
		});
		dataDir = mkdtempSync(join(tmpdir(), 'banshi-intake-'));
		base = `http://127.0.0.1:${port}`;
		app = spawn(process.execPath, ['build/index.js'], {
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				BANSHI_DATA_DIR: dataDir,
				BANSHI_SEED_DEMO: '1',
				BANSHI_INTAKE_URL: intake,
				BANSHI_INTAKE_TOKEN: 'local-test-token',
				DATABASE_URL: '',
				NODE_ENV: 'test'
			},
			stdio: ['ignore', 'inherit', 'inherit']
		});
		for (const deadline = Date.now() + 60_000; ;) {
			if (Date.now() > deadline) throw new Error('the second app did not start');
			const ok = await fetch(`${base}/api/v1/portal/items`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) break;
			await new Promise((r) => setTimeout(r, 250));
		}
	});

	afterAll(async () => {
		app?.kill('SIGTERM');
		await new Promise((r) => setTimeout(r, 500));
		if (app && app.exitCode === null) app.kill('SIGKILL');
		receiver?.close();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	it('posts a checked application to the local receiver and shows its receipt number', async () => {
		const { context, page } = await phone(base);
		// a refused check is not sent: the page asks for the corrections first
		await openApply(page, ALLOWANCE);
		await page.getByRole('button', { name: '检查申请材料' }).click();
		await page.locator('.pg-handoff').waitFor();
		expect(await page.locator('.pg-handoff').getAttribute('data-configured')).toBe('true');
		expect(await page.locator('.pg-handoff').textContent()).toContain('补正后再发送');
		expect(received).toEqual([]);

		// the API itself: a complete application from the bundle's sample is taken and answered
		const bundle = (await (
			await context.request.get(`/api/v1/portal/items/${ALLOWANCE}`)
		).json()) as Bundle;
		const { sampleData } = await import('../../src/lib/domain/sample/sample');
		const { materials = {}, ...form } = sampleData(bundle.applicationSchema) as Record<
			string,
			unknown
		>;
		const r = await context.request.post(`/api/v1/portal/items/${ALLOWANCE}/versions/1/intake`, {
			data: { submission: { form, materials, commitment: true } }
		});
		expect(r.status()).toBe(200);
		const answer = await r.json();
		expect(answer).toMatchObject({ receipt: 'SL-2026-000001', decision: 'accept' });
		expect(received[0].auth).toBe('Bearer local-test-token');
		expect(received[0].body).toMatchObject({
			item: { code: ALLOWANCE, version: 1 },
			decision: { decision: 'accept' },
			submission: { form: { applicant: { name: (form.applicant as { name: string }).name } } }
		});

		// in the page: fill from the kept draft (as if typed), check, send, read the receipt
		await page.evaluate(
			([key, data]) =>
				localStorage.setItem(
					key,
					JSON.stringify({ data, signed: true, savedAt: new Date().toISOString() })
				),
			[`banshi.draft.${ALLOWANCE}.v1`, { ...form, materials }] as const
		);
		const logs: string[] = [];
		page.on('console', (m) => logs.push(m.text()));
		page.on('pageerror', (e) => logs.push(e.message));
		page.on('response', (r) => logs.push(`${r.status()} ${r.url()}`));
		await openApply(page, ALLOWANCE);
		await page.getByRole('button', { name: '检查申请材料' }).click();
		const handoff = page.locator('.pg-handoff');
		await handoff.waitFor();
		expect(await page.locator('[data-decision]').getAttribute('data-decision')).toBe('accept');
		await page.getByRole('button', { name: '发送到受理系统' }).click();
		const receipt = page.locator('.pg-handoff-receipt');
		await expect
			.poll(
				async () => (await receipt.count()) || logs.filter((l) => !l.includes('/_app/')).join('\n')
			)
			.toBe(1);
		expect(await receipt.textContent()).toContain('SL-2026-000002');
		expect(received).toHaveLength(2);
		await context.close();
	});

	it('answers a clear problem when the receiver fails, and nothing is lost', async () => {
		receiver.removeAllListeners('request');
		receiver.on('request', (_req, res) => {
			res.writeHead(503).end();
		});
		const r = await fetch(`${base}/api/v1/portal/items/${ALLOWANCE}/versions/1/intake`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ submission: { form: {}, materials: {}, commitment: false } })
		});
		expect(r.status).toBe(502);
		expect(r.headers.get('content-type')).toContain('application/problem+json');
		const problem = await r.json();
		expect(problem.detail).toContain('HTTP 503');
	});
});
