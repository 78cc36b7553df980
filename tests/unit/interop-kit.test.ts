// @vitest-environment jsdom
// The interop kit's two modules as a portal gets them: the formats decide as the domain does, run
// without imports or eval, and stay small; the file field turns a chosen file into the reference
// our schemas ask for, refuses what the material does not accept, and works for bundles published
// before the uiSchema named it.
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement as h } from 'react';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileItem, type Bundle } from '../../src/lib/domain/compile';
import { CN_FORMATS } from '../../src/lib/domain/formats';
import type { Item } from '../../src/lib/domain/item/types';
import { buildKit, type Kit } from '../fixtures/interop-kit';

let kit: Kit;
beforeAll(async () => {
	kit = await buildKit();
});
afterAll(() => kit?.remove());
afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

const source = (file: string) => readFileSync(join(kit.dir, file), 'utf8');

const VALUES: Record<string, string[]> = {
	'cn-id-card': [
		'11010519491231002X',
		'11010519491231002x',
		'110105194912310021',
		' 11010519491231002X',
		'110105194902300020',
		'91010519491231002X',
		'110105491231002'
	],
	'cn-uscc': ['91110108551385082Q', '91110108551385082A', '91110108551385082q', '9111010855138508'],
	'cn-region': ['110108', '110199', '410105', ' 410105', '999999'],
	'cn-mobile': ['13800138000', '12800138000', '+8613800138000', '1380013800'],
	'cn-postcode': ['100080', '900080', '10008']
};

describe('cn-formats module', () => {
	it('decides every value as the domain formats do, exactly as written', () => {
		const { formats } = kit.formats;
		expect(Object.keys(formats).sort()).toEqual(Object.keys(CN_FORMATS).sort());
		for (const [format, values] of Object.entries(VALUES)) {
			const domain = CN_FORMATS[format as keyof typeof CN_FORMATS].validate;
			for (const v of values)
				expect(formats[format as 'cn-id-card'](v), `${format} ${v}`).toBe(domain(v));
		}
		expect(formats['cn-id-card']('11010519491231002X')).toBe(true);
		expect(formats['cn-id-card']('110105194912310021')).toBe(false);
	});

	it('registers on Ajv and says why a value fails, in Chinese or English', () => {
		const ajv = kit.formats.addFormats(new Ajv2020({ allErrors: true }));
		const validate = ajv.compile({ type: 'string', format: 'cn-id-card' });
		expect(validate('11010519491231002X')).toBe(true);
		expect(validate('110105194912310021')).toBe(false);
		expect(kit.formats.formatError('cn-id-card', '110105194912310021')).toBe(
			'校验码应为 X，请核对号码'
		);
		expect(kit.formats.formatError('cn-uscc', '91110108551385082q', 'en')).toBe(
			'letters must be upper case'
		);
		expect(kit.formats.formatError('email', 'x')).toBeUndefined();
		const errors = [
			{ keyword: 'format', params: { format: 'cn-region' }, data: '110199', message: 'x' },
			{ keyword: 'format', params: { format: 'email' }, data: 'a', message: 'kept' }
		];
		kit.formats.localizer()(errors);
		expect(errors.map((e) => e.message)).toEqual([
			expect.stringMatching(/^行政区划代码 110199 不存在/),
			'kept'
		]);
	});

	it('is one module with no imports and no eval, so it runs under a strict CSP', () => {
		const text = source(kit.manifest.formats.file);
		expect(text).not.toMatch(/^\s*import\b|\bimport\s*\(|\brequire\(/m);
		expect(text).not.toMatch(/\bnew Function\b|\beval\(/);
		expect(kit.formats.version).toBe(kit.manifest.formats.version);
		expect(kit.formats.regions.count).toBeGreaterThan(3000);
		expect(kit.formats.regionName('410105')).toBe('金水区');
	});

	it('is named by its content and stays within its size budget', () => {
		const m = kit.manifest.formats;
		const bytes = readFileSync(join(kit.dir, m.file));
		expect(m.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
		expect(m.file).toBe(`cn-formats.v1.${m.sha256.slice(0, 16)}.js`);
		// most of it is the GB/T 2260 region table cn-region checks against
		expect(m.gzipBytes).toBeLessThan(40 * 1024);
	});
});

const MATERIALS_ITEM = JSON.parse(
	readFileSync('templates/food-business-licence.json', 'utf8')
) as Item;

function renderForm(bundle: Bundle, opts: { uiSchema?: UiSchema; formContext?: object } = {}) {
	const onChange = vi.fn();
	const utils = render(
		h(Form, {
			schema: bundle.applicationSchema as RJSFSchema,
			uiSchema: (opts.uiSchema ?? bundle.uiSchema) as UiSchema,
			validator: customizeValidator({ AjvClass: Ajv2020, customFormats: kit.formats.formats }),
			fields: kit.field.fields,
			formContext: opts.formContext,
			onChange
		})
	);
	const latest = () => onChange.mock.calls.at(-1)?.[0].formData;
	return { ...utils, latest };
}

describe('rjsf file field', () => {
	const bundle = compileItem(MATERIALS_ITEM);
	const material = bundle.materials.find((m) => m.mediaTypes.includes('application/pdf'))!;
	const inputOf = (c: HTMLElement) =>
		c.querySelector<HTMLInputElement>(`[id="root_materials_${material.id}"]`)!;

	// Node's WebCrypto refuses the ArrayBuffers jsdom's File makes (another realm); a browser's does not
	const subtle = {
		digest: (algorithm: string, data: ArrayBuffer) =>
			webcrypto.subtle.digest(algorithm, Buffer.from(new Uint8Array(data)))
	};

	it.each([
		['WebCrypto', { subtle }],
		['no WebCrypto (a plain-HTTP intranet page)', undefined]
	])('turns the chosen file into {name, mediaType, size, sha256} with %s', async (_, crypto) => {
		vi.stubGlobal('crypto', crypto);
		const onFile = vi.fn();
		const { container, latest, getByText } = renderForm(bundle, { formContext: { onFile } });
		const bytes = new TextEncoder().encode('%PDF-1.7 申请书');
		const file = new File([bytes], '申请书.pdf', { type: 'application/pdf' });
		const input = inputOf(container);
		expect(input.accept.split(',')).toEqual(material.mediaTypes);
		fireEvent.change(input, { target: { files: [file] } });
		const ref = {
			name: '申请书.pdf',
			mediaType: 'application/pdf',
			size: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex')
		};
		await waitFor(() => expect(latest()?.materials?.[material.id]).toEqual(ref));
		expect(onFile).toHaveBeenCalledWith(file, ref, ['materials', material.id]);
		expect(getByText(`已选择：申请书.pdf（${bytes.length} B）`)).toBeTruthy();

		await act(async () => fireEvent.click(getByText('移除文件 申请书.pdf')));
		expect(latest()?.materials?.[material.id]).toBeUndefined();
		expect(document.activeElement).toBe(input);
	});

	it('refuses a file of a type or size the material does not accept, before reading it', async () => {
		const { container, latest, findByRole } = renderForm(bundle);
		const input = inputOf(container);
		fireEvent.change(input, {
			target: { files: [new File(['x'], 'photo.gif', { type: 'image/gif' })] }
		});
		expect((await findByRole('alert')).textContent).toMatch(/^文件类型不符合要求，仅支持 /);
		expect(input.getAttribute('aria-invalid')).toBe('true');

		const big = new File(['x'], 'big.pdf', { type: 'application/pdf' });
		Object.defineProperty(big, 'size', { value: material.maxSize + 1 });
		fireEvent.change(input, { target: { files: [big] } });
		await waitFor(async () => expect((await findByRole('alert')).textContent).toMatch(/超过上限/));
		expect(latest()?.materials?.[material.id]).toBeUndefined();
	});

	it('speaks English when the form context asks for it', () => {
		const { getAllByText } = renderForm(bundle, { formContext: { locale: 'en' } });
		expect(getAllByText(/^PDF.*, at most \d+ MB per file$/).length).toBeGreaterThan(0);
	});

	it('renders versions published before the uiSchema named it, through withFileFields', () => {
		const strip = (ui: unknown): unknown =>
			ui && typeof ui === 'object' && !Array.isArray(ui)
				? Object.fromEntries(
						Object.entries(ui)
							.filter(([k]) => k !== 'ui:field')
							.map(([k, v]) => [k, strip(v)])
					)
				: ui;
		const old = strip(bundle.uiSchema) as UiSchema;
		expect(
			renderForm(bundle, { uiSchema: old }).container.querySelector('input[type="file"]')
		).toBeNull();
		cleanup();
		const upgraded = kit.field.withFileFields(old) as UiSchema;
		expect(upgraded).toEqual(bundle.uiSchema);
		const { container } = renderForm(bundle, { uiSchema: upgraded });
		expect(inputOf(container).type).toBe('file');
	});

	it('imports nothing but React and stays small', () => {
		const text = source(kit.manifest.fileField.file);
		const specifiers = [...text.matchAll(/\bfrom\s*"([^"]+)"|\bimport\s*\(\s*"([^"]+)"/g)].map(
			(m) => m[1] ?? m[2]
		);
		expect([...new Set(specifiers)]).toEqual(['react']);
		expect(kit.manifest.fileField.gzipBytes).toBeLessThan(12 * 1024);
	});
});
