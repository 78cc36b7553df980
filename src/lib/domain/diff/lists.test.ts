import { describe, expect, it } from 'vitest';
import { longestIncreasing, matchLists } from './lists';

describe('matchLists', () => {
	const key = (s: string) => s;
	it('finds the one element that moved, not everything after it', () => {
		const m = matchLists(['a', 'b', 'c', 'd', 'e'], ['d', 'a', 'b', 'c', 'e'], key);
		expect([...m.moved]).toEqual([0]);
		expect(m.added).toEqual([]);
		expect(m.removed).toEqual([]);
	});

	it('does not call elements moved when something was inserted or removed before them', () => {
		const m = matchLists(['a', 'b', 'c'], ['x', 'a', 'c'], key);
		expect([...m.moved]).toEqual([]);
		expect(m.added).toEqual([0]);
		expect(m.removed).toEqual([1]);
	});

	it('falls back to a second key for elements the first key does not match', () => {
		const olds = [{ id: '1', name: '营业执照' }];
		const news = [{ id: 'licence', name: '营业执照' }];
		const m = matchLists(
			olds,
			news,
			(x) => x.id,
			(x) => x.name
		);
		expect(m.pairs).toEqual([[0, 0]]);
	});

	it('keeps a long reversed list linear-ish and correct', () => {
		const n = 5000;
		const olds = Array.from({ length: n }, (_, i) => String(i));
		const news = [...olds].reverse();
		const t = performance.now();
		const m = matchLists(olds, news, key);
		expect(performance.now() - t).toBeLessThan(500);
		expect(m.moved.size).toBe(n - 1);
	});

	it('longestIncreasing picks a longest run', () => {
		expect(longestIncreasing([3, 1, 2, 5, 4]).size).toBe(3);
	});
});
