// What previewing a change of settings costs: newlyBlocked over a registry of N items (the shipped
// templates, repeated) beside the reference of linting the same items once, measured in the same run.
// The preview lints each item twice (old and new settings), so about twice the reference is expected.
// Prints one JSON object on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import type { Item } from '../src/lib/domain/item/types';
import { lintItem } from '../src/lib/domain/lint';
import { defaultSettings, lintOptionsOf, newlyBlocked } from '../src/lib/domain/settings';
import { r1, r2, timeMs } from './measure.js';

const N = Number(process.env.BENCH_ITEMS ?? 1000);
const templates = readdirSync('templates')
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(`templates/${f}`, 'utf8')) as Item);
const subjects = Array.from({ length: N }, (_, i) => {
	const item = structuredClone(templates[i % templates.length]);
	return { code: `${item.code}-${i}`, name: item.name, item };
});

const before = defaultSettings();
// a stricter province: the strict local profile, two warnings raised to errors, no 容缺 for cautious
const after = {
	...before,
	strictLocal: true,
	rules: { 'form-field-untitled': 'error', 'promised-may-exceed-legal': 'error' } as const,
	policy: {
		...before.policy,
		classes: { ...before.policy.classes, cautious: { toleranceAllowed: false, maxMissing: 0 } }
	}
};

let blocked = 0;
const previewMs = timeMs(
	() => {
		blocked = newlyBlocked(before, after, subjects).length;
	},
	{ warm: 1, runs: 5 }
);
const lintOnceMs = timeMs(
	() => {
		for (const s of subjects) lintItem(s.item, lintOptionsOf(after));
	},
	{ warm: 1, runs: 5 }
);

console.log(
	JSON.stringify({
		items: N,
		newlyBlocked: blocked,
		previewMs: r1(previewMs),
		previewPerItemMs: r2(previewMs / N),
		reference_lintOnceMs: r1(lintOnceMs),
		ratio_previewToLintOnce: r2(previewMs / lintOnceMs)
	})
);
