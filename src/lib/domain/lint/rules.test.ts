// Every rule id in RULES has a case that triggers it and a near miss that does not.
import { describe, expect, it } from 'vitest';
import type { Item } from '../item/types';
import { cleanItem } from './fixtures';
import { lintItem, RULES } from './index';
import type { LintOptions } from './types';

interface Case {
	name: string;
	mutate: (item: Item) => void;
	opts?: LintOptions;
	/** where the finding must point (trigger cases) */
	pointer?: string;
	/** text the Chinese message must contain (trigger cases) */
	says?: string;
}

interface RuleCases {
	trigger: Case[];
	pass: Case[];
}

const strict: LintOptions = { profile: 'strict-local' };

const CASES: Record<string, RuleCases> = {
	'promised-exceeds-legal': {
		trigger: [
			{
				name: '25 workdays promised, 20 legal',
				mutate: (i) => (i.guide.promisedTimeLimit = { value: 25, unit: 'workday' }),
				pointer: '/guide/promisedTimeLimit',
				says: '承诺办结时限（25 个工作日）超过法定办结时限（20 个工作日）'
			},
			{
				name: '25 workdays promised, 20 calendar days legal',
				mutate: (i) => {
					i.guide.legalTimeLimit = { value: 20, unit: 'day' };
					i.guide.promisedTimeLimit = { value: 25, unit: 'workday' };
				},
				pointer: '/guide/promisedTimeLimit'
			},
			{
				name: '2 months promised, 20 workdays legal',
				mutate: (i) => (i.guide.promisedTimeLimit = { value: 2, unit: 'month' }),
				pointer: '/guide/promisedTimeLimit'
			}
		],
		pass: [
			{
				name: 'promised equal to legal',
				mutate: (i) => (i.guide.promisedTimeLimit = { value: 20, unit: 'workday' })
			},
			{
				name: 'units differ and it is not certain',
				mutate: (i) => (i.guide.promisedTimeLimit = { value: 1, unit: 'month' })
			}
		]
	},
	'promised-may-exceed-legal': {
		trigger: [
			{
				name: '1 month promised, 20 workdays legal',
				mutate: (i) => (i.guide.promisedTimeLimit = { value: 1, unit: 'month' }),
				pointer: '/guide/promisedTimeLimit',
				says: '单位不同'
			},
			{
				name: '30 calendar days promised, 20 workdays legal',
				mutate: (i) => (i.guide.promisedTimeLimit = { value: 30, unit: 'day' }),
				pointer: '/guide/promisedTimeLimit'
			}
		],
		pass: [
			{
				name: 'a few calendar days against 20 workdays',
				mutate: (i) => (i.guide.promisedTimeLimit = { value: 15, unit: 'day' })
			},
			{
				name: '10 workdays against 3 months',
				mutate: (i) => (i.guide.legalTimeLimit = { value: 3, unit: 'month' })
			}
		]
	},
	'supplement-exceeds-promised': {
		trigger: [
			{
				name: 'default supplement deadline longer than the promise',
				mutate: (i) => (i.tolerance.supplementDays = 15),
				pointer: '/tolerance/supplementDays',
				says: '15 个工作日'
			},
			{
				name: 'a material’s own supplement deadline longer than the promise',
				mutate: (i) => (i.materials[2].supplementDays = 12),
				pointer: '/materials/2/supplementDays',
				says: '经营场所平面布局图'
			}
		],
		pass: [
			{ name: 'deadline equal to the promise', mutate: (i) => (i.tolerance.supplementDays = 10) },
			{
				name: 'tolerance disabled',
				mutate: (i) => {
					i.tolerance.enabled = false;
					i.tolerance.supplementDays = 30;
				}
			}
		]
	},
	'legal-basis-missing': {
		trigger: [
			{
				name: 'licensing with no legal basis',
				mutate: (i) => (i.guide.legalBasis = []),
				pointer: '/guide/legalBasis',
				says: '缺少设定依据'
			}
		],
		pass: [
			{
				name: 'public service without a basis',
				mutate: (i) => {
					i.kind = 'public-service';
					i.guide.legalBasis = [];
					i.guide.result.type = 'other';
				}
			}
		]
	},
	'legal-basis-law-missing': {
		trigger: [
			{
				name: 'basis entry with an article but no law',
				mutate: (i) => i.guide.legalBasis.push({ law: '  ', article: '第十条' }),
				pointer: '/guide/legalBasis/1/law'
			},
			{
				name: 'implementation basis without law',
				mutate: (i) => (i.guide.implementationBasis = [{ law: '', article: '第三条' }]),
				pointer: '/guide/implementationBasis/0/law',
				says: '实施依据'
			}
		],
		pass: [
			{
				name: 'law named, article omitted',
				mutate: (i) => i.guide.legalBasis.push({ law: '《食品经营许可和备案管理办法》' })
			}
		]
	},
	'fee-basis-missing': {
		trigger: [
			{
				name: 'fee with an empty basis',
				mutate: (i) =>
					(i.guide.fees = { free: false, items: [{ name: '工本费', amount: 10, basis: '' }] }),
				pointer: '/guide/fees/items/0/basis',
				says: '工本费'
			}
		],
		pass: [
			{
				name: 'fee with its basis',
				mutate: (i) =>
					(i.guide.fees = {
						free: false,
						items: [{ name: '工本费', amount: 10, basis: '发改价格〔2019〕914号' }]
					})
			}
		]
	},
	'fee-items-missing': {
		trigger: [
			{
				name: 'not free, no items',
				mutate: (i) => (i.guide.fees = { free: false }),
				pointer: '/guide/fees'
			}
		],
		pass: [
			{
				name: 'not free, one item',
				mutate: (i) =>
					(i.guide.fees = {
						free: false,
						items: [{ name: '工本费', amount: 10, basis: '发改价格〔2019〕914号' }]
					})
			}
		]
	},
	'guide-element-missing': {
		trigger: [
			{
				name: 'licensing without conditions',
				mutate: (i) => (i.guide.conditions = ['  ']),
				pointer: '/guide/conditions',
				says: '受理条件'
			},
			{
				name: 'licensing without a legal time limit',
				mutate: (i) => (i.guide.legalTimeLimit = { value: 0, unit: 'workday' }),
				pointer: '/guide/legalTimeLimit'
			},
			{
				name: 'public service without consult phones',
				mutate: (i) => {
					i.kind = 'public-service';
					i.guide.result.type = 'other';
					i.guide.consult.phones = [];
				},
				pointer: '/guide/consult/phones'
			}
		],
		pass: [
			{
				name: 'public service needs no legal time limit or complaint phone',
				mutate: (i) => {
					i.kind = 'public-service';
					i.guide.result.type = 'other';
					i.guide.legalTimeLimit = { value: 0, unit: 'workday' };
					i.guide.complaint.phones = [];
				}
			}
		]
	},
	'result-type-mismatch': {
		trigger: [
			{
				name: 'licensing resulting in a payment',
				mutate: (i) => (i.guide.result.type = 'payment'),
				pointer: '/guide/result/type',
				says: '证照'
			},
			{
				name: 'payment item resulting in a licence',
				mutate: (i) => (i.kind = 'payment'),
				pointer: '/guide/result/type'
			}
		],
		pass: [
			{
				name: 'licensing resulting in an approval document',
				mutate: (i) => (i.guide.result.type = 'approval-document')
			}
		]
	},
	'online-url-missing': {
		trigger: [
			{
				name: 'online without url',
				mutate: (i) => (i.guide.online = { available: true, depth: 3 }),
				pointer: '/guide/online/url'
			}
		],
		pass: [
			{
				name: 'not online, no url',
				mutate: (i) => {
					i.guide.online = { available: false };
					i.guide.visits = 1;
				}
			}
		]
	},
	'online-full-with-visits': {
		trigger: [
			{
				name: 'depth 4 with one visit',
				mutate: (i) => (i.guide.visits = 1),
				pointer: '/guide/visits',
				says: '1 次'
			}
		],
		pass: [
			{
				name: 'depth 3 with one visit',
				mutate: (i) => {
					i.guide.online.depth = 3;
					i.guide.visits = 1;
				}
			}
		]
	},
	'guide-phone-invalid': {
		trigger: [
			{
				name: 'location landline without area code',
				mutate: (i) => (i.guide.locations[0].phone = '67881234'),
				pointer: '/guide/locations/0/phone',
				says: '区号'
			},
			{
				name: 'two numbers in one complaint entry',
				mutate: (i) => (i.guide.complaint.phones = ['12345', '12345、0371-67881234']),
				pointer: '/guide/complaint/phones/1'
			},
			{
				name: 'truncated consult number',
				mutate: (i) => (i.guide.consult.phones = ['0371-6788']),
				pointer: '/guide/consult/phones/0',
				says: '咨询电话'
			}
		],
		pass: [
			{
				name: 'landline, hotline, 400 number and mobile',
				mutate: (i) => {
					i.guide.locations[0].phone = '0391-1234567';
					i.guide.consult.phones = ['400-123-4567', '13812345678'];
					i.guide.complaint.phones = ['12345'];
				}
			}
		]
	},
	'department-credit-code-invalid': {
		trigger: [
			{
				name: 'wrong check character',
				mutate: (i) => (i.department.creditCode = '11410100MB1957321X'),
				pointer: '/department/creditCode',
				says: '示范市市场监督管理局'
			}
		],
		pass: [
			{
				name: 'another valid government code',
				mutate: (i) => (i.department.creditCode = '11440300MB2C92051K')
			}
		]
	},
	'essential-material-tolerable': {
		trigger: [
			{
				name: 'essential licence tolerable',
				mutate: (i) => (i.materials[1].necessity = 'tolerable'),
				pointer: '/materials/1/necessity',
				says: '营业执照'
			}
		],
		pass: [
			{
				name: 'non-essential material tolerable',
				mutate: (i) => (i.materials[2].necessity = 'tolerable')
			}
		]
	},
	'material-name-duplicate': {
		trigger: [
			{
				name: 'same name with a full-width space and half-width brackets',
				mutate: (i) => {
					i.materials[0].name = '营业执照（副本）';
					i.materials[1].name = '\u3000营业执照 (副本) ';
				},
				pointer: '/materials/1/name',
				says: '第 1 项'
			}
		],
		pass: [
			{
				name: 'names that differ in words',
				mutate: (i) => {
					i.materials[0].name = '营业执照（正本）';
					i.materials[1].name = '营业执照（副本）';
				}
			}
		]
	},
	'material-condition-unknown-field': {
		trigger: [
			{
				name: 'condition on a field not in the form',
				mutate: (i) =>
					(i.materials[1].condition = {
						properties: { applicant: { properties: { kind: { const: 'legal-person' } } } }
					}),
				pointer: '/materials/1/condition/properties/applicant/properties/kind',
				says: 'applicant.kind'
			},
			{
				name: 'required names a missing field inside an array',
				mutate: (i) =>
					(i.materials[2].condition = {
						properties: { staff: { contains: { required: ['licenceNo'] } } }
					}),
				pointer: '/materials/2/condition/properties/staff/contains/required/0'
			}
		],
		pass: [
			{
				name: 'condition through allOf on existing fields',
				mutate: (i) =>
					(i.materials[2].condition = {
						allOf: [
							{ properties: { premises: { properties: { area: { minimum: 100 } } } } },
							{ properties: { staff: { contains: { required: ['certificate'] } } } }
						]
					})
			}
		]
	},
	'tolerance-forbidden-for-risk-class': {
		trigger: [
			{
				name: 'control-class item with tolerance',
				mutate: (i) => (i.riskClass = 'control'),
				pointer: '/tolerance/enabled',
				says: '控制类'
			},
			{
				name: 'policy forbids tolerance for cautious items',
				mutate: () => {},
				opts: {
					policy: {
						immediateCasesTolerate: false,
						classes: {
							control: { toleranceAllowed: false, maxMissing: 0 },
							cautious: { toleranceAllowed: false, maxMissing: 0 },
							encouraged: { toleranceAllowed: true, maxMissing: 3 }
						}
					}
				},
				pointer: '/tolerance/enabled',
				says: '慎审类'
			}
		],
		pass: [
			{
				name: 'policy allows tolerance for control items',
				mutate: (i) => (i.riskClass = 'control'),
				opts: {
					policy: {
						immediateCasesTolerate: false,
						classes: {
							control: { toleranceAllowed: true, maxMissing: 1 },
							cautious: { toleranceAllowed: true, maxMissing: 1 },
							encouraged: { toleranceAllowed: true, maxMissing: 3 }
						}
					}
				}
			},
			{
				name: 'control item with tolerance disabled',
				mutate: (i) => {
					i.riskClass = 'control';
					i.tolerance.enabled = false;
					i.materials[2].necessity = 'optional';
				}
			}
		]
	},
	'tolerance-on-immediate-case': {
		trigger: [
			{
				name: 'immediate case with tolerance',
				mutate: (i) => (i.caseType = 'immediate'),
				pointer: '/tolerance/enabled',
				says: '即办件'
			}
		],
		pass: [
			{
				name: 'policy lets immediate cases tolerate',
				mutate: (i) => (i.caseType = 'immediate'),
				opts: {
					policy: {
						immediateCasesTolerate: true,
						classes: {
							control: { toleranceAllowed: false, maxMissing: 0 },
							cautious: { toleranceAllowed: true, maxMissing: 1 },
							encouraged: { toleranceAllowed: true, maxMissing: 3 }
						}
					}
				}
			}
		]
	},
	'max-missing-exceeds-tolerable': {
		trigger: [
			{
				name: 'two may be missing but only one is tolerable',
				mutate: (i) => {
					i.riskClass = 'encouraged';
					i.tolerance.maxMissing = 2;
				},
				pointer: '/tolerance/maxMissing',
				says: '（2）大于可容缺材料数（1）'
			}
		],
		pass: [
			{
				name: 'two tolerable, two may be missing',
				mutate: (i) => {
					i.riskClass = 'encouraged';
					i.tolerance.maxMissing = 2;
					i.materials[0].essential = false;
					i.materials[0].necessity = 'tolerable';
				}
			}
		]
	},
	'max-missing-exceeds-policy': {
		trigger: [
			{
				name: 'cautious item tolerating two',
				mutate: (i) => {
					i.tolerance.maxMissing = 2;
					i.materials[0].essential = false;
					i.materials[0].necessity = 'tolerable';
				},
				pointer: '/tolerance/maxMissing',
				says: '政策上限（1）'
			}
		],
		pass: [
			{
				name: 'encouraged item tolerating two',
				mutate: (i) => {
					i.riskClass = 'encouraged';
					i.tolerance.maxMissing = 2;
					i.materials[0].essential = false;
					i.materials[0].necessity = 'tolerable';
				}
			}
		]
	},
	'tolerance-without-tolerable-material': {
		trigger: [
			{
				name: 'enabled, nothing tolerable',
				mutate: (i) => (i.materials[2].necessity = 'optional'),
				pointer: '/tolerance/enabled'
			}
		],
		pass: [
			{
				name: 'disabled, nothing tolerable',
				mutate: (i) => {
					i.materials[2].necessity = 'optional';
					i.tolerance.enabled = false;
				}
			}
		]
	},
	'tolerable-material-tolerance-disabled': {
		trigger: [
			{
				name: 'tolerable material, tolerance off',
				mutate: (i) => (i.tolerance.enabled = false),
				pointer: '/materials/2/necessity',
				says: '经营场所平面布局图'
			}
		],
		pass: [
			{
				name: 'tolerance off, material optional',
				mutate: (i) => {
					i.tolerance.enabled = false;
					i.materials[2].necessity = 'optional';
				}
			}
		]
	},
	'form-field-untitled': {
		trigger: [
			{
				name: 'nested field without title',
				mutate: (i) => delete fieldAt(i, 'premises', 'area').title,
				pointer: '/form/schema/properties/premises/properties/area',
				says: 'premises.area'
			},
			{
				name: 'array item field with a blank title',
				mutate: (i) => (itemFieldAt(i, 'staff', 'name').title = ' '),
				pointer: '/form/schema/properties/staff/items/properties/name'
			}
		],
		pass: [
			{
				name: 'array items object itself has no title',
				mutate: (i) => delete (formProps(i).staff as { items: { title?: string } }).items.title
			}
		]
	},
	'required-field-hidden': {
		trigger: [
			{
				name: 'required field hidden by widget',
				mutate: (i) => (i.form.uiSchema.premises = { area: { 'ui:widget': 'hidden' } }),
				pointer: '/form/schema/properties/premises/properties/area',
				says: '面积（平方米）'
			},
			{
				name: 'required array item field hidden by option',
				mutate: (i) =>
					(i.form.uiSchema.staff = { items: { name: { 'ui:options': { hidden: true } } } }),
				pointer: '/form/schema/properties/staff/items/properties/name'
			}
		],
		pass: [
			{
				name: 'hidden required field with a default',
				mutate: (i) => {
					(fieldAt(i, 'applicant', 'channel') as { default?: string }).default = 'online';
					(formProps(i).applicant as { required: string[] }).required.push('channel');
				}
			},
			{
				name: 'hidden optional field',
				mutate: (i) => (i.form.uiSchema.premises = { postcode: { 'ui:widget': 'hidden' } })
			}
		]
	},
	'form-pattern-invalid': {
		trigger: [
			{
				name: 'unbalanced bracket',
				mutate: (i) => (fieldAt(i, 'premises', 'postcode').pattern = '^[0-9{6}$'),
				pointer: '/form/schema/properties/premises/properties/postcode/pattern'
			},
			{
				name: 'invalid patternProperties key',
				mutate: (i) =>
					(formProps(i).extra = {
						type: 'object',
						title: '其他信息',
						patternProperties: { '^(x': { type: 'string' } }
					}),
				pointer: '/form/schema/properties/extra/patternProperties/^(x'
			}
		],
		pass: [
			{
				name: 'valid Unicode pattern',
				mutate: (i) => (fieldAt(i, 'applicant', 'name').pattern = '^[\\u4e00-\\u9fa5·]{2,30}$')
			}
		]
	},
	'form-pattern-redos': {
		trigger: [
			{
				name: 'nested quantifier in a field pattern',
				mutate: (i) => (fieldAt(i, 'applicant', 'name').pattern = '^([a-z]+)*$'),
				pointer: '/form/schema/properties/applicant/properties/name/pattern',
				says: '灾难性回溯'
			},
			{
				name: 'nested quantifier deep in a $defs schema',
				mutate: (i) =>
					(i.form.schema.$defs = {
						code: { anyOf: [{ type: 'string', pattern: '^(\\d+)+$' }] }
					}),
				pointer: '/form/schema/$defs/code/anyOf/0/pattern'
			},
			{
				name: 'patternProperties key with overlapping repetition',
				mutate: (i) =>
					(formProps(i).extra = {
						type: 'object',
						title: '其他信息',
						patternProperties: { '^(\\w+\\s?)*$': { type: 'string' } }
					}),
				pointer: '/form/schema/properties/extra/patternProperties/^(\\w+\\s?)*$'
			}
		],
		pass: [
			{
				name: 'landline pattern with optional parts',
				mutate: (i) =>
					(fieldAt(i, 'applicant', 'phone').pattern = '^(0\\d{2,3}-?)?\\d{7,8}(-\\d{1,6})?$')
			},
			{
				name: 'a pattern inside a default value is data',
				mutate: (i) => (fieldAt(i, 'applicant', 'name').default = { pattern: '^(a+)+$' } as never)
			}
		]
	},
	'local-supplement-max': {
		trigger: [
			{
				name: '25 supplement days under the strict profile',
				mutate: (i) => {
					i.guide.promisedTimeLimit = { value: 30, unit: 'workday' };
					i.guide.legalTimeLimit = { value: 30, unit: 'workday' };
					i.tolerance.supplementDays = 25;
				},
				opts: strict,
				pointer: '/tolerance/supplementDays',
				says: '20 个工作日'
			}
		],
		pass: [
			{
				name: 'same item under the national profile',
				mutate: (i) => {
					i.guide.promisedTimeLimit = { value: 30, unit: 'workday' };
					i.guide.legalTimeLimit = { value: 30, unit: 'workday' };
					i.tolerance.supplementDays = 25;
				}
			},
			{
				name: '20 supplement days under the strict profile',
				mutate: (i) => {
					i.guide.promisedTimeLimit = { value: 30, unit: 'workday' };
					i.guide.legalTimeLimit = { value: 30, unit: 'workday' };
					i.tolerance.supplementDays = 20;
				},
				opts: strict
			}
		]
	},
	'local-supplement-margin': {
		trigger: [
			{
				name: 'material deadline only one workday inside the promise',
				mutate: (i) => (i.materials[2].supplementDays = 9),
				opts: strict,
				pointer: '/materials/2/supplementDays',
				says: '少 2 个工作日'
			}
		],
		pass: [
			{
				name: 'two workdays inside the promise',
				mutate: (i) => (i.materials[2].supplementDays = 8),
				opts: strict
			},
			{
				name: 'one workday inside, national profile',
				mutate: (i) => (i.materials[2].supplementDays = 9)
			}
		]
	}
};

type Props = Record<string, Record<string, unknown>>;
function formProps(i: Item): Props {
	return i.form.schema.properties as Props;
}
function fieldAt(i: Item, section: string, name: string): Record<string, unknown> {
	return (formProps(i)[section].properties as Props)[name];
}
function itemFieldAt(i: Item, array: string, name: string): Record<string, unknown> {
	return ((formProps(i)[array].items as Record<string, unknown>).properties as Props)[name];
}

function run(c: Case) {
	const item = cleanItem();
	c.mutate(item);
	return lintItem(item, c.opts);
}

describe('every rule has a trigger and a near miss', () => {
	it('covers every rule in RULES and nothing else', () => {
		expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
	});

	for (const meta of RULES) {
		const cases = CASES[meta.id];
		if (!cases) continue;
		describe(meta.id, () => {
			it.each(cases.trigger.map((c) => [c.name, c] as const))('reports: %s', (_name, c) => {
				const hits = run(c).filter((f) => f.rule === meta.id);
				expect(hits.length).toBeGreaterThan(0);
				if (c.pointer) expect(hits.map((h) => h.pointer)).toContain(c.pointer);
				if (c.says) expect(hits.map((h) => h.message).join('\n')).toContain(c.says);
				for (const h of hits) expect(h.severity).toBe(meta.defaultSeverity);
				const en = run({ ...c, opts: { ...c.opts, locale: 'en' } }).filter(
					(f) => f.rule === meta.id
				);
				expect(en.map((h) => h.pointer)).toEqual(hits.map((h) => h.pointer));
				en.forEach((h, k) => {
					expect(h.message).not.toBe(hits[k].message);
					expect(h.message).toMatch(/[A-Za-z]{3}/);
				});
			});
			it.each(cases.pass.map((c) => [c.name, c] as const))('stays quiet: %s', (_name, c) => {
				expect(run(c).filter((f) => f.rule === meta.id)).toEqual([]);
			});
		});
	}

	it('the clean fixture has no findings under either profile', () => {
		expect(lintItem(cleanItem())).toEqual([]);
		expect(lintItem(cleanItem(), strict)).toEqual([]);
	});
});
