// A notice printed to PDF by the local headless Chromium (no browser is downloaded): the same A4
// HTML the --print option writes, laid out by the browser's own print engine.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from './context';
import { CliError, EXIT_USAGE } from './errors';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export async function printPdf(html: string, file: string, ctx: Context): Promise<void> {
	const executablePath = process.env.BANSHI_CHROMIUM || DEFAULT_CHROMIUM;
	const noBrowser = (reason: string) =>
		new CliError(ctx.t('cli.accept.noBrowser', { reason }), EXIT_USAGE);
	if (!existsSync(executablePath)) throw noBrowser(executablePath);
	let chromium;
	try {
		({ chromium } = await import('playwright-core'));
	} catch {
		throw noBrowser('playwright-core');
	}
	const browser = await chromium.launch({
		executablePath,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--no-first-run']
	});
	try {
		const page = await browser.newPage();
		await page.setContent(html, { waitUntil: 'load' });
		await page.pdf({ path: resolve(ctx.cwd, file), format: 'A4', preferCSSPageSize: true });
	} finally {
		await browser.close();
	}
}
