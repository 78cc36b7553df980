// A long form drawn progressively: the first screen of fields at once, the rest after the first
// paint. Whatever has been drawn so far, the applicant can check it (the first error gets focus,
// even in a section not yet drawn), print it whole and find any field's text on the page.
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonSchema } from '$lib/domain/item/types';
import { render, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const SECTIONS = 40;
// forty ten-field sections; the last section's first field is required and left empty
const long: JsonSchema = {
	type: 'object',
	title: '长表单',
	properties: Object.fromEntries(
		Array.from({ length: SECTIONS }, (_, s) => [
			`s${s}`,
			{
				type: 'object',
				title: `第${s + 1}部分`,
				required: s === SECTIONS - 1 ? ['f0'] : [],
				properties: Object.fromEntries(
					Array.from({ length: 10 }, (_, f) => [
						`f${f}`,
						{ type: 'string', title: `第${s + 1}部分字段${f + 1}` }
					])
				)
			}
		])
	)
};
const valid = Object.fromEntries(
	Array.from({ length: SECTIONS }, (_, s) => [`s${s}`, s === SECTIONS - 1 ? {} : { f0: 'x' }])
);

const sections = (form: HTMLElement) => form.querySelectorAll('fieldset.bsf-section').length;
const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

describe('progressive drawing of a long form', () => {
	it('draws the first screen at once and the rest after the first paint', async () => {
		r = render({ schema: long, data: valid, progressive: true });
		const first = sections(r.form);
		expect(first).toBeGreaterThan(0);
		expect(first).toBeLessThan(SECTIONS);
		await expect.poll(() => sections(r!.form), { timeout: 10_000 }).toBe(SECTIONS);
		// find-in-page: the last section's text is on the page
		expect(r.form.textContent).toContain(`第${SECTIONS}部分字段10`);
	});

	it('focuses the first error when it is in a section not drawn yet', async () => {
		r = render({ schema: long, data: valid, progressive: true });
		expect(sections(r.form)).toBeLessThan(SECTIONS);
		const errors = r.validate();
		expect(errors.map((e) => e.pointer)).toEqual([`/s${SECTIONS - 1}/f0`]);
		expect(sections(r.form)).toBe(SECTIONS);
		await expect
			.poll(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)
			.toContain(`第${SECTIONS}部分字段1`);
	});

	it('prints the whole form', async () => {
		r = render({ schema: long, data: valid, progressive: true });
		expect(sections(r.form)).toBeLessThan(SECTIONS);
		window.dispatchEvent(new Event('beforeprint'));
		expect(sections(r.form)).toBe(SECTIONS);
	});

	it('keeps what was typed in the first sections while the rest arrive', async () => {
		r = render({ schema: long, data: valid, progressive: true });
		const input = r.form.querySelector<HTMLInputElement>('input')!;
		input.value = '张三';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		await painted();
		await expect.poll(() => sections(r!.form), { timeout: 10_000 }).toBe(SECTIONS);
		expect((r.data().s0 as Record<string, unknown>).f0).toBe('张三');
	});

	it('draws a short form at once, even when asked to draw progressively', () => {
		const short: JsonSchema = {
			...long,
			properties: Object.fromEntries(Object.entries(long.properties!).slice(0, 5))
		};
		r = render({ schema: short, data: {}, progressive: true });
		expect(sections(r.form)).toBe(5);
	});

	it('draws everything at once unless asked', () => {
		r = render({ schema: long, data: valid });
		expect(sections(r.form)).toBe(SECTIONS);
	});
});
