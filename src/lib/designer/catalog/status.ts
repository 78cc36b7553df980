// The words for an item's workflow status in the catalog: the workflow's own labels, with the latest
// published version number beside 已发布.
import type { Locale } from '$lib/domain/i18n';
import { DISPLAY_STATUSES, isDisplayStatus, statusLabel } from '$lib/domain/workflow';

export const STATUSES = DISPLAY_STATUSES;

export function statusText(
	locale: Locale,
	status: string,
	/** the newest published version's number */
	latest?: number | null
): string {
	if (!isDisplayStatus(status)) return status;
	const text = statusLabel(status, locale);
	return status === 'published' && latest != null ? `${text} v${latest}` : text;
}
