// The words for an item's workflow status in the catalog.
import type { Translate } from '$lib/domain/i18n';
import type { designerMessages } from '../messages';

export const STATUSES = [
	'draft',
	'in-review',
	'returned',
	'approved',
	'published',
	'scheduled',
	'retired'
] as const;

export function statusText(
	t: Translate<(typeof designerMessages)['zh-CN']>,
	status: string,
	/** the newest published version's number */
	latest?: number | null
): string {
	const n = latest ?? undefined;
	switch (status) {
		case 'draft':
			return t('designer.status.draft');
		case 'in-review':
			return t('designer.status.inReview');
		case 'returned':
			return t('designer.status.returned');
		case 'approved':
			return t('designer.status.approved');
		case 'published':
			return n !== undefined
				? t('designer.status.published', { v: n })
				: t('designer.status.publishedPlain');
		case 'scheduled':
			return t('designer.status.scheduled');
		case 'retired':
			return t('designer.status.retired');
		default:
			return status;
	}
}
