import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { addChineseFormats } from '../formats';
import { compileItem } from '../compile/compile';
import type { Bundle } from '../compile/types';
import {
	badCheckDigitIdCard,
	fileRef,
	generousPolicy,
	itemWithTolerable,
	sampleForm
} from '../../../../tests/fixtures/applications';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import { verdictFromSchemas } from '../../../../tests/fixtures/verdict';
import type { JsonSchema } from '../item/types';
import { addWorkdays, calendarFromData, defaultCalendar } from '../workdays';
import { decide } from './decide';
import { validatorsFor } from './validators';

const DATE = '2024-09-27';

/**
 * The verdict a portal reaches from the published schemas with its own Ajv (our formats
 * registered), following BUNDLE.md's procedure.
 */
const compiled = new WeakMap<object, (data: unknown) => boolean>();
function portalVerdict(bundle: Bundle, submission: unknown): string {
	return verdictFromSchemas(bundle, submission, (schema, data) => {
		let fn = compiled.get(schema);
		if (!fn) {
			// one Ajv per schema: versions of one item share `$id`s
			const ajv = addChineseFormats(addFormats(new Ajv2020({ strict: false })));
			const check = ajv.compile(schema);
			fn = (d) => check(d) as boolean;
			if (!schema.$ref) compiled.set(schema, fn);
		}
		return fn(data);
	});
}

// sampleItem: application-form (essential), identity (shared-data exempt), business-licence
// (essential, companies only), premises-layout (tolerable), safety-rules (optional)
const item = sampleItem();
item.riskClass = 'encouraged';
item.tolerance.maxMissing = 1;
const bundle = compileItem(item);
const all = {
	'application-form': fileRef(),
	'business-licence': fileRef(),
	'premises-layout': fileRef()
};
const without = (...ids: string[]) =>
	Object.fromEntries(Object.entries(all).filter(([id]) => !ids.includes(id)));

const cases: [string, unknown, string][] = [
	['complete', { form: sampleForm(), materials: all, commitment: false }, 'accept'],
	[
		'one tolerable missing, commitment signed',
		{ form: sampleForm(), materials: without('premises-layout'), commitment: true },
		'accept-with-tolerance'
	],
	[
		'an essential material missing',
		{ form: sampleForm(), materials: without('application-form'), commitment: true },
		'supplement'
	],
	[
		'commitment unsigned',
		{ form: sampleForm(), materials: without('premises-layout'), commitment: false },
		'supplement'
	],
	[
		'credit restricted',
		{
			form: sampleForm(),
			materials: without('premises-layout'),
			commitment: true,
			creditRestricted: true
		},
		'supplement'
	],
	[
		'conditional material needed (company) and missing',
		{ form: sampleForm('company'), materials: without('business-licence'), commitment: true },
		'supplement'
	],
	[
		'conditional material not needed (person)',
		{ form: sampleForm('person'), materials: without('business-licence'), commitment: false },
		'accept'
	],
	[
		'conditional material sent though not needed: accepted and noted',
		{ form: sampleForm('person'), materials: all, commitment: false },
		'accept'
	],
	[
		'malformed ID number in the form',
		{
			form: {
				...sampleForm(),
				applicant: { ...(sampleForm().applicant as object), idNumber: '12345' }
			},
			materials: all
		},
		'supplement'
	],
	[
		'file too large',
		{ form: sampleForm(), materials: { ...all, 'premises-layout': fileRef({ size: 1e9 }) } },
		'supplement'
	],
	['not an object', 'hello', 'supplement'],
	['no form', { materials: all }, 'supplement'],
	['unknown entry', { form: sampleForm(), materials: all, note: 'x' }, 'supplement']
];

describe('decide agrees with the published acceptance schemas', () => {
	for (const [what, submission, expected] of cases) {
		it(what, () => {
			const d = decide(bundle, submission, DATE);
			expect(d.decision).toBe(portalVerdict(bundle, submission));
			expect(d.decision).toBe(expected);
			if (d.decision === 'supplement') expect(d.reasons.length).toBeGreaterThan(0);
			if (d.decision.startsWith('accept')) expect(d.errors).toEqual([]);
		});
	}

	it('agrees over every combination of materials, commitment and credit flag', () => {
		const b = compileItem(itemWithTolerable(3, 2), { policy: generousPolicy() });
		for (let mask = 0; mask < 16; mask++) {
			for (const commitment of [true, false]) {
				for (const creditRestricted of [undefined, true, false]) {
					const materials: Record<string, unknown> = {};
					['main', 't0', 't1', 't2'].forEach((id, i) => {
						if (mask & (1 << i)) materials[id] = fileRef();
					});
					const submission = { form: sampleForm(), materials, commitment, creditRestricted };
					if (creditRestricted === undefined) delete submission.creditRestricted;
					expect(decide(b, submission, DATE).decision).toBe(portalVerdict(b, submission));
				}
			}
		}
	});
});

describe('missing materials follow the conditions', () => {
	it('lists exactly the needed and absent ones, for every combination', () => {
		const item = itemWithTolerable(3, 1);
		// t1 only for companies
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
		for (const type of ['person', 'company'] as const) {
			for (let mask = 0; mask < 16; mask++) {
				const ids = ['main', 't0', 't1', 't2'];
				const materials: Record<string, unknown> = {};
				ids.forEach((id, i) => {
					if (mask & (1 << i)) materials[id] = fileRef();
				});
				const submission = { form: sampleForm(type), materials, commitment: true };
				const d = decide(b, submission, DATE);
				const expected = ids.filter(
					(id) => !(id in materials) && (id !== 't1' || type === 'company')
				);
				expect(d.missing.map((m) => m.id)).toEqual(expected);
				expect(d.decision).toBe(portalVerdict(b, submission));
			}
		}
	});
});

describe('what decide tells the applicant', () => {
	it('lists every missing material at once', () => {
		const d = decide(
			bundle,
			{ form: sampleForm('company'), materials: {}, commitment: true },
			DATE
		);
		expect(d.decision).toBe('supplement');
		expect(d.missing.map((m) => m.id)).toEqual([
			'application-form',
			'business-licence',
			'premises-layout'
		]);
		expect(d.reasons.join('')).toContain('《食品经营许可申请书》');
		// the shared-data-exempt and the optional material are never reported missing
		expect(d.missing.map((m) => m.id)).not.toContain('identity');
		expect(d.missing.map((m) => m.id)).not.toContain('safety-rules');
	});

	it('does not report a conditional material when its condition does not hold', () => {
		const d = decide(bundle, { form: sampleForm('person'), materials: {}, commitment: true }, DATE);
		expect(d.missing.map((m) => m.id)).toEqual(['application-form', 'premises-layout']);
	});

	it('points at each form error with a Chinese message', () => {
		const form = sampleForm();
		(form.applicant as JsonSchema).idNumber = '12345';
		delete (form.business as JsonSchema).address;
		const d = decide(bundle, { form, materials: all }, DATE);
		expect(d.decision).toBe('supplement');
		const byPointer = Object.fromEntries(d.errors.map((e) => [e.pointer, e.message]));
		expect(byPointer['/form/applicant/idNumber']).toMatch(/身份证号码/);
		expect(byPointer['/form/business/address']).toMatch(/经营场所.*必须填写/);
	});

	it('says why tolerance did not apply', () => {
		const tooMany = compileItem(itemWithTolerable(3, 1), { policy: generousPolicy() });
		const d = decide(
			tooMany,
			{ form: sampleForm(), materials: { main: fileRef() }, commitment: true },
			DATE
		);
		expect(d.decision).toBe('supplement');
		expect(d.reasons.join()).toContain('超过可容缺上限 1 项');
		const unsigned = decide(
			bundle,
			{ form: sampleForm(), materials: without('premises-layout'), commitment: false },
			DATE
		);
		expect(unsigned.reasons.join()).toContain('签署告知承诺书即可容缺受理');
		expect(unsigned.toleranceOffer?.materials.map((m) => m.id)).toEqual(['premises-layout']);
		const restricted = decide(
			bundle,
			{
				form: sampleForm(),
				materials: without('premises-layout'),
				commitment: true,
				creditRestricted: true
			},
			DATE,
			{ locale: 'en' }
		);
		expect(restricted.reasons.join()).toContain('credit restriction');
	});

	it('never tolerates for a control-class item', () => {
		const control = compileItem({ ...sampleItem(), riskClass: 'control' });
		const submission = {
			form: sampleForm(),
			materials: without('premises-layout'),
			commitment: true
		};
		const d = decide(control, submission, DATE);
		expect(d.decision).toBe('supplement');
		expect(d.toleranceOffer).toBeUndefined();
		expect(d.decision).toBe(portalVerdict(control, submission));
		expect(d.missing.map((m) => m.id)).toEqual(['premises-layout']);
		expect(d.reasons.join()).toContain('不适用容缺受理');
	});

	it('explains a malformed submission instead of crashing', () => {
		for (const submission of [null, 42, [], { form: 'x', materials: [] }]) {
			const d = decide(bundle, submission, DATE);
			expect(d.decision).toBe('supplement');
			expect(d.errors.length).toBeGreaterThan(0);
		}
		expect(decide(bundle, { form: 'x', materials: {} }, DATE).errors[0].pointer).toBe('/form');
	});

	it('never accepts a wrong check character: supplement, with the field located', () => {
		const form = sampleForm();
		(form.applicant as JsonSchema).idNumber = badCheckDigitIdCard();
		const submission = { form, materials: all };
		const d = decide(bundle, submission, DATE);
		expect(d.decision).toBe('supplement');
		expect(d.decision).toBe(portalVerdict(bundle, submission));
		expect(d.errors.map((e) => e.pointer)).toEqual(['/form/applicant/idNumber']);
		expect(d.errors[0].message).toMatch(/校验/);
	});

	it('normalises a lower-case x and spaces as the form and `banshi format` do', () => {
		const form = sampleForm();
		const id = (form.applicant as JsonSchema).idNumber as string;
		(form.applicant as JsonSchema).idNumber = `  ${id.toLowerCase()} `;
		const d = decide(bundle, { form, materials: all }, DATE);
		expect(d.errors).toEqual([]);
		expect(d.decision).toBe('accept');
	});
});

describe('supplement deadlines', () => {
	it('counts working days across the National Day holiday', () => {
		const d = decide(
			bundle,
			{ form: sampleForm(), materials: without('premises-layout'), commitment: true },
			DATE
		);
		expect(d.decision).toBe('accept-with-tolerance');
		// 2024-09-29 (Sunday) is a make-up working day, 10-01…10-07 are holidays: Sep 29, Sep 30,
		// Oct 8, Oct 9, Oct 10
		expect(d.tolerated).toEqual([
			{ id: 'premises-layout', name: '经营场所平面布局图', supplementDeadline: '2024-10-10' }
		]);
		expect(d.supplementDeadline).toBe(addWorkdays(defaultCalendar(), DATE, 5));
		expect(d.calendar).toBe(defaultCalendar().id);
	});

	it('uses each material its own days and reports the latest deadline', () => {
		const item = itemWithTolerable(2, 2);
		item.materials[1].supplementDays = 3;
		item.tolerance.supplementDays = 10;
		const b = compileItem(item, { policy: generousPolicy() });
		const d = decide(
			b,
			{ form: sampleForm(), materials: { main: fileRef() }, commitment: true },
			'2024-03-01'
		);
		// 10 working days would be 03-15, after the promised completion date (7 working days: 03-12)
		expect(d.tolerated.map((t) => t.supplementDeadline)).toEqual(['2024-03-06', '2024-03-12']);
		expect(d.supplementDeadline).toBe('2024-03-12');
		expect(d.deadlineClampedTo).toBe('2024-03-12');
		expect(d.reasons.join()).toContain('不得晚于承诺办结日期');
	});

	it('uses the calendar it is given', () => {
		// a calendar that knows no holidays in 2024, only weekends
		const noHolidays = calendarFromData(
			{ id: 'no-holidays', years: { '2024': { holidays: [], workdays: [] } } },
			null
		);
		const d = decide(
			bundle,
			{ form: sampleForm(), materials: without('premises-layout'), commitment: true },
			DATE,
			{ calendar: noHolidays }
		);
		expect(d.calendar).toBe(noHolidays.id);
		// Sep 30, Oct 1, 2, 3, 4
		expect(d.supplementDeadline).toBe('2024-10-04');
	});
});

describe('validator cache', () => {
	it('compiles a bundle once', () => {
		expect(validatorsFor(bundle)).toBe(validatorsFor(bundle));
		const other = compileItem({ ...item, name: '食品经营许可（延续）' });
		expect(validatorsFor(other)).not.toBe(validatorsFor(bundle));
	});
});
