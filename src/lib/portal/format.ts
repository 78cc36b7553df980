// Small display helpers shared by the guide, the apply page and the widget.
import type { Locale } from '$lib/domain/i18n';
import type { TimeLimit } from '$lib/domain/item/types';
import { label } from '$lib/domain/item/labels';
import { portalT } from './messages';
import type { Bundle, BundleMaterial } from '$lib/domain/compile/types';

/** 7个工作日 / 7 working days. */
export function formatLimit(limit: Pick<TimeLimit, 'value' | 'unit'>, locale: Locale): string {
	const unit = label('timeUnit', limit.unit, locale);
	return portalT(locale)('portal.limit', { value: limit.value, unit });
}

/** Whether a material may be missing at acceptance under the tolerance in force (not as authored). */
export function isTolerated(bundle: Pick<Bundle, 'tolerance'>, m: BundleMaterial): boolean {
	return bundle.tolerance.allowed && bundle.tolerance.tolerableIds.includes(m.id);
}

/** Working days to supply a tolerated material. */
export function supplementDays(bundle: Pick<Bundle, 'tolerance'>, m: BundleMaterial): number {
	return m.supplementDays ?? bundle.tolerance.supplementDays;
}

/** Amount in yuan as people write it: 1,200.5. */
export function formatAmount(amount: number, locale: Locale): string {
	return new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', {
		maximumFractionDigits: 2
	}).format(amount);
}
