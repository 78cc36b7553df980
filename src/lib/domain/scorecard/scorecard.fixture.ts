// A small catalogue whose figures are worked out by hand in scorecard.test.ts (and, published for
// real, in the API test). Times are UTC instants; the figures are read in Beijing time, so B's
// publication at 01:00 on 1 February Beijing time is still 31 January in UTC.
import type { RetirementFacts, VersionFacts } from './types';

type Partial = Omit<VersionFacts, 'department' | 'departmentName'>;

const market = { department: 'market', departmentName: '市场监督管理局' };
const health = { department: 'health', departmentName: '卫生健康委员会' };

const wd = (value: number) => ({ value, unit: 'workday' as const });

const A1: Partial = {
	item: 'A',
	n: 1,
	effectiveFrom: '2026-01-05',
	publishedAt: '2026-01-05T02:00:00Z',
	materials: 4,
	sharedExempt: 1,
	tolerable: 1,
	legalLimit: wd(20),
	promisedLimit: wd(10),
	caseType: 'promised',
	riskClass: 'encouraged',
	visits: 1,
	onlineDepth: 3,
	toleranceAllowed: true,
	base: null
};

export const seededVersions: VersionFacts[] = [
	{ ...market, ...A1 },
	{
		...market,
		...A1,
		n: 2,
		effectiveFrom: '2026-02-10',
		publishedAt: '2026-02-09T20:00:00Z',
		materials: 3,
		promisedLimit: wd(5),
		visits: 0,
		onlineDepth: 4
	},
	{
		...market,
		item: 'B',
		n: 1,
		effectiveFrom: '2026-01-20',
		publishedAt: '2026-01-31T17:00:00Z',
		materials: 2,
		sharedExempt: 0,
		tolerable: 0,
		legalLimit: wd(10),
		promisedLimit: wd(10),
		caseType: 'immediate',
		riskClass: 'control',
		visits: 0,
		onlineDepth: 4,
		toleranceAllowed: false,
		base: { code: 'A', version: 1 }
	},
	{
		...health,
		item: 'C',
		n: 1,
		effectiveFrom: '2026-01-10',
		publishedAt: '2026-01-10T01:00:00Z',
		materials: 5,
		sharedExempt: 2,
		tolerable: 0,
		legalLimit: { value: 2, unit: 'month' },
		promisedLimit: { value: 1, unit: 'month' },
		caseType: 'promised',
		riskClass: 'cautious',
		visits: 2,
		onlineDepth: 0,
		toleranceAllowed: false,
		base: null
	},
	{
		...health,
		item: 'D',
		n: 1,
		effectiveFrom: '2026-04-01',
		publishedAt: '2026-03-20T01:00:00Z',
		materials: 1,
		sharedExempt: 0,
		tolerable: 0,
		legalLimit: { value: 30, unit: 'day' },
		promisedLimit: wd(15),
		caseType: 'promised',
		riskClass: 'encouraged',
		visits: 3,
		onlineDepth: 2,
		toleranceAllowed: true,
		base: null
	},
	{
		...health,
		item: 'E',
		n: 1,
		effectiveFrom: '2026-01-02',
		publishedAt: '2026-01-02T01:00:00Z',
		materials: 2,
		sharedExempt: 0,
		tolerable: 0,
		legalLimit: wd(15),
		promisedLimit: wd(12),
		caseType: 'promised',
		riskClass: 'cautious',
		visits: 1,
		onlineDepth: 1,
		toleranceAllowed: true,
		base: { code: 'X', version: 1 }
	}
];

export const seededRetirements: RetirementFacts[] = [
	{ item: 'C', department: 'health', retiredAt: '2026-03-15T18:00:00Z' }
];
