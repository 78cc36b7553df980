// Acceptance as a window officer would sign it, over the starter templates: one table of scenarios,
// each asserting the verdict, what is missing, the fields to correct, the deadlines and the reasons.
// Every scenario is also decided from the published schemas alone by a second, independent JSON
// Schema validator (@cfworker/json-schema, our cn-* formats registered), following BUNDLE.md's
// procedure: it must reach the same verdict. Runs in China's time zone and in one west of UTC.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator, format as cfFormats } from '@cfworker/json-schema';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileItem, isAsked } from '../compile';
import type { Bundle } from '../compile/types';
import { CN_FORMATS } from '../formats';
import type { Item, JsonSchema } from '../item/types';
import { SAMPLES, fileRef } from '../../../../tests/fixtures/template-samples';
import { verdictFromSchemas } from '../../../../tests/fixtures/verdict';
import { decide } from './decide';
import type { Decision, DecisionKind } from './types';

type Obj = Record<string, unknown>;
type Template =
	| 'food-business-licence'
	| 'minimum-living-allowance'
	| 'wild-plant-collection'
	| 'construction-permit'
	| 'individual-business-registration'
	| 'social-security-card'
	| 'public-place-hygiene-licence';

interface Scenario {
	name: string;
	template: Template;
	date?: string;
	/** changes to the sample form, by JSON pointer (undefined deletes) */
	form?: Record<string, unknown>;
	/** materials left out of the complete set */
	without?: string[];
	/** materials added to the complete set */
	extra?: string[];
	commitment?: boolean;
	creditRestricted?: boolean;
	/** more entries in the submission envelope */
	envelope?: Obj;
	/** an edit of the item before compiling */
	item?: (item: Item) => void;
	expect: {
		decision: DecisionKind;
		missing?: string[];
		/** pointers of the field errors, in any order */
		errors?: string[];
		/** each matched by some error message */
		errorText?: (string | RegExp)[];
		/** the latest supplement deadline */
		deadline?: string;
		tolerated?: Record<string, string>;
		reasons?: (string | RegExp)[];
		extras?: string[];
		refusals?: string[];
		offer?: string[];
		clampedTo?: string;
	};
}

const DATE = '2026-03-02'; // a Monday without holidays nearby
// 41010519850612102X: a valid ID number whose check character is X
const ID_X = '41010519850612102X';

const scenarios: Scenario[] = [
	// 食品经营许可: 鼓励类, three tolerable materials (5 working days each), promised 7 working days
	{
		name: 'complete',
		template: 'food-business-licence',
		expect: { decision: 'accept', missing: [], errors: [], reasons: ['予以受理'] }
	},
	{
		name: 'one tolerable material missing, commitment signed',
		template: 'food-business-licence',
		without: ['layout-plan'],
		commitment: true,
		expect: {
			decision: 'accept-with-tolerance',
			missing: ['layout-plan'],
			tolerated: { 'layout-plan': '2026-03-09' },
			deadline: '2026-03-09',
			reasons: ['容缺受理', '2026-03-09']
		}
	},
	{
		name: 'three tolerable materials missing: the maximum',
		template: 'food-business-licence',
		without: ['layout-plan', 'equipment-list', 'safety-rules'],
		commitment: true,
		expect: {
			decision: 'accept-with-tolerance',
			missing: ['layout-plan', 'equipment-list', 'safety-rules'],
			deadline: '2026-03-09'
		}
	},
	{
		name: 'tolerable material missing, commitment not signed: supplement naming the 容缺 option',
		template: 'food-business-licence',
		without: ['equipment-list'],
		commitment: false,
		expect: {
			decision: 'supplement',
			missing: ['equipment-list'],
			errors: [],
			offer: ['equipment-list'],
			reasons: ['签署告知承诺书即可容缺受理', '2026-03-09', '一次性告知补正']
		}
	},
	{
		name: 'credit-restricted applicant: no tolerance',
		template: 'food-business-licence',
		without: ['equipment-list'],
		commitment: true,
		creditRestricted: true,
		expect: {
			decision: 'supplement',
			missing: ['equipment-list'],
			offer: [],
			reasons: ['失信']
		}
	},
	{
		name: 'essential material missing: supplement, tolerance cannot help',
		template: 'food-business-licence',
		without: ['application-form', 'layout-plan'],
		commitment: true,
		expect: {
			decision: 'supplement',
			missing: ['application-form', 'layout-plan'],
			offer: [],
			reasons: ['缺少申请材料：《食品经营许可申请书》', '缺少可容缺材料']
		}
	},
	{
		name: 'conditional material needed (central kitchen) and missing',
		template: 'food-business-licence',
		form: { '/business/centralKitchen': true },
		without: ['central-kitchen-docs'],
		expect: {
			decision: 'supplement',
			missing: ['central-kitchen-docs'],
			errors: []
		}
	},
	{
		name: 'conditional material needed and given',
		template: 'food-business-licence',
		form: { '/business/centralKitchen': true },
		extra: ['central-kitchen-docs'],
		expect: { decision: 'accept', missing: [] }
	},
	{
		name: 'agent declared but not described: the field named by its title',
		template: 'food-business-licence',
		form: { '/hasAgent': true },
		extra: ['power-of-attorney'],
		expect: {
			decision: 'supplement',
			errors: ['/form/agent'],
			errorText: [/^代理人信息：必须填写$/]
		}
	},
	{
		name: 'extra listed document (免提交 营业执照): accepted and noted',
		template: 'food-business-licence',
		extra: ['business-licence'],
		expect: {
			decision: 'accept',
			errors: [],
			extras: ['business-licence'],
			reasons: ['另交的《营业执照或者其他主体资格证明文件》为免提交材料']
		}
	},
	{
		name: 'extra listed document not needed in this case (no agent): accepted and noted',
		template: 'food-business-licence',
		extra: ['power-of-attorney'],
		expect: {
			decision: 'accept',
			errors: [],
			extras: ['power-of-attorney'],
			reasons: ['在本申请情形下无需提交']
		}
	},
	{
		name: 'unknown document: named in plain words',
		template: 'food-business-licence',
		extra: ['holiday-photos'],
		expect: {
			decision: 'supplement',
			errors: ['/materials/holiday-photos'],
			errorText: ['holiday-photos：不是本事项办事指南列出的申请材料，请删除']
		}
	},
	{
		name: 'wrong ID check character (top section)',
		template: 'food-business-licence',
		form: { '/applicant/idNumber': '410105198506123010' },
		expect: {
			decision: 'supplement',
			errors: ['/form/applicant/idNumber'],
			errorText: [/校验码/]
		}
	},
	{
		name: 'lower-case x and spaces: normalised, accepted',
		template: 'food-business-licence',
		form: { '/applicant/idNumber': ` ${ID_X.toLowerCase()} ` },
		expect: { decision: 'accept', errors: [] }
	},
	{
		name: 'impossible birth date 1900-02-29 (array element)',
		template: 'food-business-licence',
		form: { '/safetyManagers/0/idNumber': '41010519000229123X' },
		expect: {
			decision: 'supplement',
			errors: ['/form/safetyManagers/0/idNumber'],
			errorText: [/19000229/]
		}
	},
	{
		name: 'impossible birth date 2000-02-30',
		template: 'food-business-licence',
		form: { '/applicant/idNumber': '410105200002301234' },
		expect: { decision: 'supplement', errors: ['/form/applicant/idNumber'] }
	},
	{
		name: 'wrong credit code check character',
		template: 'food-business-licence',
		form: { '/applicant/creditCode': '91410105MA9GK3T850' },
		expect: {
			decision: 'supplement',
			errors: ['/form/applicant/creditCode'],
			errorText: [/校验/]
		}
	},
	{
		name: 'retired region code (崇文区 110103)',
		template: 'food-business-licence',
		form: { '/business/premisesRegion': '110103' },
		expect: {
			decision: 'supplement',
			errors: ['/form/business/premisesRegion'],
			errorText: [/110103 不存在/]
		}
	},
	{
		name: 'postcode 000000',
		template: 'food-business-licence',
		form: { '/applicant/postcode': '000000' },
		expect: { decision: 'supplement', errors: ['/form/applicant/postcode'], errorText: [/00/] }
	},
	{
		name: 'unknown field at the top level of the form',
		template: 'food-business-licence',
		form: { '/nickname': '张记' },
		expect: {
			decision: 'supplement',
			errors: ['/form/nickname'],
			errorText: ['nickname：不是本申请表的字段，请删除']
		}
	},
	{
		name: 'unknown field inside a section',
		template: 'food-business-licence',
		form: { '/applicant/nickname': '张记' },
		expect: { decision: 'supplement', errors: ['/form/applicant/nickname'] }
	},
	{
		name: 'unknown field inside an array element',
		template: 'food-business-licence',
		form: { '/safetyManagers/0/shoeSize': 42 },
		expect: { decision: 'supplement', errors: ['/form/safetyManagers/0/shoeSize'] }
	},
	{
		name: 'unknown entry in the submission itself',
		template: 'food-business-licence',
		envelope: { note: '加急' },
		expect: { decision: 'supplement', errors: ['/note'] }
	},
	{
		name: 'several problems at once: everything listed',
		template: 'food-business-licence',
		without: ['application-form'],
		form: { '/applicant/mobile': '12345', '/applicant/idNumber': '410105198506123010' },
		expect: {
			decision: 'supplement',
			missing: ['application-form'],
			errors: ['/form/applicant/idNumber', '/form/applicant/mobile'],
			reasons: ['2 处需要更正', '一次性告知补正']
		}
	},
	{
		name: 'year end: deadline across New Year (make-up workday 2026-01-04)',
		template: 'food-business-licence',
		date: '2025-12-26',
		without: ['layout-plan'],
		commitment: true,
		expect: { decision: 'accept-with-tolerance', deadline: '2026-01-05' }
	},
	{
		name: 'National Day: deadline after the holiday week and the make-up Saturday',
		template: 'food-business-licence',
		date: '2026-09-30',
		without: ['safety-rules'],
		commitment: true,
		expect: { decision: 'accept-with-tolerance', deadline: '2026-10-13' }
	},
	{
		name: 'accepted on a holiday (online): the count starts after the holiday',
		template: 'food-business-licence',
		date: '2026-10-01',
		without: ['safety-rules'],
		commitment: true,
		expect: { decision: 'accept-with-tolerance', deadline: '2026-10-13' }
	},
	{
		name: 'Spring Festival: make-up workdays counted',
		template: 'food-business-licence',
		date: '2026-02-13',
		without: ['layout-plan'],
		commitment: true,
		// 02-14 (make-up Saturday), then 02-24 … 02-27 after the holiday
		expect: { decision: 'accept-with-tolerance', deadline: '2026-02-27' }
	},

	// 最低生活保障: 慎审类, at most one tolerable material (10 working days), promised 20
	{
		name: 'complete',
		template: 'minimum-living-allowance',
		expect: { decision: 'accept', missing: [], errors: [] }
	},
	{
		name: 'tolerable marital-status proof missing, commitment signed',
		template: 'minimum-living-allowance',
		without: ['marital-status'],
		commitment: true,
		expect: {
			decision: 'accept-with-tolerance',
			tolerated: { 'marital-status': '2026-03-16' },
			deadline: '2026-03-16'
		}
	},
	{
		name: 'conditional material (serious illness) missing beside a tolerable one',
		template: 'minimum-living-allowance',
		form: { '/household/hasDisabledOrSeriouslyIll': true },
		without: ['marital-status', 'disability-or-illness'],
		commitment: true,
		expect: {
			decision: 'supplement',
			missing: ['marital-status', 'disability-or-illness'],
			offer: []
		}
	},
	{
		name: 'invalid ID of a household member (array inside a section)',
		template: 'minimum-living-allowance',
		form: { '/household/members/0/idNumber': '410102196211202020' },
		expect: { decision: 'supplement', errors: ['/form/household/members/0/idNumber'] }
	},

	// 采集国家二级保护野生植物审批: 慎审类, one tolerable material (5 days), promised 10
	{
		name: 'complete (company, with agent)',
		template: 'wild-plant-collection',
		expect: { decision: 'accept', missing: [], errors: [] }
	},
	{
		name: 'purpose proof tolerated',
		template: 'wild-plant-collection',
		without: ['purpose-proof'],
		commitment: true,
		expect: { decision: 'accept-with-tolerance', deadline: '2026-03-09' }
	},
	{
		name: 'extra shared-data document of a conditional material: accepted and noted',
		template: 'wild-plant-collection',
		extra: ['identity-company'],
		expect: { decision: 'accept', extras: ['identity-company'] }
	},
	{
		name: 'supplement deadline clamped to the promised completion date',
		template: 'wild-plant-collection',
		item: (i) => (i.materials.find((m) => m.id === 'purpose-proof')!.supplementDays = 15),
		without: ['purpose-proof'],
		commitment: true,
		expect: {
			decision: 'accept-with-tolerance',
			deadline: '2026-03-16',
			clampedTo: '2026-03-16',
			reasons: ['不得晚于承诺办结日期', '10 个工作日']
		}
	},
	{
		name: 'declared refusal case holds: 不予受理, whatever else is missing',
		template: 'wild-plant-collection',
		item: withPurposeRefusal,
		form: { '/collection/purpose': '其他特殊需要' },
		without: ['collection-plan'],
		expect: {
			decision: 'reject',
			missing: [],
			errors: [],
			refusals: ['purpose'],
			reasons: ['属于不予受理情形：采集目的不属于科学研究', '不予受理']
		}
	},
	{
		name: 'declared refusal case does not hold: decided as usual',
		template: 'wild-plant-collection',
		item: withPurposeRefusal,
		expect: { decision: 'accept', refusals: [] }
	},

	// 建筑工程施工许可: 控制类, no tolerance
	{
		name: 'complete',
		template: 'construction-permit',
		expect: { decision: 'accept', errors: [] }
	},
	{
		name: 'control class: a missing material is never tolerated',
		template: 'construction-permit',
		without: ['funding-commitment'],
		commitment: true,
		expect: { decision: 'supplement', missing: ['funding-commitment'], offer: [] }
	},
	{
		name: 'wrong ID of a participant (array element)',
		template: 'construction-permit',
		form: { '/participants/0/leaderIdNumber': '410102196001151015' },
		expect: { decision: 'supplement', errors: ['/form/participants/0/leaderIdNumber'] }
	},
	{
		name: 'impossible planned start date (2026-02-30): a human message',
		template: 'construction-permit',
		form: { '/project/plannedStart': '2026-02-30' },
		expect: {
			decision: 'supplement',
			errors: ['/form/project/plannedStart'],
			errorText: [/不是有效的日期/]
		}
	},
	{
		name: 'demolition declared: its material becomes needed',
		template: 'construction-permit',
		form: { '/project/needsDemolition': true },
		without: ['demolition-progress'],
		expect: { decision: 'supplement', missing: ['demolition-progress'] }
	},

	// 个体工商户登记: 即办件, no tolerance
	{
		name: 'complete',
		template: 'individual-business-registration',
		expect: { decision: 'accept' }
	},
	{
		name: '即办件: a missing material is never tolerated',
		template: 'individual-business-registration',
		without: ['premises-proof'],
		commitment: true,
		expect: { decision: 'supplement', missing: ['premises-proof'], offer: [] }
	},

	// 社会保障卡申领: 即办件, a minor needs a guardian
	{
		name: 'minor without guardian: material and guardian fields, the field by its title',
		template: 'social-security-card',
		form: { '/guardian': undefined },
		without: ['guardian-proof'],
		expect: {
			decision: 'supplement',
			missing: ['guardian-proof'],
			errors: ['/form/guardian'],
			errorText: [/^监护人信息：必须填写$/]
		}
	},
	{
		name: 'shared-data photo uploaded anyway: accepted and noted',
		template: 'social-security-card',
		extra: ['photo'],
		expect: { decision: 'accept', extras: ['photo'] }
	},

	// 公共场所卫生许可: 鼓励类, tolerable materials with their own days (5 and 7)
	{
		name: 'two tolerable materials with different days: each its own deadline',
		template: 'public-place-hygiene-licence',
		without: ['site-plans', 'hygiene-test-report'],
		commitment: true,
		expect: {
			decision: 'accept-with-tolerance',
			tolerated: { 'site-plans': '2026-03-09', 'hygiene-test-report': '2026-03-11' },
			deadline: '2026-03-11'
		}
	},
	{
		name: 'invalid venue postcode (second section)',
		template: 'public-place-hygiene-licence',
		form: { '/venue/postcode': '999999' },
		expect: { decision: 'supplement', errors: ['/form/venue/postcode'] }
	}
];

function withPurposeRefusal(item: Item) {
	const text = item.guide.refusalCases![1];
	item.refusals = [
		{
			id: 'purpose',
			text,
			condition: {
				properties: {
					collection: { properties: { purpose: { const: '其他特殊需要' } }, required: ['purpose'] }
				},
				required: ['collection']
			}
		}
	];
}

// ---------------------------------------------------------------------------------------------

const ajv = new Ajv2020({ strict: false });
const templates = new Map<string, Item>();
function template(slug: string): Item {
	if (!templates.has(slug)) {
		const text = readFileSync(join(process.cwd(), 'templates', `${slug}.json`), 'utf8');
		templates.set(slug, JSON.parse(text) as Item);
	}
	return structuredClone(templates.get(slug)!);
}

function setAt(doc: Obj, ptr: string, value: unknown) {
	const tokens = ptr.split('/').slice(1);
	let node = doc as Obj | unknown[];
	for (const tok of tokens.slice(0, -1)) node = (node as Obj)[tok] as Obj;
	const last = tokens[tokens.length - 1];
	if (value === undefined) delete (node as Obj)[last];
	else (node as Obj)[last] = value;
}

interface Built {
	bundle: Bundle;
	submission: Obj;
}

function build(s: Scenario): Built {
	const item = template(s.template);
	s.item?.(item);
	const bundle = compileItem(item);
	const form = structuredClone(SAMPLES[s.template]) as Obj;
	for (const [ptr, value] of Object.entries(s.form ?? {})) setAt(form, ptr, value);
	const materials: Obj = {};
	for (const m of item.materials) {
		if (s.without?.includes(m.id)) continue;
		if (!isAsked(m) || (m.condition && !ajv.validate(m.condition, form))) continue;
		materials[m.id] = fileRef(m.id);
	}
	for (const id of s.extra ?? []) materials[id] = fileRef(id);
	const submission: Obj = { form, materials, commitment: s.commitment ?? false, ...s.envelope };
	if (s.creditRestricted !== undefined) submission.creditRestricted = s.creditRestricted;
	return { bundle, submission };
}

// the second validator: @cfworker/json-schema with our formats (its own `date` and others)
beforeAll(() => {
	for (const [name, def] of Object.entries(CN_FORMATS)) cfFormats[name] = def.validate;
});
function cfworkerVerdict(bundle: Bundle, submission: unknown): DecisionKind {
	return verdictFromSchemas(bundle, submission, (schema: JsonSchema, data: unknown) => {
		const v = new Validator(schema as never, '2020-12', false);
		return v.validate(data).valid;
	});
}

const contains = (list: string[], want: string | RegExp) =>
	list.some((x) => (typeof want === 'string' ? x.includes(want) : want.test(x)));

describe('acceptance scenarios over the templates', () => {
	it('has at least 40 scenarios over every template', () => {
		expect(scenarios.length).toBeGreaterThanOrEqual(40);
		const used = new Set(scenarios.map((s) => s.template));
		expect(used.size).toBe(7);
	});

	describe.each(scenarios.map((s) => [`${s.template}: ${s.name}`, s] as const))('%s', (_, s) => {
		let d: Decision;
		let built: Built;
		beforeAll(() => {
			built = build(s);
			d = decide(built.bundle, built.submission, s.date ?? DATE);
		});

		it('verdict, missing, errors, deadlines and reasons', () => {
			const e = s.expect;
			expect(d.decision).toBe(e.decision);
			if (e.missing) expect(d.missing.map((m) => m.id)).toEqual(e.missing);
			if (e.errors) expect(d.errors.map((x) => x.pointer).sort()).toEqual([...e.errors].sort());
			for (const want of e.errorText ?? []) {
				expect(
					contains(
						d.errors.map((x) => x.message),
						want
					),
					`${String(want)} in ${JSON.stringify(d.errors)}`
				).toBe(true);
			}
			if (e.deadline) expect(d.supplementDeadline).toBe(e.deadline);
			if (e.tolerated)
				expect(Object.fromEntries(d.tolerated.map((m) => [m.id, m.supplementDeadline]))).toEqual(
					e.tolerated
				);
			if (e.clampedTo) expect(d.deadlineClampedTo).toBe(e.clampedTo);
			for (const want of e.reasons ?? [])
				expect(contains(d.reasons, want), `${String(want)} in ${d.reasons.join(' | ')}`).toBe(true);
			if (e.extras) expect((d.extras ?? []).map((m) => m.id)).toEqual(e.extras);
			if (e.refusals) expect((d.refusals ?? []).map((r) => r.id)).toEqual(e.refusals);
			if (e.offer) expect((d.toleranceOffer?.materials ?? []).map((m) => m.id)).toEqual(e.offer);
		});

		it('keeps the law’s invariants', () => {
			// an acceptance never carries a field error; a supplement always says what to do
			if (d.decision === 'accept' || d.decision === 'accept-with-tolerance')
				expect(d.errors).toEqual([]);
			if (d.decision === 'supplement')
				expect(d.missing.length + d.errors.length + d.reasons.length).toBeGreaterThan(1);
			if (d.decision === 'reject') expect(d.refusals?.length).toBeGreaterThan(0);
			if (d.decision === 'accept-with-tolerance') expect(d.tolerated.length).toBeGreaterThan(0);
			// messages for people: never a raw keyword, format name or internal code
			for (const x of d.errors) {
				expect(x.message).not.toMatch(/false schema|应当匹配格式|must match format|cn-[a-z]/);
				expect(x.pointer).toMatch(/^\/(form|materials|note)/);
			}
			// a deadline never after the promised completion date
			const promised = built.bundle.guide.promisedTimeLimit;
			if (d.supplementDeadline && promised.unit === 'workday' && promised.value > 0)
				expect(d.supplementDeadline <= (d.deadlineClampedTo ?? '9999')).toBe(true);
		});

		it('the same verdict from the published schemas with a second validator', () => {
			expect(cfworkerVerdict(built.bundle, built.submission)).toBe(d.decision);
		});
	});
});
