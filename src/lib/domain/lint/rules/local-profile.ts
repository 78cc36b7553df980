// Stricter rules some cities add on top of the national standard. They run only with the
// 'strict-local' profile (or when a deployment's config names them).
import { msg, type Locale } from '../../i18n';
import type { Item } from '../../item/types';
import { pointer } from '../../pointer';
import { formatLimit, isTimeLimit, maxWorkdays } from '../durations';
import type { RawFinding, Rule } from '../types';

export const LOCAL_MAX_SUPPLEMENT_DAYS = 20;
export const LOCAL_SUPPLEMENT_MARGIN = 2;

interface Deadline {
	days: number;
	pointer: string;
	what: string;
}

/** Every supplement deadline in force: the default and each tolerable material's own. */
function deadlines(item: Item, locale?: Locale): Deadline[] {
	if (!item.tolerance?.enabled) return [];
	const out: Deadline[] = [];
	if (typeof item.tolerance.supplementDays === 'number')
		out.push({
			days: item.tolerance.supplementDays,
			pointer: '/tolerance/supplementDays',
			what: msg(locale, '容缺材料默认补交期限', 'The default supplement deadline')
		});
	(item.materials ?? []).forEach((m, i) => {
		if (m?.necessity !== 'tolerable' || typeof m.supplementDays !== 'number') return;
		out.push({
			days: m.supplementDays,
			pointer: pointer('materials', i, 'supplementDays'),
			what: msg(locale, `材料“${m.name}”的补交期限`, `The supplement deadline of “${m.name}”`)
		});
	});
	return out;
}

export const localSupplementMax: Rule = {
	id: 'local-supplement-max',
	family: 'local-profile',
	profile: 'strict-local',
	defaultSeverity: 'error',
	title: {
		zh: '补交期限超过 20 个工作日（地方规范）',
		en: 'Supplement deadline over 20 working days (local profile)'
	},
	description: {
		zh: `部分城市规定容缺材料补交期限不得超过 ${LOCAL_MAX_SUPPLEMENT_DAYS} 个工作日。`,
		en: `Some cities limit the supplement deadline to ${LOCAL_MAX_SUPPLEMENT_DAYS} working days.`
	},
	check({ item, locale }) {
		const out: RawFinding[] = [];
		for (const d of deadlines(item, locale)) {
			if (d.days <= LOCAL_MAX_SUPPLEMENT_DAYS) continue;
			out.push({
				pointer: d.pointer,
				message: msg(
					locale,
					`${d.what}（${d.days} 个工作日）超过地方规定的 ${LOCAL_MAX_SUPPLEMENT_DAYS} 个工作日`,
					`${d.what} (${d.days} working days) exceeds the local maximum of ${LOCAL_MAX_SUPPLEMENT_DAYS} working days`
				),
				fix: {
					message: msg(
						locale,
						`改为不超过 ${LOCAL_MAX_SUPPLEMENT_DAYS} 个工作日`,
						`Set it to at most ${LOCAL_MAX_SUPPLEMENT_DAYS} working days`
					),
					patch: [{ op: 'replace', path: d.pointer, value: LOCAL_MAX_SUPPLEMENT_DAYS }]
				}
			});
		}
		return out;
	}
};

export const localSupplementMargin: Rule = {
	id: 'local-supplement-margin',
	family: 'local-profile',
	profile: 'strict-local',
	defaultSeverity: 'error',
	title: {
		zh: '补交期限未比承诺时限少 2 个工作日（地方规范）',
		en: 'Supplement deadline not 2 working days inside the promised limit (local profile)'
	},
	description: {
		zh: `部分城市规定补交期限至少比承诺办结时限少 ${LOCAL_SUPPLEMENT_MARGIN} 个工作日，留出审查时间。`,
		en: `Some cities require the supplement deadline to end at least ${LOCAL_SUPPLEMENT_MARGIN} working days before the promised limit, leaving time for review.`
	},
	check({ item, locale }) {
		const promised = item.guide?.promisedTimeLimit;
		if (!isTimeLimit(promised) || promised.value <= 0) return [];
		// with another unit, only the longest reading of the promise is certain to be violated
		const limit = maxWorkdays(promised) - LOCAL_SUPPLEMENT_MARGIN;
		const out: RawFinding[] = [];
		for (const d of deadlines(item, locale)) {
			if (d.days <= limit) continue;
			const fixable = promised.unit === 'workday' && limit >= 1;
			out.push({
				pointer: d.pointer,
				message: msg(
					locale,
					`${d.what}（${d.days} 个工作日）应至少比承诺办结时限（${formatLimit(promised, locale)}）少 ${LOCAL_SUPPLEMENT_MARGIN} 个工作日`,
					`${d.what} (${d.days} working days) must end at least ${LOCAL_SUPPLEMENT_MARGIN} working days before the promised time limit (${formatLimit(promised, locale)})`
				),
				fix: {
					message: fixable
						? msg(locale, `改为不超过 ${limit} 个工作日`, `Set it to at most ${limit} working days`)
						: msg(
								locale,
								'缩短补交期限或延长承诺办结时限',
								'Shorten the supplement deadline or lengthen the promised limit'
							),
					patch: fixable ? [{ op: 'replace', path: d.pointer, value: limit }] : undefined
				}
			});
		}
		return out;
	}
};

export const localProfileRules: Rule[] = [localSupplementMax, localSupplementMargin];
