import { describe, expect, it } from 'vitest';
import { validateItem } from './validate';
import { sampleItem } from '../../../../tests/fixtures/sample-item';

// Seeded so a failure can be replayed; validation must turn every odd value into problems, never
// into an internal error.
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ODD: unknown[] = [
	null,
	0,
	-1,
	1.5,
	'',
	'x',
	true,
	[],
	{},
	[null],
	{ $ref: '#' },
	{ $ref: 'https://example.com/s.json' },
	{ type: 'object', properties: { a: { $ref: '#/properties/a' } } },
	{ properties: 5 },
	{ required: 'applicant' },
	{ allOf: {} }
];

function containers(
	v: unknown,
	out: [Record<string, unknown> | unknown[], string | number][] = []
) {
	if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), containers(x, out)));
	else if (v && typeof v === 'object')
		for (const [k, x] of Object.entries(v)) {
			out.push([v as Record<string, unknown>, k]);
			containers(x, out);
		}
	return out;
}

describe('validateItem on randomly damaged items', () => {
	it('reports problems and never fails internally', () => {
		const rand = prng(42);
		for (let round = 0; round < 300; round++) {
			const item = sampleItem();
			const spots = containers(item);
			for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) {
				const [parent, key] = spots[Math.floor(rand() * spots.length)];
				(parent as Record<string | number, unknown>)[key] = structuredClone(
					ODD[Math.floor(rand() * ODD.length)]
				);
			}
			const r = validateItem(item);
			expect(r.problems.filter((p) => p.code === 'internal')).toEqual([]);
			for (const p of r.problems) expect(p.pointer === '' || p.pointer.startsWith('/')).toBe(true);
		}
	});
});
