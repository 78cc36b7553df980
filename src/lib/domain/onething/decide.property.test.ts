// Property: on any application (a seeded generator varies the 开办餐饮店 sample: documents left out,
// shared values removed or wrong, conditions switched, sections missing, commitment and credit
// flags), the one-thing verdict is the members' verdicts on their slices, combined strictest first;
// merged data valid for the merged form is valid for every member on its slice; and the published
// schemas alone (application with formats, then `complete` / `tolerant` in a bare Ajv) reach the
// same verdict. fast-check is not among the dev dependencies, so the generator is a seeded one.
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { decide } from '../acceptance/decide';
import type { Submission } from '../compile/types';
import type { JsonSchema } from '../item/types';
import { createAjv } from '../validation/ajv';
import {
	memberBundles,
	memberSamples,
	restaurant,
	templateItem
} from '../../../../tests/fixtures/onething-restaurant';
import { compileItem } from '../compile';
import { compileOneThing, SHARED_SECTION, type MemberBundle } from './compile';
import { decideOneThing, strictest } from './decide';
import { mergeSubmissions, sliceSubmission } from './slice';

type Obj = Record<string, unknown>;

function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// a variant where a document two members share is needed by one of them only under a condition on
// a shared field: the condition is carried over to the merged form
function sharedCondition(): MemberBundle[] {
	const [ib, food] = memberBundles();
	const item = templateItem('public-place-hygiene-licence');
	item.materials.find((m) => m.id === 'site-plans')!.condition = {
		properties: {
			applicant: { properties: { region: { const: '410105' } }, required: ['region'] }
		},
		required: ['applicant']
	};
	return [ib, food, { version: 1, bundle: compileItem(item) }];
}

describe.each([
	{ label: 'the restaurant', members: memberBundles(), seed: 20261206 },
	{ label: 'a shared document under a shared-field condition', members: sharedCondition(), seed: 7 }
])('decideOneThing (property, seeded): $label', ({ members, seed }) => {
	const [ib, food, hygiene] = members.map((m) => m.bundle);
	const { bundle } = compileOneThing(restaurant(), members);
	const base = mergeSubmissions(bundle!, memberSamples(members.map((m) => m.bundle)));
	const date = '2026-03-02';

	const mutations: ((s: Submission, r: () => number) => void)[] = [
		(s, r) => {
			const ids = Object.keys(s.materials);
			if (ids.length) delete s.materials[ids[Math.floor(r() * ids.length)]];
		},
		(s) => (s.commitment = !s.commitment),
		(s) => (s.creditRestricted = true),
		(s, r) => {
			const shared = s.form[SHARED_SECTION] as Obj;
			const keys = Object.keys(shared);
			delete shared[keys[Math.floor(r() * keys.length)]];
		},
		(s) =>
			((s.form[SHARED_SECTION] as Obj)['legal-representative-id-number'] = '410105198709234025'),
		(s) => ((s.form[SHARED_SECTION] as Obj).mobile = '1380371000'),
		(s) => ((s.form[SHARED_SECTION] as Obj).region = '410102'),
		(s) => (((s.form[food.code] as Obj).business as Obj).centralKitchen = true),
		(s) => (((s.form[hygiene.code] as Obj).venue as Obj).centralAirConditioning = false),
		(s) => (((s.form[hygiene.code] as Obj).commitment as Obj).notifiedCommitment = false),
		(s) => ((s.form[ib.code] as Obj).hasAgent = true),
		(s) => (((s.form[food.code] as Obj).business as Obj).area = -1),
		(s, r) => {
			const codes = [ib.code, food.code, hygiene.code];
			delete s.form[codes[Math.floor(r() * codes.length)]];
		},
		(s) => ((s.form[food.code] as Obj).extra = 'x')
	];

	const formats = createAjv('acceptance');
	const compiledApplication = formats.compile(bundle!.applicationSchema);
	// a plain boolean: the validator's type guard would narrow the data it checks to `never`
	const application = (x: unknown): boolean => compiledApplication(x) === true;
	const memberApplication = new Map(
		members.map((m) => [m.bundle.code, formats.compile(m.bundle.applicationSchema)])
	);
	const bare = new Ajv2020();
	const complete = bare.compile(bundle!.acceptance.complete);
	const tolerant = bare.compile(bundle!.acceptance.tolerant as JsonSchema);

	it('equals the members on their slices, and the schemas alone agree', () => {
		const r = rng(seed);
		const seen = new Set<string>();
		for (let run = 0; run < 150; run++) {
			const s = structuredClone(base);
			s.commitment = r() < 0.5;
			const k = 1 + Math.floor(r() * 3);
			for (let i = 0; i < k; i++) {
				try {
					mutations[Math.floor(r() * mutations.length)](s, r);
				} catch {
					// a section removed by an earlier mutation: nothing to change
				}
			}
			const d = decideOneThing(bundle!, s, { date });
			seen.add(d.decision);
			const own = bundle!.members.map((m) =>
				decide(m.bundle, sliceSubmission(bundle!, m.code, s), date)
			);
			expect(d.members.map((m) => m.decision)).toEqual(own);
			expect(d.decision).toBe(strictest(own.map((x) => x.decision)));

			// BUNDLE.md, one-things step 3: documents in slots this case does not need are set aside
			const data = { ...s.form, materials: { ...s.materials } };
			if (!application(data))
				for (const e of compiledApplication.errors ?? []) {
					const m = /^\/materials\/([^/]+)$/.exec(e.instancePath);
					if (m && e.keyword === 'false schema')
						delete data.materials[m[1].replace(/~1/g, '/').replace(/~0/g, '~')];
				}
			const envelope = { ...s, materials: data.materials };
			if (application(data)) {
				for (const m of bundle!.members) {
					const slice = sliceSubmission(bundle!, m.code, s);
					const check = memberApplication.get(m.code)!;
					expect(
						check({ ...slice.form, materials: slice.materials }),
						`${m.code}: ${JSON.stringify(check.errors)}`
					).toBe(true);
				}
			}
			const fromSchemas = !application(data)
				? 'supplement'
				: complete(envelope)
					? 'accept'
					: tolerant(envelope)
						? 'accept-with-tolerance'
						: 'supplement';
			expect(
				fromSchemas,
				JSON.stringify(d.reasons) + JSON.stringify(compiledApplication.errors)
			).toBe(d.decision);
		}
		if (seed === 7) {
			// the hygiene licence's site-plan condition reads the shared region now
			const defs = JSON.stringify(bundle!.acceptance.complete.$defs);
			expect(defs).toContain('"shared"');
			expect(defs).toContain('"410105"');
		}
		// the generator reaches every verdict the templates can give
		expect([...seen].sort()).toEqual(['accept', 'accept-with-tolerance', 'supplement']);
	});
});
