import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { generateForm } from '../../bench/form/gen-forms.mjs';
import { render, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

/** Median time from an input event to the DOM being up to date, over a few keystrokes. */
function typingCost(form: HTMLFormElement): number {
	const input = form.querySelector<HTMLInputElement>('input[type="text"]')!;
	const times: number[] = [];
	for (let i = 0; i < 15; i++) {
		const t = performance.now();
		input.value += 'a';
		input.dispatchEvent(new InputEvent('input', { bubbles: true }));
		flushSync();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return times[7];
}

describe('typing in a large form', () => {
	it('costs about the same in a 1000-field form as in a 50-field one (only the field updates)', () => {
		const small = generateForm(50);
		r = render({ schema: small.schema, uiSchema: small.uiSchema, data: small.valid });
		const cost50 = typingCost(r.form);
		const large = generateForm(1000);
		r = render({ schema: large.schema, uiSchema: large.uiSchema, data: large.valid });
		expect(r.form.querySelectorAll('input, select, textarea').length).toBeGreaterThan(1000);
		const cost1000 = typingCost(r.form);
		expect((r.form.querySelector('input[type="text"]') as HTMLInputElement).value).toMatch(
			/a{15}$/
		);
		// Re-rendering every field would make the large form 20× slower or worse.
		expect(cost1000).toBeLessThan(cost50 * 4 + 0.5);
	});
});
