// The public, read-only portal API: what is published, in force, and the feed of changes.
import Type, { type Static } from 'typebox';
import { DECISION_KINDS, PORTAL_EVENTS } from '../enums';
import { Closed, Day, Id, JsonObject, Nullable, PageInfo, PagingQuery, Timestamp } from './common';
import { DocumentType, ItemKind, VersionSummary } from './items';

/** No parameters: anything in the query string is refused, so a typo is not cached as an answer. */
export const NoQuery = Closed({});

export const PortalItemQuery = Closed({
	q: Type.Optional(Type.String({ description: 'text in the name, code or department' })),
	department: Type.Optional(Type.String({ description: 'department code' })),
	kind: Type.Optional(ItemKind),
	...PagingQuery
});

export const PortalItem = Closed({
	code: Type.String(),
	name: Type.String(),
	kind: ItemKind,
	department: Closed({ code: Type.String(), name: Type.String() }),
	/** the version in force today */
	version: Id,
	hash: Type.String(),
	effectiveFrom: Day,
	href: Type.String()
});

export const PortalItemPage = Closed({ items: Type.Array(PortalItem), ...PageInfo });

export const AtQuery = Closed({
	at: Type.Optional(Type.String({ format: 'date', description: 'the day (default today)' }))
});

/** The compiled bundle, byte for byte as published (its contract: src/lib/domain/compile/BUNDLE.md). */
export const Bundle = Type.Object(
	{
		bundleFormat: Type.Integer(),
		code: Type.String(),
		name: Type.String(),
		kind: ItemKind,
		applicationSchema: JsonObject,
		hash: Type.String()
	},
	{
		description:
			'the published bundle (src/lib/domain/compile/BUNDLE.md): application schema, acceptance schemas (complete, tolerant, optional refusal) and the four-verdict procedure (accept, accept-with-tolerance, supplement, reject)'
	}
);

export const ApplicationSchema = Type.Object({}, { description: 'JSON Schema 2020-12' });

export const ValidatorModule = Type.String({
	description:
		'ES module (ajv standalone, minified), format 4: constants split, formImplied; create(formats, require) → application, verdict_form, verdict_complete, verdict_tolerant (split) or complete, tolerant, condition_<i>, refusal_<i>; a subschema the application schema repeats is checked by one function, so the schemaPath of an error inside it starts at that subschema (locate errors by instancePath); formats 1 to 3 stay served for versions stored with them (3: same exports, schema paths relative to applicationSchema; 1 and 2: complete, tolerant)'
});

/** One module of the rjsf interop kit (src/interop/README.md). */
export const InteropModuleInfo = Closed({
	name: Type.String(),
	version: Type.Integer({ description: 'interface version; a new one when an export changes' }),
	file: Type.String({ description: 'content-hashed file name: immutable' }),
	latest: Type.String({ description: '<name>.v<version>.js: the newest build, revalidated' }),
	url: Type.String(),
	latestUrl: Type.String(),
	sha256: Type.String(),
	integrity: Type.String({ description: 'Subresource Integrity of the hashed file (sha384-…)' }),
	bytes: Type.Integer(),
	gzipBytes: Type.Integer(),
	peerDependencies: Type.Optional(Type.Record(Type.String(), Type.String()))
});

export const InteropManifest = Closed({
	formats: InteropModuleInfo,
	fileField: InteropModuleInfo
});

export const InteropModule = Type.String({
	description:
		'ES module: cn-formats (rjsf customFormats, Ajv addFormat; no imports) or rjsf-file-field (React)'
});

/**
 * A published version as the public sees it: the staff version summary without who published and
 * approved it (staff usernames are not public: they were the list of accounts to attack).
 */
export const PortalVersion = Closed({
	n: VersionSummary.properties.n,
	hash: VersionSummary.properties.hash,
	effectiveFrom: VersionSummary.properties.effectiveFrom,
	revision: VersionSummary.properties.revision,
	publishedAt: VersionSummary.properties.publishedAt,
	href: Type.String()
});

export const PortalVersionList = Closed({
	code: Type.String(),
	retired: Type.Boolean(),
	versions: Type.Array(PortalVersion)
});

export const ChangesQuery = Closed({
	since: Type.Integer({ minimum: 0, default: 0, description: 'cursor of a previous answer' }),
	limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 })
});

export const Change = Closed({
	cursor: Type.String(),
	/** an item's event, or a one-thing's (its bundle under /portal/onethings) */
	type: DocumentType,
	code: Type.String(),
	event: Type.Enum(PORTAL_EVENTS),
	version: Nullable(Id),
	at: Timestamp,
	/** the version's bundle, when the event names a version */
	href: Type.Optional(Type.String())
});

export const Changes = Closed({
	changes: Type.Array(Change),
	/** pass as `since` to read on */
	cursor: Type.String(),
	hasMore: Type.Boolean()
});

/** A year loaded from the State Council notice; its dates may reach into the year before. */
export const LoadedYear = Closed({
	year: Type.Integer(),
	holidays: Type.Array(Day),
	workdays: Type.Array(Day)
});

/**
 * The holiday schedule in force beyond the built-in one: the administrator's override file (null:
 * none) and the years loaded from notices (each replaces that year whole). `strict`: a deadline in
 * a year without a schedule is refused instead of provisional.
 */
export const PortalCalendar = Closed({
	override: Nullable(JsonObject),
	years: Type.Array(LoadedYear),
	strict: Type.Boolean(),
	updatedAt: Nullable(Timestamp)
});

/** A submission to decide on, on `date` (default: today in China). */
export const DecideRequest = Closed({
	submission: Type.Unknown({
		description: '{ form, materials, commitment?, creditRestricted? } (BUNDLE.md)'
	}),
	date: Type.Optional(Day)
});

/** The acceptance decision (src/lib/domain/acceptance/types.ts; BUNDLE.md, "Acceptance decision"). */
export const AcceptanceDecision = Type.Object(
	{
		decision: Type.String(),
		missing: Type.Array(JsonObject),
		tolerated: Type.Array(JsonObject),
		supplementDeadline: Type.Optional(Day),
		calendar: Type.Optional(Type.String()),
		provisional: Type.Optional(Type.Boolean()),
		provisionalReason: Type.Optional(Type.String()),
		provisionalYears: Type.Optional(Type.Array(Type.Integer())),
		errors: Type.Array(JsonObject),
		reasons: Type.Array(Type.String())
	},
	{ description: 'decide() of the version in force on the date, with the calendar in force' }
);

export const Decided = Closed({
	code: Type.String(),
	version: Id,
	date: Day,
	decision: AcceptanceDecision
});

/** A material reference: the file stays with the applicant, the agency receives its fingerprint. */
export const FileRef = Closed({
	name: Type.String(),
	mediaType: Type.String(),
	size: Type.Integer({ minimum: 0 }),
	sha256: Type.String({ pattern: '^[0-9a-f]{64}$' })
});

/** An application as the apply page and the widget produce it (the bundle's submission shape). */
export const ApplicationSubmission = Closed({
	form: JsonObject,
	materials: Type.Record(Type.String(), FileRef),
	commitment: Type.Boolean(),
	creditRestricted: Type.Optional(Type.Boolean())
});

/** A checked application handed to the agency's intake system (BANSHI_INTAKE_URL). */
export const IntakeRequest = Closed({
	submission: ApplicationSubmission
});

/** The intake system's receipt number; `decision` is the server's own verdict on the submission. */
export const IntakeReceipt = Closed({
	receipt: Type.String({ minLength: 1, maxLength: 64 }),
	sentAt: Timestamp,
	decision: Type.Union(DECISION_KINDS.map((kind) => Type.Literal(kind)))
});

export const OpenApiDocument = Type.Object(
	{ openapi: Type.String() },
	{ description: 'OpenAPI 3.1' }
);

export type PortalItem = Static<typeof PortalItem>;
export type PortalVersion = Static<typeof PortalVersion>;
export type Change = Static<typeof Change>;
export type Changes = Static<typeof Changes>;
export type Bundle = Static<typeof Bundle>;
