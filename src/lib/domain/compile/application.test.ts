import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { CN_FORMATS } from '../formats';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import type { JsonSchema } from '../item/types';
import { resolvePointer } from '../pointer';
import { createAjv } from '../validation/ajv';
import { compileItem } from './compile';
import {
	badCheckDigitIdCard,
	fileRef,
	sampleForm,
	validIdCard
} from '../../../../tests/fixtures/applications';

const ID_PATTERN = CN_FORMATS['cn-id-card'].pattern;

function collect(node: unknown, keyword: string, out: unknown[] = []): unknown[] {
	if (Array.isArray(node)) node.forEach((n) => collect(n, keyword, out));
	else if (node && typeof node === 'object') {
		for (const [k, v] of Object.entries(node)) {
			if (k === keyword) out.push(v);
			collect(v, keyword, out);
		}
	}
	return out;
}

describe('patterns beside formats', () => {
	it('adds the structural pattern at any depth, in arrays and $defs', () => {
		const item = sampleItem();
		item.form.schema.$defs = {
			contact: {
				type: 'object',
				properties: { mobile: { type: 'string', title: '手机', format: 'cn-mobile' } }
			}
		};
		(item.form.schema.properties as JsonSchema).contact = {
			$ref: '#/$defs/contact',
			title: '联系人'
		};
		const s = compileItem(item).applicationSchema;
		expect(resolvePointer(s, '/properties/applicant/properties/idNumber')).toMatchObject({
			format: 'cn-id-card',
			pattern: ID_PATTERN
		});
		expect(resolvePointer(s, '/properties/shareholders/items/properties/idNumber')).toMatchObject({
			format: 'cn-id-card',
			pattern: ID_PATTERN
		});
		expect(resolvePointer(s, '/$defs/contact/properties/mobile')).toMatchObject({
			format: 'cn-mobile',
			pattern: CN_FORMATS['cn-mobile'].pattern
		});
	});

	it('keeps an authored pattern and requires both', () => {
		const item = sampleItem();
		const applicant = (item.form.schema.properties as JsonSchema).applicant as JsonSchema;
		// only Guangdong residents
		(applicant.properties as JsonSchema).idNumber = {
			type: 'string',
			title: '身份证号码',
			format: 'cn-id-card',
			pattern: '^44'
		};
		const bundle = compileItem(item);
		const node = resolvePointer(
			bundle.applicationSchema,
			'/properties/applicant/properties/idNumber'
		);
		expect(node).toMatchObject({ allOf: [{ pattern: '^44' }, { pattern: ID_PATTERN }] });
		// a validator without our formats still applies both
		const plain = new Ajv2020({ strict: false, validateFormats: false });
		const validate = plain.compile(bundle.applicationSchema);
		const form = sampleForm();
		expect(validate(form)).toBe(false);
		(form.applicant as JsonSchema).idNumber = '44030519850615123X';
		expect(validate(form)).toBe(true);
		(form.applicant as JsonSchema).idNumber = '4403';
		expect(validate(form)).toBe(false);
	});

	it('leaves no format in the acceptance schemas, only patterns', () => {
		const item = sampleItem();
		const business = (item.form.schema.properties as JsonSchema).business as JsonSchema;
		(business.properties as JsonSchema).openedOn = {
			type: 'string',
			title: '开业日期',
			format: 'date'
		};
		const { acceptance } = compileItem(item);
		for (const schema of [acceptance.complete, acceptance.tolerant]) {
			expect(collect(schema, 'format')).toEqual([]);
			expect(collect(schema, 'pattern')).toContain(ID_PATTERN);
			// a bare validator in its default strict mode compiles them
			expect(() => new Ajv2020().compile(schema)).not.toThrow();
		}
	});
});

describe('application schema', () => {
	const bundle = compileItem(sampleItem());
	const validate = createAjv('acceptance').compile(bundle.applicationSchema);

	it('is a 2020-12 schema identified by the item code and titled with its name', () => {
		const s = bundle.applicationSchema;
		expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(String(s.$id)).toContain(encodeURIComponent(sampleItem().code));
		expect(s.title).toBe('食品经营许可');
	});

	it('accepts valid form data with or without materials', () => {
		expect(validate(sampleForm())).toBe(true);
		expect(validate({ ...sampleForm(), materials: {} })).toBe(true);
		expect(validate({ ...sampleForm(), materials: { 'application-form': fileRef() } })).toBe(true);
	});

	it('rejects an unknown top-level key and an unknown material', () => {
		expect(validate({ ...sampleForm(), nickname: 'x' })).toBe(false);
		expect(validate({ ...sampleForm(), materials: { diploma: fileRef() } })).toBe(false);
	});

	it('rejects a material that is not a valid file reference', () => {
		const bad = [
			fileRef({ mediaType: 'application/zip' }),
			fileRef({ size: 100 * 1024 * 1024 }),
			fileRef({ sha256: 'not-a-digest' }),
			{ ...fileRef(), extra: 1 }
		];
		for (const ref of bad) {
			expect(validate({ ...sampleForm(), materials: { 'application-form': ref } })).toBe(false);
		}
	});

	it('rejects a bad check digit with formats, accepts its shape without', () => {
		const form = sampleForm();
		(form.applicant as JsonSchema).idNumber = badCheckDigitIdCard();
		expect(validate(form)).toBe(false);
		const shapeOnly = new Ajv2020({ strict: false, validateFormats: false }).compile(
			bundle.applicationSchema
		);
		expect(shapeOnly(form)).toBe(true);
	});

	it('does not ask for shared-data-exempt materials', () => {
		const mats = (bundle.applicationSchema.properties as JsonSchema).materials as JsonSchema;
		expect(Object.keys(mats.properties as object)).not.toContain('identity');
		expect(validate({ ...sampleForm(), materials: { identity: fileRef() } })).toBe(false);
		expect(Object.keys((bundle.uiSchema.materials as JsonSchema) ?? {})).not.toContain('identity');
	});

	it('allows a conditional material only when its condition holds', () => {
		const licence = { materials: { 'business-licence': fileRef() } };
		expect(validate({ ...sampleForm('company'), ...licence })).toBe(true);
		expect(validate({ ...sampleForm('person'), ...licence })).toBe(false);
		expect(validate({ ...sampleForm('person'), materials: {} })).toBe(true);
	});

	it('still accepts old data after an optional field is added', () => {
		const item = sampleItem();
		(item.form.schema.properties as JsonSchema).remark = { type: 'string', title: '备注' };
		const next = createAjv('acceptance').compile(compileItem(item).applicationSchema);
		expect(next(sampleForm())).toBe(true);
		expect(next({ ...sampleForm(), remark: '无' })).toBe(true);
	});

	it('counts fields declared only inside an authored if/then as known', () => {
		const item = sampleItem();
		item.form.schema.if = {
			properties: { business: { properties: { category: { const: '热食类食品制售' } } } }
		};
		item.form.schema.then = {
			properties: { kitchenArea: { type: 'number', title: '厨房面积', minimum: 1 } }
		};
		const v = createAjv('acceptance').compile(compileItem(item).applicationSchema);
		expect(v({ ...sampleForm(), kitchenArea: 20 })).toBe(true);
		expect(v({ ...sampleForm(), kitchenArea: 0 })).toBe(false);
		const other = sampleForm();
		(other.business as JsonSchema).category = '预包装食品销售';
		expect(v({ ...other, kitchenArea: 20 })).toBe(false);
	});

	it('keeps local $refs resolvable', () => {
		const item = sampleItem();
		item.form.schema.$defs = {
			person: { type: 'object', properties: { id: { type: 'string', format: 'cn-id-card' } } }
		};
		(item.form.schema.properties as JsonSchema).contact = { $ref: '#/$defs/person' };
		const b = compileItem(item);
		const v = createAjv('acceptance').compile(b.applicationSchema);
		expect(v({ ...sampleForm(), contact: { id: validIdCard() } })).toBe(true);
		expect(v({ ...sampleForm(), contact: { id: '123' } })).toBe(false);
		const complete = new Ajv2020().compile(b.acceptance.complete);
		const submission = (id: string) => ({
			form: { ...sampleForm(), contact: { id } },
			materials: {
				'application-form': fileRef(),
				'business-licence': fileRef(),
				'premises-layout': fileRef()
			}
		});
		expect(complete(submission(validIdCard()))).toBe(true);
		expect(complete(submission('123'))).toBe(false);
	});
});

describe('uiSchema', () => {
	const bundle = compileItem(sampleItem());

	it('orders the form fields first, then the materials', () => {
		expect(bundle.uiSchema['ui:order']).toEqual([
			'applicant',
			'business',
			'shareholders',
			'materials'
		]);
		expect(bundle.uiSchema.applicant).toEqual({ applicantType: { 'ui:widget': 'radio' } });
	});

	it('renders each material as a file upload with its rules', () => {
		const ui = bundle.uiSchema.materials as Record<string, JsonSchema>;
		expect(ui['ui:order']).toEqual([
			'application-form',
			'business-licence',
			'premises-layout',
			'safety-rules'
		]);
		expect(ui['application-form']).toMatchObject({
			// rjsf renders objects by ui:field; ui:widget is what our renderer and older portals read
			'ui:field': 'fileRef',
			'ui:widget': 'file',
			'ui:options': {
				accept: ['application/pdf', 'image/jpeg'],
				maxSize: 10 * 1024 * 1024,
				necessity: 'required',
				essential: true,
				tolerable: false,
				blankTemplate: { name: '食品经营许可申请书（空白）.docx' }
			}
		});
		expect((ui['premises-layout']['ui:options'] as JsonSchema).tolerable).toBe(true);
	});

	it('names the file-reference field beside every authored attachment, and only there', () => {
		const item = sampleItem();
		item.form.uiSchema = {
			...item.form.uiSchema,
			applicant: { photo: { 'ui:widget': 'file', 'ui:options': { accept: ['image/jpeg'] } } },
			shareholders: { items: { scan: { 'ui:widget': 'file' } } }
		};
		const ui = compileItem(item).uiSchema as Record<string, Record<string, JsonSchema>>;
		expect(ui.applicant.photo).toEqual({
			'ui:field': 'fileRef',
			'ui:options': { accept: ['image/jpeg'] },
			'ui:widget': 'file'
		});
		expect(ui.shareholders.items.scan).toEqual({ 'ui:field': 'fileRef', 'ui:widget': 'file' });
		expect(collect(ui, 'ui:field')).toHaveLength(
			collect(ui, 'ui:widget').filter((w) => w === 'file').length
		);
	});
});
