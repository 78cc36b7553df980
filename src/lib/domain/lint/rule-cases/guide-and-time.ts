// Trigger and near-miss cases for the guide and time-limit rules.
import type { RuleCases } from './case-types';

export const GUIDE_AND_TIME_CASES: Record<string, RuleCases> = {
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
	}
};
