// Administration: the working-day calendar override and the audit log.
import Type, { type Static } from 'typebox';
import { Closed, Day, Id, JsonObject, Nullable, Timestamp } from './common';

/** The holiday schedule an administrator uploaded (validated by the workdays module: 422). */
export const CalendarData = Type.Unknown({
	description: 'holidays and adjusted working days by year (src/lib/domain/workdays)'
});

export const CalendarOverride = Closed({ id: Id, data: JsonObject, createdAt: Timestamp });

/** null: the built-in schedule applies. */
export const CalendarState = Closed({ override: Nullable(CalendarOverride) });

export const CalendarSaved = Closed({ override: CalendarOverride, id: Id });

export const AuditQuery = Closed({
	subject: Type.Optional(Type.String({ description: 'e.g. item:CODE, user:NAME, calendar' })),
	/** username */
	actor: Type.Optional(Type.String({ maxLength: 200 })),
	/** an action (review.return) or an area (review) */
	action: Type.Optional(Type.String({ maxLength: 100 })),
	/** an item code: the same as subject=item:CODE */
	item: Type.Optional(Type.String({ maxLength: 100 })),
	/** first day, in the deployment's time zone */
	from: Type.Optional(Day),
	/** last day (inclusive), in the deployment's time zone */
	to: Type.Optional(Day),
	limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
	offset: Type.Integer({ minimum: 0, maximum: 1000000, default: 0 })
});

/** The same filters for the CSV export, which has no page size (at most 100 000 rows). */
export const AuditExportQuery = Closed({
	subject: Type.Optional(Type.String()),
	actor: Type.Optional(Type.String({ maxLength: 200 })),
	action: Type.Optional(Type.String({ maxLength: 100 })),
	item: Type.Optional(Type.String({ maxLength: 100 })),
	from: Type.Optional(Day),
	to: Type.Optional(Day)
});

export const AuditEntry = Closed({
	id: Id,
	/** username, or the client address for failed sign-ins */
	actor: Type.String(),
	action: Type.String(),
	subject: Type.String(),
	at: Timestamp,
	beforeHash: Nullable(Type.String()),
	afterHash: Nullable(Type.String()),
	detail: JsonObject
});

/** Newest first; `total` counts every entry the filters match. */
export const AuditLog = Closed({
	entries: Type.Array(AuditEntry),
	total: Type.Optional(Type.Integer({ minimum: 0 }))
});

export type CalendarOverride = Static<typeof CalendarOverride>;
export type AuditEntry = Static<typeof AuditEntry>;
export type AuditQuery = Static<typeof AuditQuery>;
export type AuditExportQuery = Static<typeof AuditExportQuery>;

/** One in-app notification of the signed-in user. */
export const Notification = Closed({
	id: Id,
	kind: Type.Enum(['review-waiting', 'review-returned', 'review-approved', 'published']),
	/** item code */
	item: Type.String(),
	itemName: Type.String(),
	review: Nullable(Id),
	/** who caused it */
	actor: Type.String(),
	at: Timestamp,
	read: Type.Boolean()
});

/** Newest first (at most 100), with the number still unread. */
export const NotificationList = Closed({
	notifications: Type.Array(Notification),
	unread: Type.Integer({ minimum: 0 })
});

/** Without `ids`: every notification is marked read. */
export const MarkRead = Closed({ ids: Type.Optional(Type.Array(Id, { maxItems: 500 })) });
export const Unread = Closed({ unread: Type.Integer({ minimum: 0 }) });

export const Webhook = Closed({
	id: Id,
	url: Type.String(),
	enabled: Type.Boolean(),
	createdAt: Timestamp,
	delivered: Type.Integer({ minimum: 0 }),
	failed: Type.Integer({ minimum: 0 }),
	pending: Type.Integer({ minimum: 0 })
});
export const WebhookList = Closed({ webhooks: Type.Array(Webhook) });
/** an http(s) URL (checked by the notification service: 422) */
export const NewWebhook = Closed({ url: Type.String({ maxLength: 2000 }) });
/** The signing secret is shown here only, once. */
export const WebhookCreated = Closed({ id: Id, url: Type.String(), secret: Type.String() });
