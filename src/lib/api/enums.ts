// The closed word lists of the API: roles, item statuses, review states, item kinds and portal
// events. Each is one `const` tuple that the schemas (and through them the types, the runtime
// checks and the OpenAPI document) are built from. When the domain declares a list, this file
// re-exports it instead of spelling it out.
import type { ItemKind } from '../domain/item/types';
import { ENUMS } from '../domain/item/labels';
import type { ThemeKind } from '../domain/onething/types';

// Roles, statuses and review states are the workflow's (src/lib/domain/workflow).
export {
	CHECKPOINT_KINDS,
	CHECKPOINT_LABEL_MAX,
	DISPLAY_STATUSES,
	ITEM_STATUSES,
	REVIEW_STATES,
	ROLES,
	type DisplayStatus,
	type ItemStatus
} from '../domain/workflow';

/** The four acceptance verdicts (src/lib/domain/acceptance). */
export { DECISION_KINDS } from '../domain/acceptance/types';

/** 事项类型, in the domain's order. */
export const ITEM_KINDS = [...ENUMS.kind] as ItemKind[];

/** What a stored document is: an item (事项) or a one-thing (一件事, src/lib/domain/onething). */
export const DOCUMENT_TYPES = ['item', 'onething'] as const;

/** A one-thing's theme: a life event of a person or a business event of an enterprise. */
export const ONETHING_THEME_KINDS = [
	'life-event',
	'business-event'
] as const satisfies readonly ThemeKind[];

export const PORTAL_EVENTS = ['published', 'retired'] as const;
export type PortalEvent = (typeof PORTAL_EVENTS)[number];

/** How much a lint finding matters (the lint module's severities). */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
