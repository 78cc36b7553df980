// Matching two lists by key, with moves. A move is an element whose relative order changed; the
// elements that stay put are the longest increasing subsequence of old positions taken in new order
// (O(n log n), so 1000-element lists stay cheap), everything else matched is moved.

export interface ListMatch {
	/** [oldIndex, newIndex], in new order */
	pairs: [number, number][];
	added: number[];
	removed: number[];
	/** new indices of pairs that moved */
	moved: Set<number>;
}

export function matchLists<T>(
	olds: readonly T[],
	news: readonly T[],
	key: (t: T) => string,
	fallbackKey?: (t: T) => string
): ListMatch {
	const byKey = new Map<string, number[]>();
	olds.forEach((o, i) => {
		const k = key(o);
		const list = byKey.get(k);
		if (list) list.push(i);
		else byKey.set(k, [i]);
	});
	const oldUsed = new Array<boolean>(olds.length).fill(false);
	const newToOld = new Array<number>(news.length).fill(-1);
	news.forEach((n, j) => {
		const list = byKey.get(key(n));
		const i = list?.shift();
		if (i !== undefined) {
			newToOld[j] = i;
			oldUsed[i] = true;
		}
	});
	if (fallbackKey) {
		const byFallback = new Map<string, number[]>();
		olds.forEach((o, i) => {
			if (oldUsed[i]) return;
			const k = fallbackKey(o);
			const list = byFallback.get(k);
			if (list) list.push(i);
			else byFallback.set(k, [i]);
		});
		news.forEach((n, j) => {
			if (newToOld[j] >= 0) return;
			const i = byFallback.get(fallbackKey(n))?.shift();
			if (i !== undefined) {
				newToOld[j] = i;
				oldUsed[i] = true;
			}
		});
	}
	const pairs: [number, number][] = [];
	const added: number[] = [];
	news.forEach((_, j) => (newToOld[j] >= 0 ? pairs.push([newToOld[j], j]) : added.push(j)));
	const removed = olds.map((_, i) => i).filter((i) => !oldUsed[i]);
	const stay = longestIncreasing(pairs.map(([i]) => i));
	const moved = new Set<number>();
	pairs.forEach(([, j], idx) => {
		if (!stay.has(idx)) moved.add(j);
	});
	return { pairs, added, removed, moved };
}

/** indices (into seq) of one longest strictly increasing subsequence */
export function longestIncreasing(seq: readonly number[]): Set<number> {
	const tails: number[] = [];
	const prev = new Array<number>(seq.length).fill(-1);
	for (let i = 0; i < seq.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (seq[tails[mid]] < seq[i]) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) prev[i] = tails[lo - 1];
		tails[lo] = i;
	}
	const out = new Set<number>();
	for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) out.add(k);
	return out;
}

/** position among matched elements, 1-based, as people count list items */
export function rankOf(indices: readonly number[], index: number): number {
	return indices.indexOf(index) + 1;
}
