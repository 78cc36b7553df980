// 时限: the promised limit is the department's public promise and may only shorten the legal one.
import { bothLanguages, translator } from '../../i18n';
import { pointer } from '../../pointer';
import { compareLimits, formatLimit, isTimeLimit, workdays } from '../durations';
import { lintMessages } from '../messages';
import type { RawFinding, Rule, RuleContext } from '../types';
import { timeLimitRuleMessages as messages } from './time-limits.messages';

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
	title: bothLanguages(messages, 'lint.promised-exceeds-legal.title'),
	description: bothLanguages(messages, 'lint.promised-exceeds-legal.description'),
	check(ctx) {
		const l = limits(ctx);
		if (!l || compareLimits(l.promised, l.legal) !== 'exceeds') return [];
		const { locale } = ctx;
		const t = translator(messages, locale);
		const sameUnit = l.promised.unit === l.legal.unit;
		const legal = formatLimit(l.legal, locale);
		return [
			{
				pointer: '/guide/promisedTimeLimit',
				message: t('lint.promised-exceeds-legal.message', {
					promised: formatLimit(l.promised, locale),
					legal
				}),
				fix: {
					message: t('lint.promised-exceeds-legal.fix', { legal }),
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
	title: bothLanguages(messages, 'lint.promised-may-exceed-legal.title'),
	description: bothLanguages(messages, 'lint.promised-may-exceed-legal.description'),
	check(ctx) {
		const l = limits(ctx);
		if (!l || compareLimits(l.promised, l.legal) !== 'may-exceed') return [];
		const { locale } = ctx;
		const t = translator(messages, locale);
		return [
			{
				pointer: '/guide/promisedTimeLimit',
				message: t('lint.promised-may-exceed-legal.message', {
					promised: formatLimit(l.promised, locale),
					legal: formatLimit(l.legal, locale)
				}),
				fix: { message: t('lint.promised-may-exceed-legal.fix') }
			}
		];
	}
};

export const supplementExceedsPromised: Rule = {
	id: 'supplement-exceeds-promised',
	family: 'time-limits',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.supplement-exceeds-promised.title'),
	description: bothLanguages(messages, 'lint.supplement-exceeds-promised.description'),
	check(ctx) {
		const { item, locale } = ctx;
		const promised = item.guide?.promisedTimeLimit;
		if (!item.tolerance?.enabled || !isTimeLimit(promised) || promised.value <= 0) return [];
		const t = translator(messages, locale);
		const tl = translator(lintMessages, locale);
		const out: RawFinding[] = [];
		// every unit: in working days the comparison is exact; against natural days or months a
		// deadline that can fall after the promise around holidays is reported too (decide clamps it)
		const flag = (days: unknown, ptr: string, deadline: string) => {
			if (typeof days !== 'number') return;
			const cmp = compareLimits(workdays(days), promised);
			if (cmp === 'within') return;
			out.push({
				pointer: ptr,
				message: t(
					cmp === 'exceeds'
						? 'lint.supplement-exceeds-promised.message'
						: 'lint.supplement-exceeds-promised.mayMessage',
					{ deadline, days, promised: formatLimit(promised, locale) }
				),
				fix: {
					message: t('lint.supplement-exceeds-promised.fix'),
					patch:
						promised.unit === 'workday'
							? [{ op: 'replace', path: ptr, value: promised.value }]
							: undefined
				}
			});
		};
		flag(item.tolerance.supplementDays, '/tolerance/supplementDays', tl('lint.deadline.default'));
		(item.materials ?? []).forEach((m, i) => {
			if (m?.necessity !== 'tolerable') return;
			flag(
				m.supplementDays,
				pointer('materials', i, 'supplementDays'),
				tl('lint.deadline.material', { material: m.name })
			);
		});
		return out;
	}
};

export const timeLimitRules: Rule[] = [
	promisedExceedsLegal,
	promisedMayExceedLegal,
	supplementExceedsPromised
];
