// Time limits in sentences and comparisons.
import type { TimeLimit } from '../item/types';
import { translator, type Locale } from '../i18n';
import { diffMessages } from './messages';

export function formatLimit(t: TimeLimit | undefined, locale?: Locale): string {
	const tr = translator(diffMessages, locale);
	if (!t) return tr('diff.none');
	switch (t.unit) {
		case 'workday':
		case 'day':
		case 'month':
			return tr(`diff.limit.${t.unit}`, { n: t.value });
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
