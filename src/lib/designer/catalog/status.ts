// The words for an item's workflow status in the catalog.
import type { Translate } from '$lib/domain/i18n';
import type { designerMessages } from '../messages';
import type { ItemSummary } from '../api';

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
	latest?: ItemSummary['latestVersion']
): string {
	const n =
		typeof latest === 'number'
			? latest
			: latest && typeof latest === 'object'
				? latest.n
				: undefined;
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
