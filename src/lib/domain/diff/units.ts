// Time limits in sentences and comparisons.
import type { TimeLimit } from '../item/types';
import type { Locale } from '../i18n';
import { msg } from '../i18n';

export function formatLimit(t: TimeLimit | undefined, locale?: Locale): string {
	if (!t) return msg(locale, '无', 'none');
	switch (t.unit) {
		case 'workday':
			return msg(locale, `${t.value} 个工作日`, `${t.value} working days`);
		case 'day':
			return msg(locale, `${t.value} 个自然日`, `${t.value} calendar days`);
		case 'month':
			return msg(locale, `${t.value} 个月`, `${t.value} months`);
	}
}

/** calendar days, roughly: only used to order limits given in different units */
export function approxDays(t: TimeLimit): number {
	switch (t.unit) {
		case 'workday':
			return (t.value * 7) / 5;
		case 'day':
			return t.value;
		case 'month':
			return t.value * 30;
	}
}

export function compareLimits(a: TimeLimit, b: TimeLimit): number {
	if (a.unit === b.unit) return b.value - a.value;
	return approxDays(b) - approxDays(a);
}
