// decide applies what the schemas cannot say: cross-field rules and calculated fields.
import { describe, expect, it } from 'vitest';
import { compileItem } from '../compile/compile';
import {
	fileRef,
	generousPolicy,
	sampleForm,
	validIdCard
} from '../../../../tests/fixtures/applications';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import type { Item, JsonSchema } from '../item/types';
import { decide } from './decide';

const DATE = '2024-09-27';

function item(): Item {
	const it = sampleItem();
	const props = it.form.schema.properties as Record<string, JsonSchema>;
	const applicant = props.applicant.properties as Record<string, JsonSchema>;
	applicant.age = { type: 'integer', title: '年龄' };
	const business = props.business.properties as Record<string, JsonSchema>;
	business.opens = { type: 'string', title: '开业日期', format: 'date' };
	business.closes = { type: 'string', title: '停业日期', format: 'date' };
	it.form.uiSchema = {
		...it.form.uiSchema,
		'ui:rules': [
			{ kind: 'dateAfter', field: 'business.closes', after: 'business.opens' },
			{ kind: 'sumEquals', items: 'shareholders', of: 'share', total: 100 }
		],
		applicant: {
			...(it.form.uiSchema.applicant as object),
			age: { 'ui:calc': { fn: 'ageFromId', id: 'applicant.idNumber' } }
		}
	};
	return it;
}

function submission(form: Record<string, unknown>) {
	const bundle = compileItem(item(), { policy: generousPolicy() });
	const materials: Record<string, unknown> = {};
	for (const m of bundle.materials) if (!m.sharedExempt) materials[m.id] = fileRef();
	return { bundle, submission: { form, materials } };
}

describe('decide with cross-field rules and calculated fields', () => {
	it('accepts a form whose dates, totals and calculated age are right', () => {
		const form = sampleForm();
		(form.applicant as Record<string, unknown>).age = 39; // born 1985-06-15
		form.business = { ...(form.business as object), opens: '2024-10-01', closes: '2025-10-01' };
		form.shareholders = [
			{ name: '甲', share: 60.5 },
			{ name: '乙', share: 39.5 }
		];
		const { bundle, submission: s } = submission(form);
		const d = decide(bundle, s, DATE);
		expect(d.errors).toEqual([]);
		expect(d.decision).toBe('accept');
	});

	it('asks to correct each, at the field, in words', () => {
		const form = sampleForm();
		(form.applicant as Record<string, unknown>).age = 30;
		(form.applicant as Record<string, unknown>).idNumber = validIdCard();
		form.business = { ...(form.business as object), opens: '2024-10-01', closes: '2024-09-01' };
		form.shareholders = [{ name: '甲', share: 60 }];
		const { bundle, submission: s } = submission(form);
		const d = decide(bundle, s, DATE);
		expect(d.decision).toBe('supplement');
		expect(d.errors.map((e) => [e.pointer, e.message])).toEqual([
			['/form/business/closes', '停业日期应晚于开业日期'],
			['/form/shareholders', '股东中各项出资比例（%）合计应等于 100，现为 60'],
			['/form/applicant/age', '年龄应为 39（根据所填信息自动计算）']
		]);
		const en = decide(bundle, s, DATE, { locale: 'en' });
		expect(en.errors[0].message).toBe('停业日期 must be after 开业日期');
	});
});
