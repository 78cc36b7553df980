import { describe, expect, it } from 'vitest';
import type { VersionRow } from '../db/schema';
import { VersionCache } from './version-cache';

const row = (bundle: string) => ({ bundle, hash: 'h' }) as unknown as VersionRow;

describe('the published-version cache', () => {
	it('serves a version it has seen and nothing else', () => {
		const c = new VersionCache();
		c.set('A', 1, row('{"a":1}'));
		expect(c.get('A', 1)?.bundle).toBe('{"a":1}');
		expect(c.get('A', 2)).toBeUndefined();
		expect(c.get('B', 1)).toBeUndefined();
	});

	it('stays within its byte budget, dropping the least recently read first', () => {
		const c = new VersionCache(100); // 2 bytes per character: room for two 20-character bundles
		c.set('A', 1, row('a'.repeat(20)));
		c.set('B', 1, row('b'.repeat(20)));
		c.get('A', 1); // A is now the most recently used
		c.set('C', 1, row('c'.repeat(20)));
		expect(c.get('B', 1)).toBeUndefined();
		expect(c.get('A', 1)).toBeDefined();
		expect(c.get('C', 1)).toBeDefined();
		expect(c.size).toBe(2);
	});

	it('never keeps a bundle larger than the whole budget', () => {
		const c = new VersionCache(10);
		c.set('A', 1, row('x'.repeat(100)));
		expect(c.size).toBe(0);
	});
});
