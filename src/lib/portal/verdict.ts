// How a verdict is named and its deadlines worded, for an item's result and a one-thing's (kept out of
// messages.ts so the widget's first download, which draws only the form, does not carry them).
import type { DecisionKind } from '$lib/domain/acceptance/types';
import type { Locale } from '$lib/domain/i18n';
import { VERDICT_TITLE, formatDay, portalT } from './messages';

/** The name of a verdict (予以受理 …); a kind from before the four verdicts reads as the supplement one. */
export function verdictTitle(kind: string, locale: Locale): string {
	return portalT(locale)(VERDICT_TITLE[kind as DecisionKind] ?? 'portal.decision.supplement');
}

/** The result's heading, "预审结果：容缺受理", under the title of the check (an item's or a one-thing's). */
export function verdictHeading(title: string, kind: string, locale: Locale): string {
	return portalT(locale)('portal.decision.heading', { title, result: verdictTitle(kind, locale) });
}

/** A tolerated material and the day it is due: "名称：请于 2026年12月3日 前补齐". */
export function supplementBy(name: string, date: string, locale: Locale): string {
	const t = portalT(locale);
	return t('portal.guide.labelled', {
		label: name,
		value: t('portal.decision.supplementBy', { date: formatDay(date, locale) })
	});
}
