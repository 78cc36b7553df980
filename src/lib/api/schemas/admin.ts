// Administration: the working-day calendar override and the audit log.
import Type, { type Static } from 'typebox';
import { FESTIVALS } from '../../domain/workdays/notice';
import { Closed, Day, Id, JsonObject, Nullable, Timestamp } from './common';

/** The holiday schedule an administrator uploaded (validated by the workdays module: 422). */
export const CalendarData = Type.Unknown({
	description: 'holidays and adjusted working days by year (src/lib/domain/workdays)'
});

export const CalendarOverride = Closed({ id: Id, data: JsonObject, createdAt: Timestamp });

/** null: the built-in schedule applies. */
export const CalendarState = Closed({ override: Nullable(CalendarOverride) });

export const CalendarSaved = Closed({ override: CalendarOverride, id: Id });

/** The text of the State Council notice, pasted (lines are located in the errors: 422). */
export const NoticeInput = Closed({
	text: Type.String({ minLength: 1, maxLength: 100_000 }),
	/** the year being added; the notice must be for it */
	year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 9999 }))
});

const Days = Type.Array(Day);

/** One numbered entry of the notice (一、元旦：……), as read. */
export const NoticeEntry = Closed({
	festivals: Type.Array(Type.Enum(FESTIVALS)),
	/** 1-based line of the pasted text */
	line: Type.Integer({ minimum: 1 }),
	holidays: Days,
	workdays: Days
});

/** The parsed notice, for the administrator to confirm before saving. */
export const ParsedNotice = Closed({
	year: Type.Integer(),
	/** every day off; New Year's Day may reach into December of the year before */
	holidays: Days,
	/** make-up working days (调休上班) */
	workdays: Days,
	entries: Type.Array(NoticeEntry),
	/** what saving replaces: the built-in data for that year, an earlier load, or nothing */
	replaces: Nullable(Type.Enum(['built-in', 'loaded']))
});

export const LoadedCalendarYear = Closed({
	year: Type.Integer(),
	holidays: Days,
	workdays: Days,
	loadedBy: Type.String(),
	loadedAt: Timestamp
});

export const CalendarYearView = Closed({
	year: Type.Integer(),
	/** built-in: the chinese-days package; override: the uploaded file; loaded: from a notice */
	source: Type.Enum(['built-in', 'override', 'loaded']),
	holidays: Type.Optional(Days),
	workdays: Type.Optional(Days),
	loadedBy: Type.Optional(Type.String()),
	loadedAt: Type.Optional(Timestamp)
});

export const CalendarOverview = Closed({
	/** the built-in data, e.g. chinese-days@1.5.7 */
	builtIn: Type.String(),
	years: Type.Array(CalendarYearView),
	/** the year whose schedule should be loaded by now and is not (from 1 November: next year) */
	missing: Nullable(Type.Integer()),
	/** BANSHI_CALENDAR_STRICT: deadlines in a year without a schedule are refused */
	strict: Type.Boolean()
});

/** For the banner on staff screens: the year to load, or null. */
export const CalendarStatus = Closed({ missing: Nullable(Type.Integer()) });

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
export type ParsedNotice = Static<typeof ParsedNotice>;
export type CalendarOverview = Static<typeof CalendarOverview>;
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
