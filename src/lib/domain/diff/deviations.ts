// A local implementation (实施清单) against its base catalog item (基本目录). The reform asks for
// 同一事项无差别受理、同标准办理: a locality may fill in its own places, hours, contacts and
// department, and may be faster or more online than the standard, but it may not ask for other
// materials, other conditions, other fees or a looser tolerance than the standard sets.
import type { Item } from '../item/types';
import { DEFAULT_LOCALE, msg, type Locale } from '../i18n';
import { DiffError } from './errors';
import { diffItems } from './items';
import { DIFF_GROUPS, type Change } from './types';

export type DeviationClass = 'allowed' | 'flagged';

export interface Deviation {
	classification: DeviationClass;
	/** why it is allowed or needs review */
	reason: string;
	change: Change;
}

export interface DeviationReport {
	baseCode: string;
	localCode: string;
	name: string;
	deviations: Deviation[];
	summary: {
		total: number;
		allowed: number;
		flagged: number;
		ok: boolean;
		/** 符合基本目录 / 存在 N 项需审查的差异 */
		verdict: string;
	};
	warnings: string[];
}

export interface DeviationOptions {
	locale?: Locale;
}

type Rule = [(c: Change) => boolean, DeviationClass, string, string];

const starts = (c: Change, ...prefixes: string[]) =>
	prefixes.some((p) => c.code === p || c.code.startsWith(p + '.'));

/** first match wins; anything unlisted is flagged when stricter for the applicant, allowed otherwise */
const RULES: Rule[] = [
	[
		(c) => starts(c, 'guide.locations', 'guide.consult', 'guide.complaint', 'guide.faq'),
		'allowed',
		'办理地点、时间、咨询投诉方式和常见问题由各地按实际确定',
		'places, hours, contacts and FAQ are set locally'
	],
	[
		(c) =>
			starts(
				c,
				'identity.department',
				'identity.code',
				'identity.levels',
				'identity.base',
				'identity.compatibility'
			),
		'allowed',
		'实施主体、实施编码和行使层级由各地确定',
		'department, implementation code and levels are set locally'
	],
	[
		(c) =>
			starts(c, 'guide.promisedTimeLimit', 'guide.legalTimeLimit') && c.applicant === 'stricter',
		'flagged',
		'办结时限长于基本目录',
		'time limit longer than the base catalog'
	],
	[
		(c) => starts(c, 'guide.promisedTimeLimit') && c.applicant !== 'stricter',
		'allowed',
		'承诺时限短于基本目录，属于提速',
		'a shorter promised time limit is a faster service'
	],
	[
		(c) => starts(c, 'guide.legalTimeLimit'),
		'flagged',
		'法定办结时限由法律规定，不应改动',
		'the legal time limit is set by law'
	],
	[
		(c) =>
			starts(c, 'guide.visits', 'guide.online', 'guide.channels', 'guide.crossRegion') &&
			c.applicant !== 'stricter',
		'allowed',
		'减少跑动、提升网办深度属于便民措施',
		'fewer visits and more online service are allowed'
	],
	[
		(c) => starts(c, 'guide.legalBasis', 'guide.implementationBasis'),
		'flagged',
		'设定依据或实施依据与基本目录不一致',
		'legal basis differs from the base catalog'
	],
	[
		(c) => starts(c, 'guide.conditions', 'guide.refusalCases'),
		'flagged',
		'受理条件与基本目录不一致',
		'conditions differ from the base catalog'
	],
	[
		(c) => starts(c, 'guide.fees'),
		'flagged',
		'收费与基本目录不一致',
		'fees differ from the base catalog'
	],
	[
		(c) => c.group === 'materials' && (c.kind === 'added' || c.kind === 'removed'),
		'flagged',
		'申请材料与基本目录不一致（增减材料）',
		'materials added or removed against the base catalog'
	],
	[
		(c) => c.code === 'material.necessity',
		'flagged',
		'材料必要性与基本目录不一致',
		'material necessity differs from the base catalog'
	],
	[
		(c) => c.group === 'tolerance' && c.applicant === 'looser',
		'flagged',
		'容缺范围宽于基本目录',
		'tolerance looser than the base catalog'
	],
	[
		(c) => c.group === 'form' && c.applicant === 'stricter',
		'flagged',
		'申请表增加了必填内容',
		'the form asks for more than the base catalog'
	],
	[
		(c) =>
			starts(
				c,
				'identity.name',
				'identity.kind',
				'identity.applicantTypes',
				'identity.caseType',
				'identity.riskClass'
			),
		'flagged',
		'事项要素与基本目录不一致',
		'item elements differ from the base catalog'
	],
	[
		(c) => c.applicant === 'stricter',
		'flagged',
		'对申请人的要求高于基本目录',
		'asks more of applicants than the base catalog'
	],
	[() => true, 'allowed', '不改变办理标准的本地化调整', 'local adjustment that keeps the standard']
];

export function classify(
	change: Change,
	locale?: Locale
): { classification: DeviationClass; reason: string } {
	const [, classification, zh, en] = RULES.find(([match]) => match(change))!;
	return { classification, reason: msg(locale, zh, en) };
}

export function deviations(base: Item, local: Item, opts: DeviationOptions = {}): DeviationReport {
	const locale = opts.locale ?? DEFAULT_LOCALE;
	const declared = (local as Partial<Item> | null)?.base;
	if (!declared || typeof declared.code !== 'string')
		throw new DiffError(
			'base-mismatch',
			msg(
				locale,
				'本地事项未声明所依据的基本目录事项（base）',
				'the local item declares no base catalog item (base)'
			)
		);
	if (declared.code.trim() !== String((base as Partial<Item> | null)?.code ?? '').trim())
		throw new DiffError(
			'base-mismatch',
			msg(
				locale,
				`本地事项依据的基本目录编码为 ${declared.code}，与所给基本目录事项 ${base?.code} 不一致`,
				`the local item derives from ${declared.code}, not from the given base item ${base?.code}`
			)
		);
	const report = diffItems(base, local, { locale, allowDifferentItems: true });
	const list: Deviation[] = DIFF_GROUPS.flatMap((g) => report.groups[g])
		// the local item refers to its base; that reference itself is not a deviation
		.filter((c) => c.code !== 'identity.base')
		.map((change) => ({ ...classify(change, locale), change }));
	const flagged = list.filter((d) => d.classification === 'flagged').length;
	return {
		baseCode: base.code,
		localCode: local.code,
		name: local.name,
		deviations: list,
		summary: {
			total: list.length,
			allowed: list.length - flagged,
			flagged,
			ok: flagged === 0,
			verdict:
				flagged === 0
					? msg(locale, '符合基本目录', 'conforms to the base catalog')
					: msg(locale, `存在 ${flagged} 项需审查的差异`, `${flagged} difference(s) need review`)
		},
		warnings: report.warnings
	};
}
