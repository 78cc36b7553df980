// The designer's preview of a form with a calculated birth date and a field of one section shown by
// an OR condition over another section: what the clerk built is what the applicant gets.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setFieldRule } from '../../src/lib/domain/conditions';
import { idCardCheckChar } from '../../src/lib/domain/formats';
import type { JsonSchema } from '../../src/lib/domain/item/types';
import { launch, newContext } from './browser';
import { createItem, openEditor, tab, template } from '../designer/e2e';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

type Obj = Record<string, Record<string, unknown>>;

function itemWithRules() {
	const doc = template('minimum-living-allowance');
	const form = doc.form as { schema: JsonSchema; uiSchema: Obj };
	const props = form.schema.properties as Record<string, JsonSchema>;
	(props.applicant.properties as Record<string, JsonSchema>).birth = {
		type: 'string',
		title: '出生日期',
		format: 'date'
	};
	(props.payment.properties as Record<string, JsonSchema>).elderNote = {
		type: 'string',
		title: '老年人领取说明',
		maxLength: 200
	};
	const ui = form.uiSchema;
	(ui.applicant['ui:order'] as string[]).splice(2, 0, 'birth');
	ui.applicant.birth = { 'ui:calc': { fn: 'birthDateFromId', id: 'applicant.idNumber' } };
	form.schema = setFieldRule(form.schema, ['payment', 'elderNote'], {
		visible: 'show',
		required: false,
		when: {
			all: false,
			parts: [
				{ field: ['applicant', 'birth'], op: 'dateBefore', value: '1966-01-01' },
				{ field: ['applicant', 'hukouType'], op: 'equals', value: 'rural' }
			]
		}
	});
	return doc;
}

describe('designer preview: conditions and calculated fields', () => {
	it('fills the birth date from the ID number and shows a field by an OR across sections', async () => {
		const { context, page } = await newContext(browser, { user: 'editor' });
		const code = await createItem(context.request, itemWithRules(), '最低生活保障（条件与计算）');
		await openEditor(page, code);
		await tab(page, '预览');
		const frame = page.locator('.device');
		await frame.locator('.bsf').waitFor();
		const note = () => frame.getByLabel('老年人领取说明').count();
		expect(await note()).toBe(0);

		const first17 = '14060219500301002';
		await frame
			.getByLabel('身份证号码', { exact: true })
			.first()
			.fill(first17 + idCardCheckChar(first17));
		await expect.poll(() => frame.getByLabel('出生日期').inputValue()).toBe('1950-03-01');
		expect(await frame.getByLabel('出生日期').getAttribute('readonly')).not.toBeNull();
		await expect.poll(note).toBe(1);

		const young = '14060219900301002';
		await frame
			.getByLabel('身份证号码', { exact: true })
			.first()
			.fill(young + idCardCheckChar(young));
		await expect.poll(() => frame.getByLabel('出生日期').inputValue()).toBe('1990-03-01');
		await expect.poll(note).toBe(0);
		await frame.getByRole('group', { name: '户籍类别' }).getByLabel('农村').check();
		await expect.poll(note).toBe(1);
		await context.close();
	});
});
