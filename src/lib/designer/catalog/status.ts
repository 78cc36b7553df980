// The words for an item's workflow status in the catalog.
import type { DesignerMessages } from '../messages';

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
	m: DesignerMessages,
	status: string,
	/** the newest published version's number */
	latest?: number | null
): string {
	const n = latest ?? undefined;
	switch (status) {
		case 'draft':
			return m.statusDraft;
		case 'in-review':
			return m.statusInReview;
		case 'returned':
			return m.statusReturned;
		case 'approved':
			return m.statusApproved;
		case 'published':
			return n !== undefined ? m.statusPublished(n) : m.statusPublishedPlain;
		case 'scheduled':
			return m.statusScheduled;
		case 'retired':
			return m.statusRetired;
		default:
			return status;
	}
}
