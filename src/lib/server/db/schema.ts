// Table types for Kysely. Column names are snake_case as in SQL; timestamps come back as Date from
// both engines, ids are 32-bit integers so PGlite and node-postgres return the same JS numbers.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { ItemStatus, ReviewState, Role } from '../../domain/workflow';

/** an item (事项) or a one-thing (一件事) */
export type DocumentType = 'item' | 'onething';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string, string>;

// Roles, statuses and review states are the workflow's (src/lib/domain/workflow).
export type { ItemStatus, ReviewState, Role };

export interface DepartmentsTable {
	code: string;
	name: string;
	credit_code: string | null;
	created_at: CreatedAt;
}

export interface UsersTable {
	id: Generated<number>;
	username: string;
	display_name: string;
	password_hash: string;
	role: Role;
	disabled: Generated<boolean>;
	demo: Generated<boolean>;
	created_at: CreatedAt;
}

export interface UserDepartmentsTable {
	user_id: number;
	department_code: string;
}

export interface SessionsTable {
	token_hash: string;
	user_id: number;
	created_at: CreatedAt;
	expires_at: Date;
}

export interface ItemsTable {
	id: Generated<number>;
	code: string;
	department_code: string;
	name: string;
	kind: string;
	status: ItemStatus;
	current_revision: number;
	created_at: CreatedAt;
	updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
	archived_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
	/** an item (事项) or a one-thing (一件事, migration 009); item readers select 'item' */
	document_type: ColumnType<DocumentType, DocumentType | undefined, never>;
}

/** What a one-thing was submitted with (review_id) or compiled into (version_id) (migration 009). */
export interface OneThingMembersTable {
	id: Generated<number>;
	onething_id: number;
	review_id: number | null;
	version_id: number | null;
	position: number;
	member_code: string;
	/** 'latest' or a version number as text */
	pin: string;
	member_version: number;
	member_hash: string;
}

export interface RevisionsTable {
	id: Generated<number>;
	item_id: number;
	n: number;
	/** the document as JSON text, keys in the author's order (migration 003); only a working revision
	 * (no checkpoint on it) is ever saved into again (db/revisions.ts#continueWorkingRevision) */
	document: ColumnType<string, string, string>;
	author_id: number;
	base_revision: number | null;
	created_at: CreatedAt;
	/** whether the document passed the item checks when saved (drafts may be stored invalid) */
	valid: ColumnType<boolean, boolean | undefined, boolean>;
	/** how many saves this working revision holds (migration 008) */
	saves: ColumnType<number, number | undefined, number>;
	/** when the last of those saves was made; null: only the first, at created_at */
	saved_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
	/** the name an editor gave this revision as a checkpoint */
	label: ColumnType<string | null, string | null | undefined, string | null>;
	/** the revision whose content this one restores */
	restored_from: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ReviewRequestsTable {
	id: Generated<number>;
	item_id: number;
	revision_id: number;
	state: ReviewState;
	submitted_by: number;
	submitted_at: CreatedAt;
	reviewer_id: number | null;
	decided_at: Date | null;
}

export interface ReviewCommentsTable {
	id: Generated<number>;
	review_id: number;
	pointer: string | null;
	text: string;
	author_id: number;
	created_at: CreatedAt;
}

export interface VersionsTable {
	id: Generated<number>;
	item_id: number;
	n: number;
	revision_id: number;
	/** the serialized bundle exactly as served, so ETags stay byte-exact */
	bundle: string;
	hash: string;
	/** YYYY-MM-DD, kept as text so both engines return the same string */
	effective_from: string;
	published_by: number;
	approved_by: number;
	published_at: CreatedAt;
}

/** The searchable facts of a published version, read from its bundle (migration 002). */
export interface VersionFactsTable {
	version_id: number;
	name: string;
	kind: string;
	department_name: string;
}

/** What the reduction scorecard counts of a published version, read from its bundle (migration 008). */
export interface VersionScorecardFactsTable {
	version_id: number;
	materials: number;
	shared_exempt: number;
	tolerable: number;
	legal_value: number;
	legal_unit: string;
	promised_value: number;
	promised_unit: string;
	case_type: string;
	risk_class: string;
	visits: number;
	online_depth: number;
	tolerance_allowed: boolean;
	base_code: string | null;
	base_version: number | null;
}

/** A version's precompiled validator module (migration 004). */
export interface VersionValidatorsTable {
	version_id: number;
	/** the generator's format (VALIDATOR_MODULE_FORMAT) when it was made */
	format: number;
	source: string;
	created_at: CreatedAt;
}

export interface RetirementsTable {
	id: Generated<number>;
	item_id: number;
	reason: string;
	retired_by: number;
	retired_at: CreatedAt;
}

export interface CalendarOverridesTable {
	id: Generated<number>;
	data: Json<Record<string, unknown>>;
	created_by: number;
	created_at: CreatedAt;
}

export interface CalendarYearsTable {
	id: Generated<number>;
	year: number;
	holidays: Json<string[]>;
	workdays: Json<string[]>;
	notice: string;
	created_by: number;
	created_at: CreatedAt;
}

export interface AuditLogTable {
	id: Generated<number>;
	actor_id: number | null;
	actor: string;
	action: string;
	subject: string;
	at: CreatedAt;
	before_hash: string | null;
	after_hash: string | null;
	detail: Json<Record<string, unknown>>;
}

export interface PortalEventsTable {
	id: Generated<number>;
	item_code: string;
	event: 'published' | 'retired';
	version: number | null;
	at: CreatedAt;
	/** migration 009 */
	document_type: ColumnType<DocumentType, DocumentType | undefined, never>;
}

export interface LoginThrottleTable {
	key: string;
	window_start: Date;
	attempts: number;
}

export interface ReviewCommentDraftsTable {
	review_id: number;
	author_id: number;
	/** '' for the general comment */
	pointer: string;
	about: string;
	text: string;
	updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type NotificationKind =
	'review-waiting' | 'review-returned' | 'review-approved' | 'published';

export interface NotificationsTable {
	id: Generated<number>;
	user_id: number;
	kind: NotificationKind;
	item_code: string;
	item_name: string;
	review_id: number | null;
	actor: string;
	created_at: CreatedAt;
	read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface WebhooksTable {
	id: Generated<number>;
	url: string;
	secret: string;
	enabled: Generated<boolean>;
	created_by: number;
	created_at: CreatedAt;
}

export interface WebhookDeliveriesTable {
	id: Generated<number>;
	webhook_id: number;
	event: string;
	payload: string;
	attempts: Generated<number>;
	state: ColumnType<'pending' | 'delivered' | 'failed', string | undefined, string>;
	last_error: string | null;
	next_attempt_at: ColumnType<Date, Date | string | undefined, Date | string>;
	created_at: CreatedAt;
	delivered_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SettingsVersionsTable {
	n: number;
	data: Json<Record<string, unknown>>;
	created_by: number;
	created_at: CreatedAt;
}

/** A registered law as in force now (migration 009); its articles as JSON. */
export interface LawsTable {
	id: string;
	title: string;
	doc_number: string | null;
	issuer: string;
	level: string;
	effective_on: string;
	repealed_on: string | null;
	articles: Json<{ number: string; text: string }[]>;
	created_by: number;
	created_at: CreatedAt;
	updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** An amendment or repeal recorded against a law, with the law as it was before (migration 009). */
export interface LawChangesTable {
	id: Generated<number>;
	law_id: string;
	kind: 'amendment' | 'repeal';
	title: string;
	effective_on: string;
	change: Json<Record<string, unknown>>;
	law_before: Json<Record<string, unknown>>;
	recorded_by: number;
	recorded_at: CreatedAt;
	applied_by: ColumnType<number | null, number | null | undefined, number | null>;
	applied_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** A draft revision a recorded change opened on an item (migration 009). */
export interface LawChangeDraftsTable {
	change_id: number;
	item_id: number;
	revision: number;
	review_id: number | null;
	citations: Json<unknown[]>;
}

/** The Excel column mapping a department saved last for a header row (migration 010). */
export interface XlsxMappingsTable {
	department_code: string;
	/** SHA-256 (hex) of the header row's key */
	header_hash: string;
	headers: Json<string[]>;
	mapping: Json<unknown>;
	saved_by: number;
	saved_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface Database {
	departments: DepartmentsTable;
	users: UsersTable;
	user_departments: UserDepartmentsTable;
	sessions: SessionsTable;
	items: ItemsTable;
	onething_members: OneThingMembersTable;
	revisions: RevisionsTable;
	review_requests: ReviewRequestsTable;
	review_comments: ReviewCommentsTable;
	versions: VersionsTable;
	version_facts: VersionFactsTable;
	version_scorecard_facts: VersionScorecardFactsTable;
	version_validators: VersionValidatorsTable;
	retirements: RetirementsTable;
	calendar_overrides: CalendarOverridesTable;
	calendar_years: CalendarYearsTable;
	audit_log: AuditLogTable;
	portal_events: PortalEventsTable;
	login_throttle: LoginThrottleTable;
	review_comment_drafts: ReviewCommentDraftsTable;
	notifications: NotificationsTable;
	webhooks: WebhooksTable;
	webhook_deliveries: WebhookDeliveriesTable;
	settings_versions: SettingsVersionsTable;
	laws: LawsTable;
	law_changes: LawChangesTable;
	law_change_drafts: LawChangeDraftsTable;
	xlsx_mappings: XlsxMappingsTable;
}

export type UserRow = Selectable<UsersTable>;
export type ItemRow = Selectable<ItemsTable>;
export type RevisionRow = Selectable<RevisionsTable>;
export type VersionRow = Selectable<VersionsTable>;
export type NewAudit = Insertable<AuditLogTable>;
