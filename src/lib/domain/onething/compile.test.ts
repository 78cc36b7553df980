import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../item/types';
import { createAjv } from '../validation/ajv';
import { compileItem } from '../compile';
import { compileOneThing, SHARED_SECTION } from './compile';
import { decideOneThing } from './decide';
import {
	memberBundles,
	memberSamples,
	restaurant,
	templateItem
} from '../../../../tests/fixtures/onething-restaurant';
import { mergeSubmissions, sliceSubmission } from './slice';

interface S {
	title?: string;
	format?: string;
	properties: Record<string, S>;
}
const props = (s: JsonSchema) => (s as unknown as S).properties;

describe('compileOneThing (开办餐饮店 from the templates)', () => {
	const members = memberBundles();
	const [ib, food, hygiene] = members.map((m) => m.bundle);
	const { bundle, conflicts, mappings } = compileOneThing(restaurant(), members);

	it('compiles without conflicts and enters shared fields once', () => {
		expect(conflicts).toEqual([]);
		expect(bundle).not.toBeNull();
		const keys = mappings.map((m) => m.key);
		expect(keys).toEqual(
			expect.arrayContaining([
				'business-name',
				'legal-representative-name',
				'legal-representative-id-number',
				'mobile',
				'premises-address',
				'premises-region',
				'credit-code'
			])
		);
		const shared = props(bundle!.applicationSchema)[SHARED_SECTION];
		expect(shared.title).toBe('共同信息');
		expect(shared.properties['legal-representative-id-number'].format).toBe('cn-id-card');
		// the member's own section no longer asks for what is shared
		const foodSection = props(bundle!.applicationSchema)[food.code];
		expect(foodSection.title).toBe(food.name);
		expect(foodSection.properties.applicant.properties.idNumber).toBeUndefined();
		expect(foodSection.properties.applicant.properties.postcode).toBeDefined();
		expect(bundle!.uiSchema['ui:order']).toEqual([
			SHARED_SECTION,
			ib.code,
			food.code,
			hygiene.code,
			'materials'
		]);
	});

	it('asks for a document several members need once, and keeps exempt ones exempt', () => {
		const slots = Object.keys(props(bundle!.applicationSchema).materials.properties);
		expect(slots).toContain('site-plan');
		expect(slots).not.toContain(`${food.code}.layout-plan`);
		expect(slots).not.toContain(`${hygiene.code}.site-plans`);
		// both licences fetch the business licence from shared data: still no slot
		expect(slots).not.toContain('business-licence');
		expect(slots).not.toContain(`${food.code}.business-licence`);
		// the individual business registration fetches the operator's ID from shared data
		expect(slots).not.toContain(`${ib.code}.operator-id`);
		const ibSlice = bundle!.members.find((m) => m.code === ib.code)!.slice;
		expect(ibSlice.materials.find((m) => m.from === 'operator-id')).toBeUndefined();
	});

	it('publishes plain JSON Schema 2020-12 that a bare Ajv compiles', () => {
		const ajv = new Ajv2020();
		expect(() => ajv.compile(bundle!.acceptance.complete)).not.toThrow();
		expect(bundle!.acceptance.tolerant).not.toBe(false);
		expect(() => ajv.compile(bundle!.acceptance.tolerant as object)).not.toThrow();
		expect(() => createAjv('acceptance').compile(bundle!.applicationSchema)).not.toThrow();
	});

	it('decides the complete merged application as every member does on its slice', () => {
		const merged = mergeSubmissions(bundle!, memberSamples());
		const app = createAjv('acceptance').compile(bundle!.applicationSchema);
		expect(app({ ...merged.form, materials: merged.materials }), JSON.stringify(app.errors)).toBe(
			true
		);
		const d = decideOneThing(bundle!, merged, { date: '2026-03-02' });
		expect(d.members.map((m) => m.decision?.decision)).toEqual(['accept', 'accept', 'accept']);
		expect(d.decision).toBe('accept');
		const slice = sliceSubmission(bundle!, food.code, merged);
		expect((slice.form.applicant as Record<string, unknown>).idNumber).toBe(
			(merged.form[SHARED_SECTION] as Record<string, unknown>)['legal-representative-id-number']
		);
		expect(Object.keys(slice.materials)).toContain('layout-plan');
	});

	it('lists a document two members miss once, with the earliest deadline', () => {
		const merged = mergeSubmissions(bundle!, memberSamples());
		delete merged.materials['site-plan'];
		delete merged.materials[`${food.code}.application-form`];
		const d = decideOneThing(bundle!, merged, { date: '2026-03-02' });
		expect(d.decision).toBe('supplement');
		// both licences miss the site plan: listed once
		expect(d.missing.map((m) => m.id).sort()).toEqual([
			`${food.code}.application-form`,
			'site-plan'
		]);
		expect(d.members[1].decision?.decision).toBe('supplement');
		const tolerable = mergeSubmissions(bundle!, memberSamples());
		delete tolerable.materials['site-plan'];
		tolerable.commitment = true;
		const t = decideOneThing(bundle!, tolerable, { date: '2026-03-02' });
		expect(t.decision).toBe('accept-with-tolerance');
		const deadlines = t.members
			.map((m) => m.decision?.supplementDeadline)
			.filter((x): x is string => !!x)
			.sort();
		expect(t.supplementDeadline).toBe(deadlines[0]);
	});
});

describe('members published before semantic keys', () => {
	it('share nothing and are still applied for and decided together', () => {
		const members = ['social-security-card', 'minimum-living-allowance'].map((n) => ({
			version: 3,
			bundle: compileItem(templateItem(n))
		}));
		const doc = restaurant({
			members: members.map((m) => ({ code: m.bundle.code, pin: 3 }))
		});
		const { bundle, conflicts, mappings } = compileOneThing(doc, members);
		expect(conflicts).toEqual([]);
		expect(mappings).toEqual([]);
		expect(Object.keys(props(bundle!.applicationSchema))).toEqual([
			members[0].bundle.code,
			members[1].bundle.code,
			'materials'
		]);
		expect(bundle!.members.map((m) => m.version)).toEqual([3, 3]);
		const d = decideOneThing(bundle!, { form: {}, materials: {} }, { date: '2026-03-02' });
		expect(d.decision).toBe('supplement');
		expect(d.members.every((m) => m.decision?.decision === 'supplement')).toBe(true);
	});
});
