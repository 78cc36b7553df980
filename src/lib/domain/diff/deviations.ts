// A local implementation (实施清单) against its base catalog item (基本目录). The reform asks for
// 同一事项无差别受理、同标准办理: a locality may fill in its own places, hours, contacts and
// department, and may be faster or more online than the standard, but it may not ask for other
// materials, other conditions, other fees or a looser tolerance than the standard sets.
import type { Item } from '../item/types';
import { DEFAULT_LOCALE, translator, type Locale } from '../i18n';
import { DiffError } from './errors';
import { diffItems } from './items';
import { diffReportMessages as messages } from './messages/report';
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

type ReasonKey = keyof (typeof messages)['zh-CN'] & `diff.deviation.${string}`;
type Rule = [(c: Change) => boolean, DeviationClass, ReasonKey];

const starts = (c: Change, ...prefixes: string[]) =>
	prefixes.some((p) => c.code === p || c.code.startsWith(p + '.'));

/** first match wins; anything unlisted is flagged when stricter for the applicant, allowed otherwise */
const RULES: Rule[] = [
	[
		(c) => starts(c, 'guide.locations', 'guide.consult', 'guide.complaint', 'guide.faq'),
		'allowed',
		'diff.deviation.local'
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
		'diff.deviation.localIdentity'
	],
	[
		(c) =>
			starts(c, 'guide.promisedTimeLimit', 'guide.legalTimeLimit') && c.applicant === 'stricter',
		'flagged',
		'diff.deviation.slower'
	],
	[
		(c) => starts(c, 'guide.promisedTimeLimit') && c.applicant !== 'stricter',
		'allowed',
		'diff.deviation.faster'
	],
	[(c) => starts(c, 'guide.legalTimeLimit'), 'flagged', 'diff.deviation.legalTimeLimit'],
	[
		(c) =>
			starts(c, 'guide.visits', 'guide.online', 'guide.channels', 'guide.crossRegion') &&
			c.applicant !== 'stricter',
		'allowed',
		'diff.deviation.convenience'
	],
	[
		(c) => starts(c, 'guide.legalBasis', 'guide.implementationBasis'),
		'flagged',
		'diff.deviation.basis'
	],
	[
		(c) => starts(c, 'guide.conditions', 'guide.refusalCases'),
		'flagged',
		'diff.deviation.conditions'
	],
	[(c) => starts(c, 'guide.fees'), 'flagged', 'diff.deviation.fees'],
	[
		(c) => c.group === 'materials' && (c.kind === 'added' || c.kind === 'removed'),
		'flagged',
		'diff.deviation.materials'
	],
	[(c) => c.code === 'material.necessity', 'flagged', 'diff.deviation.necessity'],
	[
		(c) => c.group === 'tolerance' && c.applicant === 'looser',
		'flagged',
		'diff.deviation.tolerance'
	],
	[(c) => c.group === 'form' && c.applicant === 'stricter', 'flagged', 'diff.deviation.form'],
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
		'diff.deviation.elements'
	],
	[(c) => c.applicant === 'stricter', 'flagged', 'diff.deviation.stricter'],
	[() => true, 'allowed', 'diff.deviation.other']
];

export function classify(
	change: Change,
	locale?: Locale
): { classification: DeviationClass; reason: string } {
	const [, classification, reason] = RULES.find(([match]) => match(change))!;
	return { classification, reason: translator(messages, locale)(reason) };
}

export function deviations(base: Item, local: Item, opts: DeviationOptions = {}): DeviationReport {
	const locale = opts.locale ?? DEFAULT_LOCALE;
	const t = translator(messages, locale);
	const declared = (local as Partial<Item> | null)?.base;
	if (!declared || typeof declared.code !== 'string')
		throw new DiffError('base-mismatch', t('diff.deviations.noBase'));
	if (declared.code.trim() !== String((base as Partial<Item> | null)?.code ?? '').trim())
		throw new DiffError(
			'base-mismatch',
			t('diff.deviations.otherBase', { declared: declared.code, base: String(base?.code) })
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
					? t('diff.deviations.conforms')
					: t('diff.deviations.toReview', { count: flagged })
		},
		warnings: report.warnings
	};
}
