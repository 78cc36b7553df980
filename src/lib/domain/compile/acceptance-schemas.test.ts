import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import type { Item } from '../item/types';
import { compileItem } from './compile';
import {
	fileRef,
	generousPolicy,
	itemWithTolerable,
	sampleForm
} from '../../../../tests/fixtures/applications';
import type { Bundle } from './types';

function plainValidators(bundle: Bundle) {
	const ajv = new Ajv2020();
	return {
		complete: ajv.compile(bundle.acceptance.complete),
		tolerant: ajv.compile(bundle.acceptance.tolerant)
	};
}

describe('tolerant schema: at most k of n tolerable materials missing', () => {
	for (let n = 0; n <= 5; n++) {
		for (let k = 0; k <= 3; k++) {
			it(`n=${n}, maxMissing=${k}: agrees with counting for every subset`, () => {
				const item = itemWithTolerable(n, k);
				item.tolerance.enabled = n > 0 && k > 0;
				const bundle = compileItem(item, { policy: generousPolicy() });
				const { complete, tolerant } = plainValidators(bundle);
				const inForce = n > 0 && k > 0;
				expect(bundle.tolerance.allowed).toBe(inForce);
				for (let mask = 0; mask < 1 << n; mask++) {
					const materials: Record<string, unknown> = { main: fileRef() };
					let missing = 0;
					for (let i = 0; i < n; i++) {
						if (mask & (1 << i)) materials[`t${i}`] = fileRef();
						else missing++;
					}
					const submission = { form: sampleForm(), materials, commitment: true };
					expect(tolerant(submission)).toBe(inForce && missing <= k);
					expect(complete(submission)).toBe(missing === 0);
					// the essential material is never tolerated
					const { main: _main, ...withoutMain } = materials;
					expect(tolerant({ ...submission, materials: withoutMain })).toBe(false);
				}
			});
		}
	}

	it('stays small for ten tolerable materials', () => {
		const bundle = compileItem(itemWithTolerable(10, 3), { policy: generousPolicy() });
		expect(JSON.stringify(bundle.acceptance.tolerant).length).toBeLessThan(40_000);
		const { tolerant } = plainValidators(bundle);
		const materials: Record<string, unknown> = { main: fileRef() };
		for (let i = 0; i < 10; i++) if (i % 3 !== 0) materials[`t${i}`] = fileRef();
		// t0, t3, t6, t9 missing: four, one too many
		expect(tolerant({ form: sampleForm(), materials, commitment: true })).toBe(false);
		materials.t9 = fileRef();
		expect(tolerant({ form: sampleForm(), materials, commitment: true })).toBe(true);
	});
});

describe('tolerant schema conditions', () => {
	const bundle = compileItem(itemWithTolerable(2, 1), { policy: generousPolicy() });
	const { tolerant } = plainValidators(bundle);
	const base = {
		form: sampleForm(),
		materials: { main: fileRef(), t0: fileRef() },
		commitment: true
	};

	it('requires the signed commitment', () => {
		expect(tolerant(base)).toBe(true);
		expect(tolerant({ ...base, commitment: false })).toBe(false);
		const { commitment: _c, ...unsigned } = base;
		expect(tolerant(unsigned)).toBe(false);
	});

	it('refuses a credit-restricted applicant', () => {
		expect(tolerant({ ...base, creditRestricted: false })).toBe(true);
		expect(tolerant({ ...base, creditRestricted: true })).toBe(false);
	});

	it('requires valid form data', () => {
		expect(tolerant({ ...base, form: { ...sampleForm(), applicant: { name: 'x' } } })).toBe(false);
	});
});

describe('conditional materials in acceptance', () => {
	// business-licence is needed (and essential) for companies only
	const bundle = compileItem(sampleItem());
	const { complete, tolerant } = plainValidators(bundle);
	const all = {
		'application-form': fileRef(),
		'business-licence': fileRef(),
		'premises-layout': fileRef()
	};

	it('needs the material when the condition holds', () => {
		expect(complete({ form: sampleForm('company'), materials: all })).toBe(true);
		const { 'business-licence': _l, ...rest } = all;
		expect(complete({ form: sampleForm('company'), materials: rest })).toBe(false);
		expect(tolerant({ form: sampleForm('company'), materials: rest, commitment: true })).toBe(
			false
		);
	});

	it('neither needs nor accepts it when the condition does not hold', () => {
		const { 'business-licence': _l, ...rest } = all;
		expect(complete({ form: sampleForm('person'), materials: rest })).toBe(true);
		expect(complete({ form: sampleForm('person'), materials: all })).toBe(false);
	});

	it('counts a conditional tolerable material as missing only when needed', () => {
		const item = itemWithTolerable(2, 1);
		item.materials[2].condition = {
			type: 'object',
			properties: {
				applicant: {
					type: 'object',
					properties: { applicantType: { const: 'company' } },
					required: ['applicantType']
				}
			},
			required: ['applicant']
		};
		const b = compileItem(item, { policy: generousPolicy() });
		const v = plainValidators(b);
		const t0Missing = { main: fileRef() };
		// person: t1 not needed, so only t0 missing → within the limit of one
		expect(v.tolerant({ form: sampleForm('person'), materials: t0Missing, commitment: true })).toBe(
			true
		);
		// company: t0 and t1 both missing → over the limit
		expect(
			v.tolerant({ form: sampleForm('company'), materials: t0Missing, commitment: true })
		).toBe(false);
		expect(
			v.complete({ form: sampleForm('person'), materials: { main: fileRef(), t0: fileRef() } })
		).toBe(true);
	});
});

describe('conditional tolerable materials against brute force', () => {
	const companyOnly = {
		type: 'object',
		properties: {
			applicant: {
				type: 'object',
				properties: { applicantType: { const: 'company' } },
				required: ['applicantType']
			}
		},
		required: ['applicant']
	};
	for (const k of [1, 2]) {
		it(`n=4 with t1 and t3 for companies only, maxMissing=${k}`, () => {
			const item = itemWithTolerable(4, k);
			item.materials[2].condition = structuredClone(companyOnly);
			item.materials[4].condition = structuredClone(companyOnly);
			const { complete, tolerant } = plainValidators(
				compileItem(item, { policy: generousPolicy() })
			);
			for (const type of ['person', 'company'] as const) {
				const needed = (i: number) => type === 'company' || i % 2 === 0;
				for (let mask = 0; mask < 16; mask++) {
					const materials: Record<string, unknown> = { main: fileRef() };
					let missing = 0;
					let forbiddenSent = false;
					for (let i = 0; i < 4; i++) {
						const sent = (mask & (1 << i)) !== 0;
						if (sent) materials[`t${i}`] = fileRef();
						if (needed(i) && !sent) missing++;
						if (!needed(i) && sent) forbiddenSent = true;
					}
					const submission = { form: sampleForm(type), materials, commitment: true };
					expect(tolerant(submission)).toBe(!forbiddenSent && missing <= k);
					expect(complete(submission)).toBe(!forbiddenSent && missing === 0);
				}
			}
		});
	}
});

describe('submission envelope', () => {
	const bundle = compileItem(sampleItem());
	const { complete } = plainValidators(bundle);
	const materials = { 'application-form': fileRef(), 'premises-layout': fileRef() };

	it('is closed and needs form and materials', () => {
		expect(complete({ form: sampleForm('person'), materials })).toBe(true);
		expect(complete({ form: sampleForm('person'), materials, extra: 1 })).toBe(false);
		expect(complete({ form: sampleForm('person') })).toBe(false);
		expect(complete({ materials })).toBe(false);
		expect(complete('not an object')).toBe(false);
	});

	it('keeps optional materials optional', () => {
		expect(
			complete({
				form: sampleForm('person'),
				materials: { ...materials, 'safety-rules': fileRef() }
			})
		).toBe(true);
	});

	it('compiles in a bare validator for every risk class and case type', () => {
		const variants: Item[] = [
			sampleItem(),
			{ ...sampleItem(), riskClass: 'control' },
			{ ...sampleItem(), caseType: 'immediate' },
			{ ...sampleItem(), riskClass: 'encouraged' }
		];
		for (const item of variants) {
			const b = compileItem(item);
			expect(() => plainValidators(b)).not.toThrow();
		}
	});
});

describe('acceptance.refusal: machine-checkable 不予受理情形', () => {
	const item = sampleItem();
	item.refusals = [
		{
			id: 'no-licence-needed',
			text: item.guide.refusalCases![0],
			condition: {
				properties: { applicant: { properties: { applicantType: { const: 'person' } } } }
			}
		}
	];
	const bundle = compileItem(item);

	it('is published with the cases, and compiles in a bare strict validator', () => {
		expect(bundle.refusals).toEqual([
			expect.objectContaining({ id: 'no-licence-needed', text: item.guide.refusalCases![0] })
		]);
		const refusal = new Ajv2020().compile(bundle.acceptance.refusal!);
		expect(refusal({ form: sampleForm('person'), materials: {} })).toBe(true);
		expect(refusal({ form: sampleForm('company'), materials: {} })).toBe(false);
		expect(JSON.stringify(bundle.acceptance.refusal)).not.toContain('format');
	});

	it('is absent, and the bundle unchanged, when an item declares none', () => {
		const plain = compileItem(sampleItem());
		expect(plain.acceptance.refusal).toBeUndefined();
		expect('refusals' in plain).toBe(false);
	});
});

describe('every object level is closed', () => {
	it('refuses an unknown field inside a section in every schema, and keeps conditions open', () => {
		const bundle = compileItem(sampleItem());
		const form = sampleForm();
		(form.applicant as Record<string, unknown>).nickname = 'x';
		const complete = new Ajv2020({ allErrors: true }).compile(bundle.acceptance.complete);
		expect(complete({ form, materials: {} })).toBe(false);
		expect(
			complete.errors?.some(
				(e) => e.keyword === 'unevaluatedProperties' && e.instancePath === '/form/applicant'
			)
		).toBe(true);
		const application = new Ajv2020({ strict: false, validateFormats: false }).compile(
			bundle.applicationSchema
		);
		expect(application({ ...form, materials: {} })).toBe(false);
	});
});
