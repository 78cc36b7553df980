// Building blocks shared by every area's declarations: closed objects, nullable values, dates and
// the problem+json body (RFC 9457) that every failure answers with.
import Type, { type Static, type TProperties, type TSchema } from 'typebox';
import { ITEM_STATUSES, SEVERITIES } from '../enums';

/** An object whose fields are exactly these: a field the declaration does not name is an error, so
 * a typo in a request and an undeclared field in a response both fail loudly. */
export const Closed = <P extends TProperties>(properties: P, description?: string) =>
	Type.Object(properties, { additionalProperties: false, ...(description && { description }) });

/** T or null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An instant as ISO 8601 with a zone (`Date#toISOString`). */
export const Timestamp = Type.String({ format: 'date-time' });

/** A calendar day, YYYY-MM-DD (China Standard Time). */
export const Day = Type.String({ format: 'date' });

/** Ids and counters: positive 32-bit integers in the database. */
export const Id = Type.Integer({ minimum: 1 });

/** A JSON document the API carries but does not describe (an item document, a calendar). */
export const JsonObject = Type.Unsafe<Record<string, unknown>>({ type: 'object' });

export const ProblemError = Closed({
	/** where in the request body (RFC 6901); '' for the request as a whole */
	pointer: Type.String(),
	message: Type.String(),
	code: Type.Optional(Type.String()),
	/** the query parameter at fault, for errors about the query string */
	parameter: Type.Optional(Type.String()),
	/** for errors in a pasted text (a holiday notice): 1-based line and column */
	line: Type.Optional(Type.Integer({ minimum: 1 })),
	column: Type.Optional(Type.Integer({ minimum: 1 }))
});

/** A lint finding (the lint module's `Finding`). */
export const Finding = Closed({
	rule: Type.String(),
	severity: Type.Enum(SEVERITIES),
	pointer: Type.String(),
	message: Type.String(),
	fix: Type.Optional(
		Closed({
			message: Type.String(),
			/** RFC 6902 operations, present only when the fix is mechanical */
			patch: Type.Optional(Type.Array(JsonObject))
		})
	)
});

/** RFC 9457 problem details. Extensions beyond the standard members are allowed; the ones clients
 * act on are named here. */
/** One located error of a rejected spreadsheet: row 0 is the header row or the mapping. */
export const SpreadsheetRowError = Closed({
	row: Type.Integer({ minimum: 0 }),
	column: Type.String(),
	message: Type.String(),
	code: Type.String()
});

export const Problem = Type.Object(
	{
		type: Type.String({ format: 'uri' }),
		title: Type.String(),
		status: Type.Integer({ minimum: 400, maximum: 599 }),
		detail: Type.Optional(Type.String()),
		instance: Type.Optional(Type.String()),
		errors: Type.Optional(Type.Array(ProblemError)),
		/** stale-revision: the revision on the server, who saved it, when, and its document */
		currentRevision: Type.Optional(Type.Integer()),
		author: Type.Optional(Type.String()),
		savedAt: Type.Optional(Timestamp),
		document: Type.Optional(Type.Unknown()),
		/** invalid-transition: the item's status */
		itemStatus: Type.Optional(Type.Enum(ITEM_STATUSES)),
		/** malformed-json: where the JSON breaks */
		line: Type.Optional(Type.Integer()),
		column: Type.Optional(Type.Integer()),
		/** payload-too-large: the limit in bytes */
		limit: Type.Optional(Type.Integer()),
		/** lint-errors: every finding, not only the blocking ones */
		findings: Type.Optional(Type.Array(Finding)),
		/** item-retired (portal): where the item's versions are still listed */
		versions: Type.Optional(Type.String()),
		/** item-retired (portal, a one-thing): its last version, still readable by number */
		lastVersion: Type.Optional(Type.String()),
		/** duplicate-name: the code of the live item that already has the name */
		existing: Type.Optional(Type.String()),
		/** spreadsheet-rows: each error of the sheet with its row and column */
		rows: Type.Optional(Type.Array(SpreadsheetRowError)),
		/** onething-conflicts: what compile found, each naming its members */
		conflicts: Type.Optional(Type.Array(Type.Unknown())),
		/** onething-members-changed: members published anew since review; onething-members-unpublished:
		 * members without the pinned published version; onething-member-retired (portal decide): the
		 * retired members, each `{ code, name, retiredAt, reason, versions }` */
		members: Type.Optional(Type.Array(Type.Unknown()))
	},
	{ description: 'Problem details (RFC 9457)' }
);

/** The paging members of a collection page. */
export const PageInfo = {
	total: Type.Integer({ minimum: 0 }),
	limit: Type.Integer({ minimum: 1 }),
	page: Type.Integer({ minimum: 1 }),
	/** opaque; pass as `cursor` for the next page, null on the last */
	nextCursor: Nullable(Type.String())
};

/** The paging parameters of a collection: `limit` with `page` (1-based) or an opaque `cursor`. */
export const PagingQuery = {
	limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'page size' }),
	page: Type.Optional(
		Type.Integer({ minimum: 1, maximum: 1_000_000, description: '1-based page' })
	),
	cursor: Type.Optional(Type.String({ description: 'nextCursor of the previous page' }))
};

export type Finding = Static<typeof Finding>;
export type Problem = Static<typeof Problem>;
export type ProblemError = Static<typeof ProblemError>;
