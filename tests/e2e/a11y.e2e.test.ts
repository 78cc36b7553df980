// Accessibility audit of the pages people use, with axe-core (WCAG 2.1 A and AA rules) in Chromium:
// government sites are audited, so a serious or critical violation fails the build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toNational } from '../../src/lib/domain/national';
import { baseURL, launch } from './browser';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CODE = '1141010000580322433000131029000'; // 食品经营许可（新办）, published by the demo content
const WILD = '1141010000580321683000117016000'; // left pending, never published, by the demo content
const HYGIENE = '11410100005803240Q3000119004000'; // 公共场所卫生许可, published by the demo content
const RESTAURANT = 'YJS-410100-0001'; // 开办餐饮店“一件事”, published by the demo content

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function context(user?: string): Promise<BrowserContext> {
	// axe is injected as a script; the portal's strict CSP would (rightly) refuse it
	const ctx = await browser.newContext({
		baseURL: baseURL(),
		bypassCSP: true,
		viewport: { width: 1400, height: 900 }
	});
	if (user) {
		const r = await ctx.request.post('/api/v1/session', {
			data: { username: user, password: 'banshi-demo' }
		});
		expect(r.ok()).toBe(true);
	}
	return ctx;
}

async function audit(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: AXE });
	const violations: Violation[] = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (...a: unknown[]) => Promise<{ violations: Violation[] }> };
			}
		).axe;
		const r = await axe.run(document, {
			runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
		});
		return r.violations;
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

async function open(ctx: BrowserContext, url: string): Promise<Page> {
	const page = await ctx.newPage();
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	return page;
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
	it('public pages: home, portal list, guide, application form, 一件事 guide and form', async () => {
		const ctx = await context();
		for (const url of [
			'/',
			'/portal',
			`/portal/items/${CODE}`,
			`/portal/items/${CODE}/apply`,
			`/portal/onethings/${RESTAURANT}`,
			`/portal/onethings/${RESTAURANT}/apply`
		]) {
			const page = await open(ctx, url);
			expect(await audit(page), url).toEqual([]);
			await page.close();
		}
		await ctx.close();
	});

	it('the designer: catalog and every editor tab', async () => {
		const ctx = await context('editor');
		const catalog = await open(ctx, '/designer');
		expect(await audit(catalog), '/designer').toEqual([]);
		await catalog.close();
		const page = await open(ctx, `/designer/items/${CODE}`);
		for (const tab of ['办事指南', '申请材料', '容缺规则', '申请表单', '预览']) {
			await page.getByRole('tab', { name: tab }).click();
			await page.waitForTimeout(300);
			expect(await audit(page), tab).toEqual([]);
		}
		await ctx.close();
	});

	it('the 一件事 screens: catalog tab, every editor tab, and its review', async () => {
		const ctx = await context('editor');
		const made = await ctx.request.post('/api/v1/onethings', {
			data: { name: `无障碍检查一件事 ${Date.now()}`, department: 'market' }
		});
		expect(made.ok()).toBe(true);
		const { code, revision, document } = (await made.json()) as {
			code: string;
			revision: number;
			document: Record<string, unknown>;
		};
		// two members published by the demo content, so every tab has content to audit
		const members = [CODE, HYGIENE].map((c) => ({ code: c, pin: 'latest' }));
		const saved = await ctx.request.put(`/api/v1/onethings/${code}/draft`, {
			data: { baseRevision: revision, document: { ...document, members } }
		});
		expect(saved.ok()).toBe(true);
		const catalog = await open(ctx, '/designer?tab=onethings');
		await catalog.getByTestId('onething-catalog').waitFor();
		expect(await audit(catalog), '/designer?tab=onethings').toEqual([]);
		await catalog.close();
		const page = await open(ctx, `/designer/onethings/${code}`);
		for (const tab of ['基本信息', '成员事项', '共享字段', '办事指南', '预览与模拟']) {
			await page.getByRole('tab', { name: tab }).click();
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(300);
			expect(await audit(page), tab).toEqual([]);
		}
		await ctx.close();
		const review = await context('reviewer');
		const desk = await open(review, `/review/onethings/${code}`);
		await desk.getByTestId('onething-diff').waitFor();
		expect(await audit(desk), `/review/onethings/${code}`).toEqual([]);
		await review.close();
	});

	it('the designer: national import screen and its preview', async () => {
		const ctx = await context('editor');
		const page = await open(ctx, '/designer/import');
		expect(await audit(page), '/designer/import').toEqual([]);
		const item = JSON.parse(readFileSync('templates/food-business-licence.json', 'utf8'));
		await page.getByLabel('交换文件').setInputFiles({
			name: 'national.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(toNational(item)))
		});
		await page.getByRole('table').waitFor();
		expect(await audit(page), '/designer/import preview').toEqual([]);
		await ctx.close();
	});

	it('the designer: Excel import screen, its mapping and its located errors', async () => {
		const ctx = await context('editor');
		const page = await open(ctx, '/designer/import/xlsx');
		expect(await audit(page), '/designer/import/xlsx').toEqual([]);
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('事项目录');
		ws.addRow(['事项编码', '事项名称', '法定办结时限']);
		ws.addRow(['A11Y-1', '', '二十天']);
		await page.getByLabel('Excel 工作簿').setInputFiles({
			name: 'catalogue.xlsx',
			mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			buffer: Buffer.from(await wb.xlsx.writeBuffer())
		});
		await page.getByRole('table').waitFor();
		expect(await audit(page), '/designer/import/xlsx mapping').toEqual([]);
		await page.getByRole('button', { name: '检查并预览' }).click();
		await page.getByRole('alert').waitFor();
		expect(await audit(page), '/designer/import/xlsx errors').toEqual([]);
		await ctx.close();
	});

	it('the review queue', async () => {
		const ctx = await context('reviewer');
		const page = await open(ctx, '/review');
		expect(await audit(page), '/review').toEqual([]);
		await ctx.close();
	});

	it('the review of a never-published item (guide, materials, form), with its trail open', async () => {
		const ctx = await context('reviewer');
		const page = await open(ctx, `/review/${WILD}`);
		await page.getByText('查看该事项的操作记录').click();
		await page.getByTestId('item-trail').locator('tbody tr').first().waitFor();
		expect(await audit(page), `/review/${WILD}`).toEqual([]);
		await ctx.close();
	});

	it('the review of a published item as an administrator (transfer, merge and split panels)', async () => {
		const ctx = await context('admin');
		const page = await open(ctx, `/review/${HYGIENE}`);
		await page.getByTestId('merge-panel').waitFor();
		await page.getByTestId('split-panel').waitFor();
		expect(await audit(page), `/review/${HYGIENE} (admin)`).toEqual([]);
		await ctx.close();
	});

	it('the reduction scorecard', async () => {
		const ctx = await context('reviewer');
		const page = await open(ctx, '/scorecard');
		expect(await audit(page), '/scorecard').toEqual([]);
		await ctx.close();
	});

	it('the law registry, with a law open and a citation search', async () => {
		const ctx = await context('admin');
		const url = `/admin/laws?law=wild-plants-regulation&cite=${encodeURIComponent('《野生植物保护条例》')}&article=16`;
		const page = await open(ctx, url);
		expect(await audit(page), '/admin/laws').toEqual([]);
		await ctx.close();
	});

	it('the handbook and the lobby screen', async () => {
		const ctx = await context();
		for (const url of ['/portal/handbook?department=market', '/portal/lobby?department=market']) {
			const page = await open(ctx, url);
			expect(await audit(page), url).toEqual([]);
			await page.close();
		}
		await ctx.close();
	});

	it('the audit log', async () => {
		const ctx = await context('admin');
		const page = await open(ctx, '/audit');
		expect(await audit(page), '/audit').toEqual([]);
		await ctx.close();
	});

	it('the check settings, with the impact of a change previewed', async () => {
		const ctx = await context('admin');
		const page = await open(ctx, '/admin/settings');
		await page.locator('tr[data-rule="form-field-untitled"] select').selectOption('error');
		await page.getByRole('button', { name: '预览影响' }).click();
		await page.getByTestId('settings-impact').waitFor();
		expect(await audit(page), '/admin/settings').toEqual([]);
		await ctx.close();
	});
});
