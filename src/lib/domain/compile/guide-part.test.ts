import { describe, expect, it } from 'vitest';
import { compileItem } from './compile';
import { guidePart } from './guide-part';
import { sampleItem } from '../../../../tests/fixtures/sample-item';

describe('the guide part of a bundle', () => {
	it('keeps what a guide shows and leaves the schemas out', () => {
		const bundle = compileItem(sampleItem());
		const part = guidePart(bundle);
		expect(part.guide).toEqual(bundle.guide);
		expect(part.materials).toEqual(bundle.materials);
		expect(part.tolerance).toEqual(bundle.tolerance);
		expect(part).not.toHaveProperty('applicationSchema');
		expect(part).not.toHaveProperty('acceptance');
		expect(JSON.stringify(part).length).toBeLessThan(JSON.stringify(bundle).length / 2);
	});
});
