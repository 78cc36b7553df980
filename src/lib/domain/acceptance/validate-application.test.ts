import { describe, expect, it } from 'vitest';
import { compileItem } from '../compile/compile';
import { badCheckDigitIdCard, fileRef, sampleForm } from '../../../../tests/fixtures/applications';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import type { JsonSchema } from '../item/types';
import { createAjv } from '../validation/ajv';
import { validateApplication } from './validate-application';

const bundle = compileItem(sampleItem());

describe('validateApplication', () => {
	it('accepts valid form data', () => {
		expect(validateApplication(bundle, sampleForm())).toEqual({ valid: true, errors: [] });
	});

	it('explains a wrong check digit in Chinese, at the field', () => {
		const form = sampleForm();
		(form.applicant as JsonSchema).idNumber = badCheckDigitIdCard();
		const { valid, errors } = validateApplication(bundle, form);
		expect(valid).toBe(false);
		expect(errors).toHaveLength(1);
		expect(errors[0].pointer).toBe('/applicant/idNumber');
		expect(errors[0].message).toMatch(/^身份证号码：.*校验/);
	});

	it('speaks English on request', () => {
		const form = sampleForm();
		delete (form.business as JsonSchema).address;
		const { errors } = validateApplication(bundle, form, { locale: 'en' });
		expect(errors).toEqual([
			{ pointer: '/business/address', code: 'required', message: '经营场所: is required' }
		]);
	});

	it('names the material and the limit for a bad upload', () => {
		const { errors } = validateApplication(bundle, {
			...sampleForm(),
			materials: {
				'application-form': fileRef({ size: 20 * 1024 * 1024, mediaType: 'text/plain' })
			}
		});
		const messages = Object.fromEntries(errors.map((e) => [e.pointer, e.message]));
		expect(messages['/materials/application-form/size']).toBe(
			'食品经营许可申请书 › 文件大小：不能超过 10 MB'
		);
		expect(messages['/materials/application-form/mediaType']).toContain(
			'application/pdf、image/jpeg'
		);
	});

	it('reports every problem at once', () => {
		const form = sampleForm();
		(form.applicant as JsonSchema).phone = '123';
		(form.applicant as JsonSchema).idNumber = 'x';
		delete (form.business as JsonSchema).address;
		const { errors } = validateApplication(bundle, { ...form, unknown: true });
		expect(errors.map((e) => e.pointer).sort()).toEqual([
			'/applicant/idNumber',
			'/applicant/phone',
			'/business/address',
			'/unknown'
		]);
	});
});

describe("createAjv('acceptance')", () => {
	it('knows our formats and the standard ones unless told not to', () => {
		const schema = {
			type: 'object',
			properties: {
				id: { type: 'string', format: 'cn-id-card' },
				day: { type: 'string', format: 'date' }
			}
		};
		const validate = createAjv('acceptance').compile(schema);
		expect(validate({ id: badCheckDigitIdCard() })).toBe(false);
		expect(validate({ day: '2024-02-30' })).toBe(false);
		expect(validate({ day: '2024-02-29' })).toBe(true);
		expect(() => createAjv('acceptance', { formats: false }).compile(schema)).toThrow(
			/unknown format/
		);
	});

	it('refuses unknown keywords in published schemas', () => {
		expect(() => createAjv('acceptance').compile({ type: 'string', widget: 'x' })).toThrow();
	});
});
