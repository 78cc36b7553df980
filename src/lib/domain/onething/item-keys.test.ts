// The item side of 一件事: a material's semanticKey and a field's "ui:semantic" are validated where
// they are written, old documents without them stay valid, and compile publishes them.
import { describe, expect, it } from 'vitest';
import { compileItem } from '../compile';
import { diffItems } from '../diff';
import { validateItem } from '../item/validate';
import { templateItem } from '../../../../tests/fixtures/onething-restaurant';

describe('semantic keys on items', () => {
	it('keeps documents without keys valid', () => {
		const item = templateItem('construction-permit');
		expect(JSON.stringify(item)).not.toContain('semantic');
		expect(validateItem(item).problems).toEqual([]);
	});

	it('publishes a material key and a field key', () => {
		const b = compileItem(templateItem('food-business-licence'));
		expect(b.materials.find((m) => m.id === 'layout-plan')?.semanticKey).toBe('site-plan');
		const ui = b.uiSchema.applicant as Record<string, Record<string, unknown>>;
		expect(ui.idNumber['ui:semantic']).toBe('legal-representative-id-number');
	});

	it('refuses keys outside the vocabulary, located by pointer, in Chinese and English', () => {
		const item = templateItem('food-business-licence');
		item.materials[0].semanticKey = 'passport';
		(item.form.uiSchema.applicant as Record<string, Record<string, unknown>>).mobile[
			'ui:semantic'
		] = 'shoe-size';
		(item.form.uiSchema.business as Record<string, Record<string, unknown>>).area = {
			'ui:semantic': 7
		};
		const zh = validateItem(item);
		const at = Object.fromEntries(zh.problems.map((p) => [p.pointer, p.message]));
		expect(at['/materials/0/semanticKey']).toContain('经营场所证明');
		expect(at['/form/uiSchema/applicant/mobile/ui:semantic']).toMatch(/shoe-size.*词表/);
		expect(at['/form/uiSchema/business/area/ui:semantic']).toBeDefined();
		const en = validateItem(item, { locale: 'en' });
		expect(
			en.problems.find((p) => p.pointer === '/form/uiSchema/applicant/mobile/ui:semantic')?.message
		).toMatch(/not in the built-in vocabulary/);
	});

	it('shows a changed material meaning in the item diff', () => {
		const before = templateItem('food-business-licence');
		const after = templateItem('food-business-licence');
		after.materials.find((m) => m.id === 'layout-plan')!.semanticKey = 'premises-proof';
		const changes = Object.values(diffItems(before, after).groups).flat();
		expect(changes.map((c) => c.code)).toContain('material.semanticKey');
	});
});
