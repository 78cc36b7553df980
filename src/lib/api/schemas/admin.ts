// Administration: the working-day calendar override and the audit log.
import Type, { type Static } from 'typebox';
import { Closed, Id, JsonObject, Nullable, Timestamp } from './common';

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
	limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 })
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

/** Newest first. */
export const AuditLog = Closed({ entries: Type.Array(AuditEntry) });

export type CalendarOverride = Static<typeof CalendarOverride>;
export type AuditEntry = Static<typeof AuditEntry>;
