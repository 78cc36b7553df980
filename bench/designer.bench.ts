// The designer with large items, in Chromium against the built app: time to open an N-field item
// in the editor (navigation start → tabs shown, and → first lint/compile result), and the latency
// from an edit in the form builder's property panel to the updated live preview (the portal's
// renderer below the builder), for 50, 200 and 1000 fields. A catalog of 10,000 items (answered by
// a stub of the items API) checks that the virtualised table stays small and scrolls quickly.
// Prints one JSON object as its last stdout line.
//   BANSHI_SKIP_BUILD=1  reuse build/     BENCH_EDITS=9 edits per size     BENCH_OPENS=3 opens per size
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { syntheticItem } from './gen-item.js';
import { median, r1 } from './measure.js';
import { buildIfNeeded, startApp } from './lib/app';

const SIZES = (process.env.BENCH_SIZES ?? '50,200,1000').split(',').map(Number);
const EDITS = Number(process.env.BENCH_EDITS ?? 9);
const OPENS = Number(process.env.BENCH_OPENS ?? 3);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function signIn(browser: Browser, baseURL: string): Promise<BrowserContext> {
	const context = await browser.newContext({
		baseURL,
		locale: 'zh-CN',
		viewport: { width: 1400, height: 900 }
	});
	const r = await context.request.post('/api/v1/session', {
		data: { username: 'editor', password: 'banshi-demo' }
	});
	if (!r.ok()) throw new Error(`sign in: ${r.status()}`);
	return context;
}

async function createSynthetic(context: BrowserContext, n: number): Promise<string> {
	const code = `SYNDES${String(n).padStart(6, '0')}`;
	const { item } = syntheticItem(n, { code }) as { item: Record<string, unknown> };
	const r = await context.request.post('/api/v1/items', {
		data: { document: item, department: 'market' }
	});
	if (!r.ok()) throw new Error(`create ${n}: ${r.status()} ${(await r.text()).slice(0, 300)}`);
	return code;
}

/** navigation start → tabs on screen, and → the first analysis shown in the lint panel */
async function openTimes(browser: Browser, baseURL: string, code: string) {
	const context = await signIn(browser, baseURL);
	const page = await context.newPage();
	await page.goto(`/designer/items/${code}`);
	await page.waitForFunction(() => document.querySelector('[role="tablist"]') !== null, null, {
		timeout: 120_000,
		polling: 'raf'
	});
	const tabs = await page.evaluate(() => performance.now());
	await page.waitForFunction(
		() => {
			// the counts (designer.issues.counts) replace "正在检查…" once lint and compile answered
			const s = document.querySelector('.lint .summary')?.textContent ?? '';
			return /须在提交前修正/.test(s);
		},
		null,
		{ timeout: 120_000, polling: 'raf' }
	);
	const analysed = await page.evaluate(() => performance.now());
	await context.close();
	return { tabs, analysed };
}

// Sets the title in the property panel and resolves with the ms until the live preview shows it
// (after the next frame). A string, so the bundler's helpers never end up in the page.
const EDIT_PROBE = `new Promise((resolve, reject) => {
	const text = __TEXT__;
	const input = document.querySelector('.fb-props input[type="text"]');
	const root = document.querySelector('[data-testid="live-preview"]');
	const t0 = performance.now();
	const timer = setTimeout(() => reject(new Error('preview did not update')), 30000);
	let finished = false;
	function check() {
		if (finished || !(root.textContent || '').includes(text)) return;
		finished = true;
		mo.disconnect();
		requestAnimationFrame(() => {
			clearTimeout(timer);
			resolve(performance.now() - t0);
		});
	}
	const mo = new MutationObserver(check);
	mo.observe(root, { childList: true, subtree: true, characterData: true });
	input.value = text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	check();
})`;

/** property panel title edit → the new title rendered in the live preview (and painted) */
async function editLatencies(browser: Browser, baseURL: string, code: string) {
	const context = await signIn(browser, baseURL);
	const page = await context.newPage();
	await page.goto(`/designer/items/${code}`);
	await page.getByRole('tab', { name: '申请表单' }).click();
	await page.getByLabel('在设计器下方显示实时预览').check();
	const preview = page.getByTestId('live-preview');
	await preview.locator('form').first().waitFor({ timeout: 120_000 });
	// a leaf field inside the first section
	await page.locator('.fb-children .fb-select').first().click();
	const title = page.locator('.fb-props input[type="text"]').first();
	await title.waitFor();
	const samples: number[] = [];
	for (let i = 0; i < EDITS + 1; i++) {
		const text = `基准标题${i}号`;
		const ms = (await page.evaluate(
			EDIT_PROBE.replace('__TEXT__', JSON.stringify(text))
		)) as number;
		// the first edit warms the renderer's caches; pauses let background checks settle
		if (i > 0) samples.push(ms);
		await page.waitForTimeout(400);
	}
	await context.close();
	return samples;
}

/** The catalog with 10,000 items: first rows shown, rows in the DOM, a long scroll. */
async function catalog(browser: Browser, baseURL: string) {
	const TOTAL = 10_000;
	const context = await signIn(browser, baseURL);
	const page = await context.newPage();
	await page.route('**/api/v1/items?*', async (route) => {
		const url = new URL(route.request().url());
		const limit = Number(url.searchParams.get('limit') ?? 20);
		const pageNo = Number(url.searchParams.get('page') ?? 1);
		const from = (pageNo - 1) * limit;
		const items = Array.from({ length: Math.max(0, Math.min(limit, TOTAL - from)) }, (_, k) => ({
			code: `CODE${String(from + k).padStart(8, '0')}`,
			name: `合成事项第${from + k + 1}项`,
			kind: 'licensing',
			department: 'market',
			status: 'draft',
			revision: 1,
			latestVersion: null,
			updatedAt: '2026-11-25T08:00:00.000Z'
		}));
		await route.fulfill({ json: { items, total: TOTAL, page: pageNo, limit } });
	});
	const t0 = Date.now();
	await page.goto('/designer');
	await page.getByText('合成事项第1项', { exact: true }).waitFor({ timeout: 60_000 });
	const firstRowsMs = Date.now() - t0;
	const rowsInDom = await page.locator('.scroller [role="row"]').count();
	const scrollMs = await page.evaluate(async () => {
		const scroller = document.querySelector<HTMLElement>('.scroller')!;
		const t = performance.now();
		for (let i = 1; i <= 20; i++) {
			scroller.scrollTop = (scroller.scrollHeight * i) / 20;
			await new Promise((r) => requestAnimationFrame(() => r(null)));
		}
		return (performance.now() - t) / 20;
	});
	await page.getByText('合成事项第10000项', { exact: true }).waitFor({ timeout: 30_000 });
	await context.close();
	return { first_rows_ms: firstRowsMs, rows_in_dom: rowsInDom, scroll_frame_ms: r1(scrollMs) };
}

buildIfNeeded();
const app = await startApp();
const browser = await chromium.launch({
	executablePath: CHROMIUM,
	headless: true,
	args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run']
});
try {
	const setup = await signIn(browser, app.baseURL);
	const results: Record<string, unknown> = {};
	for (const n of SIZES) {
		const code = await createSynthetic(setup, n);
		const opens = [];
		for (let i = 0; i < OPENS; i++) opens.push(await openTimes(browser, app.baseURL, code));
		const edits = await editLatencies(browser, app.baseURL, code);
		results[`fields_${n}`] = {
			open_tabs_ms: r1(median(opens.map((o) => o.tabs))),
			open_analysed_ms: r1(median(opens.map((o) => o.analysed))),
			edit_to_preview_ms: r1(median(edits)),
			edit_to_preview_max_ms: r1(Math.max(...edits))
		};
		process.stderr.write(`  ${n} fields: ${JSON.stringify(results[`fields_${n}`])}\n`);
	}
	results.catalog_10000 = await catalog(browser, app.baseURL);
	await setup.close();
	console.log(JSON.stringify(results));
} finally {
	await browser.close();
	await app.stop();
}
