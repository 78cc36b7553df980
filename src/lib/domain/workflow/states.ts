// The words of the workflow, declared once: who acts (roles), where an item stands (statuses) and
// where a review stands (states). The database, the API, the designer and the review screens take
// their lists and types from here; labels are in ./messages.ts.

/** `inspector`: 效能监察 staff, who read every item and the audit log and change nothing. */
export const ROLES = ['editor', 'reviewer', 'admin', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Where an item stands, as lists and badges show it: draft → in review → approved / returned →
 * published → retired. A published item whose latest version takes effect on a later day shows as
 * `scheduled` (`effectiveFrom` may lie in the future); that one is derived, never stored.
 */
export const DISPLAY_STATUSES = [
	'draft',
	'in-review',
	'returned',
	'approved',
	'published',
	'scheduled',
	'retired'
] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

/** What the registry stores for an item. */
export type ItemStatus = Exclude<DisplayStatus, 'scheduled'>;
export const ITEM_STATUSES: readonly ItemStatus[] = DISPLAY_STATUSES.filter(
	(s): s is ItemStatus => s !== 'scheduled'
);

/**
 * The statuses in which an item waits for someone of a role ("needs my action"): an editor's item
 * came back or may be published; a reviewer's is in review.
 */
export const AWAITS: Record<Role, readonly ItemStatus[]> = {
	editor: ['returned', 'approved'],
	reviewer: ['in-review'],
	admin: [],
	inspector: []
};

/** A submission for review: pending until approved or returned, withdrawn when the draft changes. */
export const REVIEW_STATES = ['pending', 'approved', 'returned', 'withdrawn'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

const member =
	<T extends string>(list: readonly T[]) =>
	(value: unknown): value is T =>
		typeof value === 'string' && (list as readonly string[]).includes(value);

export const isRole = member(ROLES);
export const isItemStatus = member(ITEM_STATUSES);
export const isDisplayStatus = member(DISPLAY_STATUSES);
export const isReviewState = member(REVIEW_STATES);

/** The status shown for a stored one, given the latest version's first day and today (YYYY-MM-DD). */
export function displayStatus(
	status: ItemStatus,
	latestEffectiveFrom: string | null | undefined,
	today: string
): DisplayStatus {
	return status === 'published' && latestEffectiveFrom && latestEffectiveFrom > today
		? 'scheduled'
		: status;
}

/** The stored status behind a shown one. */
export function storedStatus(status: DisplayStatus): ItemStatus {
	return status === 'scheduled' ? 'published' : status;
}
