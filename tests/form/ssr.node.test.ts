import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { SchemaForm } from '$lib/form';
import { benchForms } from './forms';

describe('server rendering', () => {
	it('renders the whole prefilled form to HTML, without touching browser globals', () => {
		const form = benchForms()[0];
		const { body } = render(SchemaForm, {
			props: { schema: form.schema, uiSchema: form.uiSchema, data: form.valid }
		});
		const controls = body.match(/<(input|select|textarea)\b/g) ?? [];
		expect(controls.length).toBeGreaterThan(50);
		const firstText = body.match(/<input[^>]*type="text"[^>]*>/)![0];
		expect(firstText).toMatch(/value="[^"]+"/);
		expect(body).toContain('<fieldset');
		expect(body).toMatch(/class="bsf-req"/);
	});
});
