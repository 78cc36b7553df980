import { describe, expect, it } from 'vitest';
import { pointer, resolvePointer } from './pointer';
describe('pointer', () => {
	it('round-trips', () => {
		expect(pointer('a/b', 1)).toBe('/a~1b/1');
		expect(resolvePointer({ 'a/b': [0, 5] }, '/a~1b/1')).toBe(5);
	});
});
