// Stricter rules some cities add on top of the national standard. They run only with the
// 'strict-local' profile (or when a deployment's config names them).
import { bothLanguages, translator, type Locale } from '../../i18n';
import type { Item } from '../../item/types';
import { pointer } from '../../pointer';
import { formatLimit, isTimeLimit, maxWorkdays } from '../durations';
import { lintMessages } from '../messages';
import type { RawFinding, Rule } from '../types';
import { localProfileRuleMessages as messages } from './local-profile.messages';

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
	const t = translator(lintMessages, locale);
	const out: Deadline[] = [];
	if (typeof item.tolerance.supplementDays === 'number')
		out.push({
			days: item.tolerance.supplementDays,
			pointer: '/tolerance/supplementDays',
			what: t('lint.deadline.default')
		});
	(item.materials ?? []).forEach((m, i) => {
		if (m?.necessity !== 'tolerable' || typeof m.supplementDays !== 'number') return;
		out.push({
			days: m.supplementDays,
			pointer: pointer('materials', i, 'supplementDays'),
			what: t('lint.deadline.material', { material: m.name })
		});
	});
	return out;
}

const max = LOCAL_MAX_SUPPLEMENT_DAYS;
const margin = LOCAL_SUPPLEMENT_MARGIN;

export const localSupplementMax: Rule = {
	id: 'local-supplement-max',
	family: 'local-profile',
	profile: 'strict-local',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.local-supplement-max.title', { max }),
	description: bothLanguages(messages, 'lint.local-supplement-max.description', { max }),
	check({ item, locale }) {
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		for (const d of deadlines(item, locale)) {
			if (d.days <= max) continue;
			out.push({
				pointer: d.pointer,
				message: t('lint.local-supplement-max.message', { deadline: d.what, days: d.days, max }),
				fix: {
					message: translator(lintMessages, locale)('lint.fix.atMostWorkdays', { n: max }),
					patch: [{ op: 'replace', path: d.pointer, value: max }]
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
	title: bothLanguages(messages, 'lint.local-supplement-margin.title', { margin }),
	description: bothLanguages(messages, 'lint.local-supplement-margin.description', { margin }),
	check({ item, locale }) {
		const promised = item.guide?.promisedTimeLimit;
		if (!isTimeLimit(promised) || promised.value <= 0) return [];
		const t = translator(messages, locale);
		// with another unit, only the longest reading of the promise is certain to be violated
		const limit = maxWorkdays(promised) - margin;
		const out: RawFinding[] = [];
		for (const d of deadlines(item, locale)) {
			if (d.days <= limit) continue;
			const fixable = promised.unit === 'workday' && limit >= 1;
			out.push({
				pointer: d.pointer,
				message: t('lint.local-supplement-margin.message', {
					deadline: d.what,
					days: d.days,
					promised: formatLimit(promised, locale),
					margin
				}),
				fix: {
					message: fixable
						? translator(lintMessages, locale)('lint.fix.atMostWorkdays', { n: limit })
						: t('lint.local-supplement-margin.fix'),
					patch: fixable ? [{ op: 'replace', path: d.pointer, value: limit }] : undefined
				}
			});
		}
		return out;
	}
};

export const localProfileRules: Rule[] = [localSupplementMax, localSupplementMargin];
