// A decision checks the form part the two verdict schemas share once, asks a quicker application
// check first, and the schema walk that normalises values is worked out once per schema
// (verdict-split.ts, quick-check.ts, normalise.ts). These properties
// keep both shortcuts honest over every starter template: the split checks answer exactly as the
// whole published schemas compiled by a plain Ajv, and deciding submissions one after another never
// carries anything from one decision into the next.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { compileItem, isAsked } from '../compile';
import type { Bundle } from '../compile/types';
import type { Item } from '../item/types';
import { SAMPLES, fileRef } from '../../../../tests/fixtures/template-samples';
import { decide } from './decide';
import { normaliseFormData } from './normalise';
import { validatorsFor } from './validators';

type Obj = Record<string, unknown>;
const DATE = '2026-03-02';
const dir = join(process.cwd(), 'templates');
const slugs = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => f.replace(/\.json$/, ''))
	.filter((s) => s in SAMPLES);

function bundleOf(slug: string): Bundle {
	return compileItem(JSON.parse(readFileSync(join(dir, `${slug}.json`), 'utf8')) as Item);
}

/** A small seeded generator, so a failure names a submission that can be rebuilt. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Every string leaf of the sample, by path, to break one of them. */
function leaves(value: unknown, path: string[] = []): string[][] {
	if (typeof value === 'string') return [path];
	if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, String(i)]));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
	return [];
}

function withLeaf(form: Obj, path: string[], value: string): Obj {
	const copy = structuredClone(form);
	let node = copy as Obj;
	for (const k of path.slice(0, -1)) node = node[k] as Obj;
	node[path[path.length - 1]] = value;
	return copy;
}

/** Submissions around the sample: materials left out or added, flags, one value broken. */
function submissions(bundle: Bundle, sample: Obj, seed: number, count: number): Obj[] {
	const rand = prng(seed);
	const asked = bundle.materials.filter(isAsked).map((m) => m.id);
	// what the sample needs (its conditions judged by the published subschemas), as a starting point
	const { conditions } = validatorsFor(bundle);
	const needed = bundle.materials
		.filter((m) => isAsked(m) && !m.sharedExempt)
		.filter((m) => {
			const check = conditions.get(bundle.materials.indexOf(m));
			return !check || check({ form: sample }) === true;
		})
		.map((m) => m.id);
	const paths = leaves(sample);
	const odd = ['', '  x ', '11010519491231002x', '999999', 'not-a-date', '０１２'];
	const out: Obj[] = [];
	for (let n = 0; n < count; n++) {
		const materials: Obj = {};
		for (const id of needed) if (rand() < 0.95) materials[id] = fileRef(id);
		for (const id of asked) if (rand() < 0.05) materials[id] = fileRef(id);
		if (rand() < 0.1) materials.unknownMaterial = fileRef('x');
		let form = sample;
		if (paths.length && rand() < 0.3) {
			const path = paths[Math.floor(rand() * paths.length)];
			form = withLeaf(sample, path, odd[Math.floor(rand() * odd.length)]);
		}
		const s: Obj = { form, materials };
		if (rand() < 0.6) s.commitment = rand() < 0.7;
		if (rand() < 0.3) s.creditRestricted = rand() < 0.5;
		out.push(s);
	}
	return out;
}

describe.each(slugs)('%s', (slug) => {
	const bundle = bundleOf(slug);
	const sample = SAMPLES[slug] as Obj;
	const cases = submissions(bundle, sample, slug.length * 7919, 60);

	it('checks the verdict schemas exactly as a plain Ajv with the whole schemas does', () => {
		const v = validatorsFor(bundle);
		expect(v.split).toBeDefined();
		const ajv = new Ajv2020({ allErrors: true });
		const complete = ajv.compile(bundle.acceptance.complete);
		const tolerant = ajv.compile(bundle.acceptance.tolerant as object);
		for (const s of cases) {
			expect(v.complete(s), JSON.stringify(s)).toBe(complete(s));
			expect(v.tolerant(s), JSON.stringify(s)).toBe(tolerant(s));
		}
		// both verdicts are reached somewhere in the cases, so the comparison means something
		expect(cases.some((s) => complete(s))).toBe(true);
		expect(cases.some((s) => !complete(s))).toBe(true);
	});

	it('decides each submission the same, alone or after any other', () => {
		// decisions in turn, forwards and backwards, and on a copy of the bundle (nothing worked out
		// for it yet) from copies of the submissions: no state leaks from one decision to the next
		const inTurn = cases.map((s) => decide(bundle, s, DATE));
		const backwards = [...cases].reverse().map((s) => decide(bundle, s, DATE));
		const copy = bundleOf(slug);
		const fresh = cases.map((s) => decide(copy, structuredClone(s), DATE));
		expect(backwards.reverse()).toEqual(inTurn);
		expect(fresh).toEqual(inTurn);
		expect(new Set(inTurn.map((d) => d.decision)).size).toBeGreaterThan(1);
	});

	it('never skips a form-part check that could fail: a form the application schema passes passes it', () => {
		const v = validatorsFor(bundle);
		let passed = 0;
		for (const s of cases) {
			const form = normaliseFormData(bundle.applicationSchema, s.form) as Obj;
			if (!v.split!.formImplied || !v.application({ ...form, materials: s.materials })) continue;
			passed++;
			expect(v.split!.form(form), JSON.stringify(form)).toBe(true);
		}
		if (v.split!.formImplied) expect(passed).toBeGreaterThan(0);
	});

	it('answers the quick application check exactly as the full one', () => {
		const v = validatorsFor(bundle);
		let passed = 0;
		for (const s of cases) {
			const data = {
				...(normaliseFormData(bundle.applicationSchema, s.form) as Obj),
				materials: s.materials
			};
			const full = v.application(data);
			if (full) passed++;
			expect(v.applicationValid(data), JSON.stringify(data)).toBe(full);
		}
		expect(passed).toBeGreaterThan(0);
		expect(passed).toBeLessThan(cases.length);
	});

	it('decides as the whole published verdict schemas do, with the form part checked every time', () => {
		const { application, conditions, refusals } = validatorsFor(bundle);
		const ajv = new Ajv2020({ allErrors: true });
		const validators = {
			application,
			conditions,
			refusals,
			complete: ajv.compile(bundle.acceptance.complete),
			tolerant: ajv.compile(bundle.acceptance.tolerant as object)
		};
		for (const s of cases)
			expect(decide(bundle, s, DATE), JSON.stringify(s)).toEqual(
				decide(bundle, s, DATE, { validators })
			);
	});

	it('normalises without touching the submission, the same every time', () => {
		for (const s of cases) {
			const before = structuredClone(s);
			const once = normaliseFormData(bundle.applicationSchema, s.form);
			expect(normaliseFormData(bundle.applicationSchema, s.form)).toEqual(once);
			expect(s).toEqual(before);
			decide(bundle, s, DATE);
			expect(s).toEqual(before);
		}
	});
});

describe('the form part taken as checked', () => {
	it('is checked again when the form uses a format whose pattern it does not imply', () => {
		const item = JSON.parse(readFileSync(join(dir, `${slugs[0]}.json`), 'utf8')) as Item;
		const props = item.form.schema.properties as Record<string, Obj>;
		const [first] = Object.keys(props);
		expect(validatorsFor(compileItem(item)).split?.formImplied).toBe(true);
		props[first] = { ...props[first], format: 'time' };
		expect(validatorsFor(compileItem(item)).split?.formImplied).toBe(false);
	});
});
