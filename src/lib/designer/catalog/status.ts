// The words for an item's workflow status in the catalog: the workflow's own labels, with the latest
// published version number beside 已发布.
import type { Locale } from '$lib/domain/i18n';
import { DISPLAY_STATUSES, isDisplayStatus, statusLabel } from '$lib/domain/workflow';
import type { ItemSummary } from '../api';

export const STATUSES = DISPLAY_STATUSES;

export function statusText(
	locale: Locale,
	status: string,
	latest?: ItemSummary['latestVersion']
): string {
	if (!isDisplayStatus(status)) return status;
	const n =
		typeof latest === 'number'
			? latest
			: latest && typeof latest === 'object'
				? latest.n
				: undefined;
	const text = statusLabel(status, locale);
	return status === 'published' && n !== undefined ? `${text} v${n}` : text;
}
