// The rjsf recipe on its example page (static/rjsf-example.html): a portal's own @rjsf/core renders
// a published form with the interop kit loaded from the portal API, in a real Chromium.
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext } from './browser';
import { pdf } from './portal-helpers';
import { SAMPLES } from '../fixtures/template-samples';

const SAMPLE = SAMPLES['food-business-licence'] as {
	applicant: Record<string, string>;
	business: Record<string, string> & { items: string[]; area: number };
	safetyManagers: Record<string, string>[];
};
/** The text fields of the sample, by rjsf's element id. */
const TEXT: Record<string, string> = {
	...Object.fromEntries(
		Object.entries(SAMPLE.applicant)
			.filter(([k]) => k !== 'idNumber')
			.map(([k, v]) => [`root_applicant_${k}`, v])
	),
	root_business_premisesRegion: SAMPLE.business.premisesRegion,
	root_business_premises: SAMPLE.business.premises,
	root_business_area: String(SAMPLE.business.area),
	...Object.fromEntries(
		Object.entries(SAMPLE.safetyManagers[0]).map(([k, v]) => [`root_safetyManagers_0_${k}`, v])
	)
};

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('rjsf example page', () => {
	it('renders materials as file inputs, explains a wrong check character and submits only the file reference', async () => {
		const { context, page } = await newContext(browser);
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const kit: number[] = [];
		page.on('response', (r) => {
			if (r.url().includes('/api/v1/portal/interop/')) kit.push(r.status());
		});
		await page.goto('/rjsf-example.html');
		const form = page.locator('form.rjsf');
		await form.waitFor();
		expect(kit).toEqual([200, 200]);

		const files = form.locator('input[type="file"]');
		expect(await files.count()).toBeGreaterThanOrEqual(4);
		expect(await form.locator('[id$="_sha256"]').count()).toBe(0);

		const file = pdf('食品经营许可申请书.pdf');
		await files.first().setInputFiles(file);
		await expect
			.poll(() => form.locator('.banshi-file-chosen').first().textContent())
			.toContain('已选择：食品经营许可申请书.pdf');

		await page.fill('#root_applicant_idNumber', '410105198506123011');
		await page.getByRole('button', { name: '提交申请' }).click();
		await expect
			.poll(() => page.locator('#root_applicant_idNumber__error').textContent())
			.toContain('校验码应为 7，请核对号码');
		// materials left empty are not errors; required fields left empty are
		expect(await form.locator('[id^="root_materials_"][id$="__part-errors"]').count()).toBe(0);
		expect(await page.locator('#root_applicant_name__error').textContent()).toContain('必需属性');

		// corrected and completed, the application is submitted with the file's reference only
		await page.fill('#root_applicant_idNumber', SAMPLE.applicant.idNumber);
		for (const [pointer, value] of Object.entries(TEXT)) await page.fill(`#${pointer}`, value);
		const business = SAMPLE.business;
		await page.locator('#root_business_operatorType').getByLabel(business.operatorType).check();
		for (const item of business.items)
			await page.locator('#root_business_items').getByLabel(item).check();
		await page.locator('#root_business_onlineSales').getByLabel('Yes').check();
		await page.getByRole('button', { name: '提交申请' }).click();
		await expect.poll(() => page.locator('#result').textContent()).toContain('"materials"');
		const submission = JSON.parse((await page.locator('#result').textContent())!);
		expect(Object.values(submission.materials)).toEqual([
			{
				name: file.name,
				mediaType: 'application/pdf',
				size: file.buffer.length,
				sha256: createHash('sha256').update(file.buffer).digest('hex')
			}
		]);
		expect(submission.form.applicant).toEqual(SAMPLE.applicant);
		expect(errors).toEqual([]);
		await context.close();
	});
});
