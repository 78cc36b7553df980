import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewTranslator } from './messages';
import { describePointer } from './pointer-label';

const doc = JSON.parse(readFileSync('templates/public-place-hygiene-licence.json', 'utf8'));
const t = reviewTranslator('zh-CN');

describe('describePointer', () => {
	it('names a material by its position and name', () => {
		expect(describePointer(doc, '/materials/2/necessity', t)).toBe(
			`申请材料 › 第 3 项材料《${doc.materials[2].name}》 › necessity`
		);
	});

	it('names a form field by its titles', () => {
		const [section] = Object.keys(doc.form.schema.properties);
		const s = doc.form.schema.properties[section];
		const [field] = Object.keys(s.properties);
		const where = describePointer(doc, `/form/schema/properties/${section}/properties/${field}`, t);
		expect(where).toBe(`申请表单 › ${s.title} › ${s.properties[field].title}`);
	});

	it('speaks English when asked, and falls back to the pointer for what it cannot name', () => {
		expect(describePointer(doc, '/guide/promisedTimeLimit', reviewTranslator('en'))).toBe(
			'Service guide › promisedTimeLimit'
		);
		expect(describePointer(doc, null, t)).toBe('整个事项');
		expect(describePointer(doc, 'not-a-pointer', t)).toBe('not-a-pointer');
	});
});
