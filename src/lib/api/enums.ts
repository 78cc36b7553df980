// The closed word lists of the API: roles, item statuses, review states, item kinds and portal
// events. Each is one `const` tuple that the schemas (and through them the types, the runtime
// checks and the OpenAPI document) are built from. When the domain declares a list, this file
// re-exports it instead of spelling it out.
import type { ItemKind } from '../domain/item/types';
import { ENUMS } from '../domain/item/labels';

export const ROLES = ['editor', 'reviewer', 'admin'] as const;

/** The workflow states an item is stored in. */
export const ITEM_STATUSES = [
	'draft',
	'in-review',
	'returned',
	'approved',
	'published',
	'retired'
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What the API shows: a published item whose newest version takes effect later reads "scheduled". */
export const DISPLAY_STATUSES = [...ITEM_STATUSES, 'scheduled'] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export const REVIEW_STATES = ['pending', 'approved', 'returned', 'withdrawn'] as const;

/** 事项类型, in the domain's order. */
export const ITEM_KINDS = [...ENUMS.kind] as ItemKind[];

export const PORTAL_EVENTS = ['published', 'retired'] as const;
export type PortalEvent = (typeof PORTAL_EVENTS)[number];

/** How much a lint finding matters (the lint module's severities). */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
