// Shared timing helpers for the benchmarks: interleaved batches so a slow phase of the machine hits
// a figure and its reference alike (their ratio is steadier than either figure), medians reported.

export const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

let sink;

/**
 * Throughput of several functions measured interleaved: each warmed up ≥ warmMs, then `batches`
 * rounds of one batch (~batchMs) per function. Returns ops/s medians.
 * @param {Record<string, () => unknown>} fns
 */
export function opsPerSec(fns, { warmMs = 500, batchMs = 200, batches = 5 } = {}) {
	const entries = Object.entries(fns).map(([name, fn]) => {
		const t0 = performance.now();
		let calls = 0;
		while (performance.now() - t0 < warmMs || calls < 5) {
			sink = fn();
			calls++;
		}
		const per = (performance.now() - t0) / calls;
		return { name, fn, iters: Math.max(3, Math.round(batchMs / per)), samples: [] };
	});
	for (let b = 0; b < batches; b++) {
		for (const e of entries) {
			const t0 = performance.now();
			for (let i = 0; i < e.iters; i++) sink = e.fn();
			e.samples.push(e.iters / ((performance.now() - t0) / 1000));
		}
	}
	return Object.fromEntries(entries.map((e) => [e.name, median(e.samples)]));
}

/** Median wall time (ms) of `runs` calls after `warm` discarded calls. */
export function timeMs(fn, { warm = 2, runs = 7 } = {}) {
	for (let i = 0; i < warm; i++) sink = fn();
	const samples = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		sink = fn();
		samples.push(performance.now() - t0);
	}
	return median(samples);
}

export function keepAlive() {
	return sink;
}

export const r1 = (x) => Math.round(x * 10) / 10;
export const r2 = (x) => Math.round(x * 100) / 100;
