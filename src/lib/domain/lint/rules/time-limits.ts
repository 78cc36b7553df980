// 时限: the promised limit is the department's public promise and may only shorten the legal one.
import { msg } from '../../i18n';
import { pointer } from '../../pointer';
import { compareLimits, formatLimit, isTimeLimit, workdays } from '../durations';
import type { RawFinding, Rule, RuleContext } from '../types';

function limits(ctx: RuleContext) {
	const g = ctx.item.guide;
	const legal = g?.legalTimeLimit;
	const promised = g?.promisedTimeLimit;
	// a zero legal limit means the law sets none, so there is nothing to exceed
	if (!isTimeLimit(legal) || !isTimeLimit(promised) || legal.value <= 0) return undefined;
	return { legal, promised };
}

export const promisedExceedsLegal: Rule = {
	id: 'promised-exceeds-legal',
	family: 'time-limits',
	defaultSeverity: 'error',
	title: { zh: '承诺时限超过法定时限', en: 'Promised time limit exceeds the legal one' },
	description: {
		zh: '承诺办结时限只能等于或短于法定办结时限。单位不同时仅在可确定超过时报告。',
		en: 'The promised time limit may not be longer than the legal one. Across units this is reported only when certain.'
	},
	check(ctx) {
		const l = limits(ctx);
		if (!l || compareLimits(l.promised, l.legal) !== 'exceeds') return [];
		const { locale } = ctx;
		const sameUnit = l.promised.unit === l.legal.unit;
		return [
			{
				pointer: '/guide/promisedTimeLimit',
				message: msg(
					locale,
					`承诺办结时限（${formatLimit(l.promised, locale)}）超过法定办结时限（${formatLimit(l.legal, locale)}）`,
					`The promised time limit (${formatLimit(l.promised, locale)}) exceeds the legal time limit (${formatLimit(l.legal, locale)})`
				),
				fix: {
					message: msg(
						locale,
						`将承诺办结时限缩短至不超过 ${formatLimit(l.legal, locale)}`,
						`Shorten the promised time limit to at most ${formatLimit(l.legal, locale)}`
					),
					patch: sameUnit
						? [{ op: 'replace', path: '/guide/promisedTimeLimit/value', value: l.legal.value }]
						: undefined
				}
			}
		];
	}
};

export const promisedMayExceedLegal: Rule = {
	id: 'promised-may-exceed-legal',
	family: 'time-limits',
	defaultSeverity: 'warning',
	title: {
		zh: '承诺时限可能超过法定时限',
		en: 'Promised time limit may exceed the legal one'
	},
	description: {
		zh: '两个时限单位不同（工作日、自然日、月），节假日不同可能导致承诺时限长于法定时限。建议使用相同单位。',
		en: 'The two limits use different units (working days, calendar days, months); depending on holidays the promised one can be longer. Use the same unit.'
	},
	check(ctx) {
		const l = limits(ctx);
		if (!l || compareLimits(l.promised, l.legal) !== 'may-exceed') return [];
		const { locale } = ctx;
		return [
			{
				pointer: '/guide/promisedTimeLimit',
				message: msg(
					locale,
					`承诺办结时限（${formatLimit(l.promised, locale)}）与法定办结时限（${formatLimit(l.legal, locale)}）单位不同，遇节假日时可能超过法定时限`,
					`The promised time limit (${formatLimit(l.promised, locale)}) and the legal time limit (${formatLimit(l.legal, locale)}) use different units; around holidays the promised one may be longer`
				),
				fix: {
					message: msg(
						locale,
						'以与法定办结时限相同的单位填写承诺办结时限',
						'State the promised time limit in the same unit as the legal one'
					)
				}
			}
		];
	}
};

export const supplementExceedsPromised: Rule = {
	id: 'supplement-exceeds-promised',
	family: 'time-limits',
	defaultSeverity: 'error',
	title: {
		zh: '容缺补交期限超过承诺时限',
		en: 'Supplement deadline exceeds the promised time limit'
	},
	description: {
		zh: '容缺材料的补交期限长于承诺办结时限时，部门只能在材料补齐前作出决定或违背承诺。',
		en: 'If tolerated materials may arrive after the promised completion, the department must either decide without them or break its promise.'
	},
	check(ctx) {
		const { item, locale } = ctx;
		const promised = item.guide?.promisedTimeLimit;
		if (!item.tolerance?.enabled || !isTimeLimit(promised) || promised.value <= 0) return [];
		const out: RawFinding[] = [];
		const flag = (days: unknown, ptr: string, what: { zh: string; en: string }) => {
			if (typeof days !== 'number' || compareLimits(workdays(days), promised) !== 'exceeds') return;
			out.push({
				pointer: ptr,
				message: msg(
					locale,
					`${what.zh}（${days} 个工作日）超过承诺办结时限（${formatLimit(promised, locale)}）`,
					`${what.en} (${days} working days) exceeds the promised time limit (${formatLimit(promised, locale)})`
				),
				fix: {
					message: msg(
						locale,
						'缩短补交期限，使材料在承诺办结时限内补齐',
						'Shorten the supplement deadline so the materials arrive within the promised time limit'
					),
					patch:
						promised.unit === 'workday'
							? [{ op: 'replace', path: ptr, value: promised.value }]
							: undefined
				}
			});
		};
		flag(item.tolerance.supplementDays, '/tolerance/supplementDays', {
			zh: '容缺材料默认补交期限',
			en: 'The default supplement deadline'
		});
		(item.materials ?? []).forEach((m, i) => {
			if (m?.necessity !== 'tolerable') return;
			flag(m.supplementDays, pointer('materials', i, 'supplementDays'), {
				zh: `材料“${m.name}”的补交期限`,
				en: `The supplement deadline of “${m.name}”`
			});
		});
		return out;
	}
};

export const timeLimitRules: Rule[] = [
	promisedExceedsLegal,
	promisedMayExceedLegal,
	supplementExceedsPromised
];
