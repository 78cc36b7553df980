// Review page for a 1000-field item: the built app is started like the end-to-end suite (fresh
// embedded database, demo accounts), a synthetic item is created, reviewed and published through
// the API, a changed revision is saved and submitted, and Chromium loads /review/{code} several
// times. Figures: navigation start → diff summary visible (median), beside the same page for a
// small demo item as the reference, and the time to open the section that renders both forms.
// Prints one JSON object as its last stdout line.
//   BANSHI_SKIP_BUILD=1  reuse build/ instead of running `vite build` first
//   BENCH_FIELDS=1000    form size; BENCH_LOADS=7 loads per page
import { chromium, type APIRequestContext, type Browser } from 'playwright-core';
import { syntheticItem } from './gen-item.js';
import { buildIfNeeded, startApp } from './lib/app';
import { median, r1, r2 } from './measure.js';
import { changeSyntheticItem } from './review/change.js';

const N = Number(process.env.BENCH_FIELDS ?? 1000);
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const SMALL = '11410100005803240Q3000119004000'; // a demo item: 公共场所卫生许可
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function must(what: string, r: Awaited<ReturnType<APIRequestContext['get']>>) {
	if (!r.ok()) throw new Error(`${what}: ${r.status()} ${(await r.text()).slice(0, 500)}`);
	return r.json();
}

async function signIn(browser: Browser, baseURL: string, username: string) {
	const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
	await must(
		`sign in ${username}`,
		await context.request.post('/api/v1/session', {
			data: { username, password: 'banshi-demo' }
		})
	);
	return context;
}

/** the synthetic item published as v1, then a changed revision submitted for review */
async function prepare(browser: Browser, baseURL: string): Promise<string> {
	const { item } = syntheticItem(N) as { item: Record<string, unknown> & { code: string } };
	const editor = await signIn(browser, baseURL, 'editor');
	const reviewer = await signIn(browser, baseURL, 'reviewer');
	const api = editor.request;
	const code = item.code;
	await must(
		'create',
		await api.post('/api/v1/items', { data: { document: item, department: 'market' } })
	);
	const first = await must('submit', await api.post(`/api/v1/items/${code}/submit`));
	await must(
		'approve',
		await reviewer.request.post(`/api/v1/reviews/${first.id}/approve`, { data: {} })
	);
	await must('publish', await api.post(`/api/v1/items/${code}/publish`, { data: {} }));
	const current = await must('read', await api.get(`/api/v1/items/${code}`));
	await must(
		'save',
		await api.put(`/api/v1/items/${code}/draft`, {
			data: { baseRevision: current.revision, document: changeSyntheticItem(current.document) }
		})
	);
	await must('submit again', await api.post(`/api/v1/items/${code}/submit`));
	// a small item under review too, as the reference
	const small = await must('read small', await api.get(`/api/v1/items/${SMALL}`));
	const doc = structuredClone(small.document);
	doc.guide.promisedTimeLimit.value = 8;
	await must(
		'save small',
		await api.put(`/api/v1/items/${SMALL}/draft`, {
			data: { baseRevision: small.revision, document: doc }
		})
	);
	await must('submit small', await api.post(`/api/v1/items/${SMALL}/submit`));
	await editor.close();
	await reviewer.close();
	return code;
}

// Recorded in the page: when the summary first exists in the DOM and is rendered (it is part of
// the server-rendered HTML, so this is its first paint, not hydration).
const PROBE = `
	(() => {
		const seen = () => {
			const el = document.querySelector('[data-testid="diff-summary"]');
			if (el && el.getBoundingClientRect().height > 0 && window.__summaryAt === undefined) {
				window.__summaryAt = performance.now();
				return true;
			}
			return false;
		};
		const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
		mo.observe(document, { childList: true, subtree: true });
		document.addEventListener('DOMContentLoaded', seen);
	})();
`;

// Opens the form section and resolves when both forms are rendered and painted. A string, so
// the bundler's helpers do not leak into the page.
const OPEN_FORMS = `
	new Promise((done, fail) => {
		const d = document.querySelector('[data-testid="against-published"] details.forms');
		const t0 = performance.now();
		d.querySelector('summary').click();
		const check = () => {
			const sides = d.querySelectorAll('.pair section');
			if (sides.length === 2 && [...sides].every((s) => s.querySelector('input, select, textarea')))
				setTimeout(() => done(performance.now() - t0), 0);
			else if (performance.now() - t0 > 60000) fail(new Error('forms not rendered: ' + d.textContent.slice(0, 300)));
			else setTimeout(check, 5);
		};
		check();
	})
`;

interface Load {
	summary: number;
	/** opening the form section until both forms are rendered and painted (when asked) */
	formsOpen: number | null;
	ttfb: number;
	domContentLoaded: number;
	load: number;
	bytes: number;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
	});
	return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

// On a busy machine Chromium occasionally never starts a renderer for a new page (newPage has no
// timeout of its own): such a load is abandoned and retried rather than left hanging the run.
async function loadPage(
	browser: Browser,
	baseURL: string,
	path: string,
	forms = false
): Promise<Load> {
	for (let attempt = 1; ; attempt++) {
		try {
			const load = loadOnce(browser, baseURL, path, forms);
			return await withTimeout(load, 120_000, `load ${path}`);
		} catch (error) {
			if (attempt >= 3) throw error;
			process.stderr.write(`retrying ${path}: ${(error as Error).message}\n`);
		}
	}
}

async function loadOnce(
	browser: Browser,
	baseURL: string,
	path: string,
	forms: boolean
): Promise<Load> {
	const context = await signIn(browser, baseURL, 'reviewer');
	await context.addInitScript(PROBE);
	const page = await context.newPage();
	await page.goto(path, { waitUntil: 'load' });
	await page.waitForFunction(
		() => (window as { __summaryAt?: number }).__summaryAt !== undefined,
		null,
		{
			timeout: 60_000
		}
	);
	const m = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		return {
			summary: (window as { __summaryAt?: number }).__summaryAt!,
			ttfb: nav.responseStart,
			domContentLoaded: nav.domContentLoadedEventEnd,
			load: nav.loadEventEnd,
			bytes: nav.transferSize
		};
	});
	const formsOpen = forms ? ((await page.evaluate(OPEN_FORMS)) as number) : null;
	await context.close();
	return { ...m, formsOpen };
}

async function measure(browser: Browser, baseURL: string, path: string) {
	const progress = (what: string) => process.stderr.write(`  ${path}: ${what}\n`);
	const cold = await loadPage(browser, baseURL, path);
	progress(`cold ${r1(cold.summary)} ms`);
	const loads: Load[] = [];
	for (let i = 0; i < LOADS; i++) loads.push(await loadPage(browser, baseURL, path));
	progress(`${LOADS} loads`);
	const opened: number[] = [];
	for (let i = 0; i < 3; i++)
		opened.push((await loadPage(browser, baseURL, path, true)).formsOpen!);
	progress(`forms opened ${opened.map(r1).join(', ')} ms`);
	const med = (k: Exclude<keyof Load, 'formsOpen'>) => median(loads.map((l) => l[k]));
	return {
		cold_summary_ms: r1(cold.summary),
		summary_ms: r1(med('summary')),
		forms_open_ms: r1(median(opened)),
		ttfb_ms: r1(med('ttfb')),
		dom_content_loaded_ms: r1(med('domContentLoaded')),
		load_ms: r1(med('load')),
		html_bytes: Math.round(med('bytes'))
	};
}

buildIfNeeded();
const app = await startApp();
const browser = await chromium.launch({
	executablePath: CHROMIUM,
	headless: true,
	args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run']
});
try {
	const code = await prepare(browser, app.baseURL);
	const large = await measure(browser, app.baseURL, `/review/${code}`);
	const small = await measure(browser, app.baseURL, `/review/${SMALL}`);
	console.log(
		JSON.stringify({
			fields: N,
			loads: LOADS,
			review_page: large,
			reference_small_item: small,
			summary_vs_small_item: r2(large.summary_ms / small.summary_ms)
		})
	);
} finally {
	await withTimeout(browser.close(), 10_000, 'closing Chromium').catch(() => undefined);
	await app.stop();
}
