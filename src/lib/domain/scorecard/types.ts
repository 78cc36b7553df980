// The reduction scorecard (减材料、减时限、减跑动 measured by numbers): what it reads from published
// versions and what it answers. The figures are defined once, in scorecard.ts.
import type { CaseType, RiskClass, TimeUnit } from '../item/types';

/** What the scorecard needs of one published version (read from its bundle when it is published). */
export interface VersionFacts {
	/** item code */
	item: string;
	/** department code of the item (the registry's department, the filter's key) */
	department: string;
	departmentName: string;
	/** version number: 1 is the item's first publication */
	n: number;
	/** YYYY-MM-DD: the day the version takes effect */
	effectiveFrom: string;
	/** ISO 8601 instant the version was published */
	publishedAt: string;
	/** materials listed in the guide, shared-data-exempt ones included */
	materials: number;
	/** materials fetched from shared data instead (免提交) */
	sharedExempt: number;
	/** materials that may be missing at acceptance (容缺后补) */
	tolerable: number;
	legalLimit: { value: number; unit: TimeUnit };
	promisedLimit: { value: number; unit: TimeUnit };
	caseType: CaseType;
	riskClass: RiskClass;
	/** 到现场次数 */
	visits: number;
	/** 网办深度 1…4; 0 when the item cannot be handled online */
	onlineDepth: 0 | 1 | 2 | 3 | 4;
	/** whether 容缺受理 is in force after the deployment's risk policy */
	toleranceAllowed: boolean;
	/** the base catalog item (基本目录) this local implementation derives from */
	base: { code: string; version: number } | null;
}

/** An item cancelled (事项取消). */
export interface RetirementFacts {
	item: string;
	department: string;
	/** ISO 8601 instant */
	retiredAt: string;
}

export interface ScorecardOptions {
	/** only this department's items (by department code) */
	department?: string;
	/** first day of the period (YYYY-MM-DD); default: the first day of the 12th month before `to` */
	from?: string;
	/** last day of the period, inclusive (YYYY-MM-DD); default: `today` */
	to?: string;
	/** today in the deployment's time zone (YYYY-MM-DD); the domain never reads the clock */
	today: string;
	/** IANA zone the months and days are counted in (default Beijing time) */
	timeZone?: string;
}

export const RISK_CLASSES = ['control', 'cautious', 'encouraged'] as const satisfies RiskClass[];
export const ONLINE_DEPTHS = [0, 1, 2, 3, 4] as const;
export const VISIT_BUCKETS = ['0', '1', '2', '3+'] as const;

/** The figures of a set of items in force on one day. */
export interface Figures {
	/** items in force (published, effective, not cancelled) */
	items: number;
	materials: {
		total: number;
		/** total / items */
		perItem: number;
		sharedExempt: number;
		/** sharedExempt / total */
		exemptShare: number;
		/** (total − sharedExempt) / items: what an applicant actually hands in */
		toSubmitPerItem: number;
		/** items with at least one shared-data-exempt material */
		itemsWithExempt: number;
	};
	timeLimits: {
		/** items whose legal and promised limits have the same unit and a legal limit above 0 */
		comparable: number;
		/** mean over comparable items of (legal − promised) / legal: 承诺时限压缩率 */
		compressionRate: number;
		/** mean legal and promised limit over items whose two limits are both in working days */
		legalWorkdays: number;
		promisedWorkdays: number;
	};
	immediate: { count: number; share: number };
	visits: {
		/** items by 到现场次数: 0, 1, 2, 3 or more */
		distribution: Record<(typeof VISIT_BUCKETS)[number], number>;
		/** 零跑动: visits = 0 */
		zeroShare: number;
		/** 最多跑一次: visits ≤ 1 (零跑动 included) */
		atMostOneShare: number;
	};
	online: {
		/** items by 网办深度; 0 = not online */
		distribution: Record<`${(typeof ONLINE_DEPTHS)[number]}`, number>;
		/** 全程网办: depth 4 */
		fullShare: number;
	};
	tolerance: {
		/** per risk class: items, items with 容缺受理 in force, and that share */
		byRisk: Record<
			(typeof RISK_CLASSES)[number],
			{ items: number; tolerant: number; share: number }
		>;
		tolerableMaterials: number;
	};
	base: {
		/** items that name a base catalog item */
		local: number;
		/** of those, items whose named base version is published (the comparison is possible) */
		compared: number;
		/** compared items that differ from their base in any counted fact */
		deviating: number;
		/** deviating items that ask more of applicants: more materials, a longer promise, more visits or a shallower online depth */
		stricter: number;
		/** how many compared items differ in each fact */
		byFact: {
			materials: number;
			promisedLimit: number;
			visits: number;
			onlineDepth: number;
			caseType: number;
		};
	};
}

export interface MonthFigures {
	/** YYYY-MM in the time zone */
	month: string;
	/** items published for the first time in the month (version 1) */
	added: number;
	/** later versions published in the month */
	changed: number;
	/** items cancelled in the month */
	cancelled: number;
	/** figures of the items in force on the month's last day (or the period's last day) */
	inForce: number;
	materialsPerItem: number;
	compressionRate: number;
	immediateShare: number;
	zeroVisitShare: number;
	atMostOneShare: number;
	fullOnlineShare: number;
}

export interface DepartmentFigures {
	code: string;
	name: string;
	figures: Figures;
}

export interface Scorecard {
	from: string;
	to: string;
	timeZone: string;
	/** the department filter, or null for the whole catalogue */
	department: string | null;
	/** the catalogue (or the filtered department) on the period's last day */
	overall: Figures;
	/** each department with items in force on the last day, by code */
	departments: DepartmentFigures[];
	months: MonthFigures[];
}
