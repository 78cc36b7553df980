import { afterEach, describe, expect, it } from 'vitest';
import type { JsonSchema } from '$lib/domain/item/types';
import { control, render, settle, type Rendered } from './render';

let r: Rendered | undefined;
afterEach(() => r?.destroy());

const fileRef = {
	type: 'object',
	properties: {
		name: { type: 'string' },
		mediaType: { type: 'string' },
		size: { type: 'integer' },
		sha256: { type: 'string' }
	},
	required: ['name', 'mediaType', 'size', 'sha256']
};
const schema: JsonSchema = {
	type: 'object',
	properties: {
		materials: {
			type: 'object',
			title: '申请材料',
			properties: { licence: { ...fileRef, title: '营业执照' } },
			required: ['licence']
		}
	}
};
const uiSchema = {
	materials: {
		licence: {
			'ui:widget': 'file',
			'ui:options': {
				accept: ['application/pdf', 'image/jpeg'],
				maxSize: 1024,
				notes: '加盖公章',
				necessity: 'tolerable',
				essential: false,
				tolerable: true,
				blankTemplate: { name: '营业执照（空白）.pdf', url: '/t/blank.pdf' },
				sampleTemplate: { name: '营业执照（示例）.pdf', url: '/t/sample.pdf' }
			}
		}
	}
};

function choose(input: HTMLInputElement, file: File) {
	const dt = new DataTransfer();
	dt.items.add(file);
	input.files = dt.files;
	input.dispatchEvent(new Event('change', { bubbles: true }));
}

const errorText = (el: HTMLElement) =>
	(el.getAttribute('aria-describedby') ?? '')
		.split(' ')
		.map((id) => document.getElementById(id))
		.filter((e) => e?.classList.contains('bsf-error'))
		.map((e) => e!.textContent)
		.join('');

async function until(check: () => boolean) {
	for (let i = 0; i < 50 && !check(); i++) await new Promise((res) => setTimeout(res, 20));
	await settle();
}

describe('material upload', () => {
	it('shows what is accepted, the necessity badge, notes and templates', () => {
		r = render({ schema, uiSchema });
		const input = control(r.form, '营业执照');
		expect(input.accept).toBe('application/pdf,image/jpeg');
		const field = input.closest('.bsf-field')!;
		expect(field.querySelector('.bsf-badge')!.textContent).toBe('容缺');
		expect(field.textContent).toContain('支持 PDF、JPG 格式，单个文件不超过 1 KB');
		expect(field.textContent).toContain('加盖公章');
		const links = [...field.querySelectorAll('a')].map((a) => [
			a.textContent,
			a.getAttribute('href')
		]);
		expect(links).toEqual([
			['空白表格：营业执照（空白）.pdf', '/t/blank.pdf'],
			['示例样表：营业执照（示例）.pdf', '/t/sample.pdf']
		]);
	});

	it('refuses a file of the wrong type with a clear message', async () => {
		r = render({ schema, uiSchema });
		const input = control(r.form, '营业执照');
		choose(input, new File(['hello'], '执照.docx', { type: 'application/msword' }));
		await settle();
		expect(errorText(input)).toBe('错误：文件类型不符合要求，仅支持 PDF、JPG 格式');
		expect(input.getAttribute('aria-invalid')).toBe('true');
		expect(r.changes).toEqual([]);
	});

	it('refuses a file over the size limit, saying how big it is', async () => {
		r = render({ schema, uiSchema });
		const input = control(r.form, '营业执照');
		choose(input, new File([new Uint8Array(3000)], '执照.pdf', { type: 'application/pdf' }));
		await settle();
		expect(errorText(input)).toBe('错误：文件大小为 2.9 KB，超过上限 1 KB');
		expect(r.changes).toEqual([]);
	});

	it('stores a reference with the sha256 of an accepted file', async () => {
		r = render({ schema, uiSchema });
		const input = control(r.form, '营业执照');
		choose(input, new File(['abc'], '执照.pdf', { type: 'application/pdf' }));
		await until(() => r!.changes.length > 0);
		expect(errorText(input)).toBe('');
		expect(r.data()).toEqual({
			materials: {
				licence: {
					name: '执照.pdf',
					mediaType: 'application/pdf',
					size: 3,
					sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
				}
			}
		});
		expect(input.closest('.bsf-field')!.textContent).toContain('已选择：执照.pdf（3 B）');
	});
});
