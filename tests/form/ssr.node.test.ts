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

describe('links in the form (issue 12: no script URLs)', () => {
	const schema = {
		type: 'object',
		properties: {
			materials: {
				type: 'object',
				properties: {
					m1: {
						type: 'object',
						title: '营业执照',
						properties: {
							name: { type: 'string' },
							mediaType: { type: 'string' },
							size: { type: 'integer' },
							sha256: { type: 'string' }
						}
					}
				}
			}
		}
	};
	const withTemplates = (blank: string, sample: string) => ({
		materials: {
			m1: {
				'ui:widget': 'file',
				'ui:options': {
					blankTemplate: { name: '空白表格', url: blank },
					sampleTemplate: { name: '示例样表', url: sample }
				}
			}
		}
	});

	it('links http(s) and portal paths', () => {
		const { body } = render(SchemaForm, {
			props: { schema, uiSchema: withTemplates('/files/a.docx', 'https://example.gov.cn/b.pdf') }
		});
		expect(body).toContain('href="/files/a.docx"');
		expect(body).toContain('href="https://example.gov.cn/b.pdf"');
	});

	it('never writes a javascript: or data: href, whatever the bundle says', () => {
		const { body } = render(SchemaForm, {
			props: { schema, uiSchema: withTemplates('javascript:alert(1)', 'data:text/html,<b>x</b>') }
		});
		expect(body).toContain('营业执照');
		expect(body).not.toMatch(/href="(javascript|data):/i);
	});
});
