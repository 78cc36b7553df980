// The studio's endpoints: sign-in, items and drafts, the review workflow, and the lists the
// designer needs (departments, templates).
import * as A from '../schemas/accounts';
import * as C from '../schemas/admin';
import * as I from '../schemas/items';
import * as X from '../schemas/imports';
import * as N from '../schemas/national';
import { ItemCode, RevisionNumber, ReviewId, type Endpoint } from './endpoint';
import { routes } from './routes';

const code = { code: ItemCode };

export const studioEndpoints = {
	signIn: {
		...routes.signIn,
		summary: 'Sign in',
		tag: 'session',
		auth: 'public',
		body: A.SignIn,
		maxBodyBytes: 16 * 1024,
		responses: { 201: A.Session },
		failures: [429]
	},
	signOut: {
		...routes.signOut,
		summary: 'Sign out',
		tag: 'session',
		auth: 'session',
		responses: { 204: null }
	},
	me: {
		...routes.me,
		summary: 'The signed-in user',
		tag: 'session',
		auth: 'session',
		responses: { 200: A.Me }
	},
	listItems: {
		...routes.listItems,
		summary: 'List items',
		tag: 'items',
		auth: 'session',
		query: I.ItemQuery,
		responses: { 200: I.ItemPage }
	},
	createItem: {
		...routes.createItem,
		summary: 'Create an item from a template or a document',
		tag: 'items',
		auth: 'session',
		body: I.NewItem,
		responses: { 201: I.ItemDetail }
	},
	// Every row is checked before any item is created: 422 `spreadsheet-rows` lists each error with
	// its row and column (extension `rows`) and nothing is stored; an unknown 实施主体 is such a row.
	importXlsx: {
		...routes.importXlsx,
		summary: 'Import draft items from an .xlsx catalogue (all rows or none)',
		tag: 'items',
		auth: 'session',
		body: X.ImportXlsx,
		maxBodyBytes: 8 * 1024 * 1024,
		responses: { 200: X.ImportXlsxResult, 201: X.ImportXlsxResult }
	},
	// The designer's first step: which sheets the workbook has, the columns of the one imported (the
	// first) and the mapping the common headers suggest, before any column is mapped.
	inspectXlsx: {
		...routes.inspectXlsx,
		summary: 'The sheets and columns of an .xlsx catalogue, with the suggested column mapping',
		tag: 'items',
		auth: 'session',
		body: X.InspectXlsx,
		maxBodyBytes: 8 * 1024 * 1024,
		responses: { 200: X.XlsxColumns }
	},
	// The mapping a department saved last for a header row, offered to each of its editors who
	// imports a workbook with the same headers (who may import may read and save it).
	getXlsxMapping: {
		...routes.getXlsxMapping,
		summary:
			"The department's saved column mapping for an .xlsx header row, named by the row's SHA-256 (saved: null when none)",
		tag: 'items',
		auth: 'session',
		query: X.XlsxMappingQuery,
		responses: { 200: X.XlsxMappingAnswer }
	},
	saveXlsxMapping: {
		...routes.saveXlsxMapping,
		summary: "Save a column mapping as the department's for an .xlsx header row",
		tag: 'items',
		auth: 'session',
		body: X.SaveXlsxMapping,
		maxBodyBytes: 256 * 1024,
		responses: { 200: X.SavedXlsxMapping }
	},
	getItem: {
		...routes.getItem,
		summary: 'An item: current draft, status, revision, latest version',
		tag: 'items',
		auth: 'session',
		params: code,
		responses: { 200: I.ItemDetail }
	},
	saveDraft: {
		...routes.saveDraft,
		summary: 'Save a new revision (optimistic concurrency on baseRevision)',
		tag: 'items',
		auth: 'session',
		params: code,
		body: I.Draft,
		responses: { 200: I.Saved }
	},
	listRevisions: {
		...routes.listRevisions,
		summary: 'Revision history',
		tag: 'items',
		auth: 'session',
		params: code,
		responses: { 200: I.RevisionList }
	},
	getRevision: {
		...routes.getRevision,
		summary: 'One revision with its document',
		tag: 'items',
		auth: 'session',
		params: { code: ItemCode, n: RevisionNumber },
		responses: { 200: I.Revision }
	},
	restoreRevision: {
		...routes.restoreRevision,
		summary: 'Restore a revision: a new draft revision with its content (history is kept)',
		tag: 'items',
		auth: 'session',
		params: { code: ItemCode, n: RevisionNumber },
		body: I.Restoration,
		responses: { 201: I.ItemDetail }
	},
	saveCheckpoint: {
		...routes.saveCheckpoint,
		summary: 'Name the current revision as a checkpoint (optimistic concurrency on baseRevision)',
		tag: 'items',
		auth: 'session',
		params: code,
		body: I.CheckpointRequest,
		responses: { 201: I.RevisionSummary }
	},
	submit: {
		...routes.submit,
		summary: 'Submit the current revision for review',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Submission,
		bodyRequired: false,
		responses: { 201: I.Review }
	},
	publish: {
		...routes.publish,
		summary: 'Publish the approved revision as version n+1',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Publication,
		bodyRequired: false,
		responses: { 201: I.Published }
	},
	retire: {
		...routes.retire,
		summary: 'Retire the item (事项取消)',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Retirement,
		responses: { 200: I.Retired }
	},
	transferItem: {
		...routes.transferItem,
		summary:
			'划转 or 下放: the item moves to another department as a new draft (administrators; published versions stay)',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Transfer,
		responses: { 200: I.ItemDetail }
	},
	mergeItems: {
		...routes.mergeItems,
		summary:
			'合并: published items become one new draft naming them, of the department chosen (default: the first item’s); they are retired in its favour (administrators)',
		tag: 'workflow',
		auth: 'session',
		body: I.Merge,
		responses: { 201: I.LineageResult }
	},
	splitItem: {
		...routes.splitItem,
		summary:
			'拆分: a published item becomes several new drafts naming it, each keeping the materials it lists (default: all); it is retired in their favour (administrators)',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Split,
		responses: { 201: I.LineageResult }
	},
	withdraw: {
		...routes.withdraw,
		summary: 'Withdraw the pending submission (撤回提交); the item is a draft again',
		tag: 'workflow',
		auth: 'session',
		params: code,
		responses: { 200: I.ItemDetail }
	},
	archive: {
		...routes.archive,
		summary: 'Archive a never-published item (hidden from the catalog until unarchived)',
		tag: 'items',
		auth: 'session',
		params: code,
		responses: { 200: I.ItemDetail }
	},
	unarchive: {
		...routes.unarchive,
		summary: 'Bring an archived item back to the catalog',
		tag: 'items',
		auth: 'session',
		params: code,
		responses: { 200: I.ItemDetail }
	},
	deleteItem: {
		...routes.deleteItem,
		summary: 'Delete a draft that was never published',
		tag: 'items',
		auth: 'session',
		params: code,
		responses: { 204: null }
	},
	listReviews: {
		...routes.listReviews,
		summary: 'Review queue, oldest first',
		tag: 'workflow',
		auth: 'session',
		query: I.ReviewQuery,
		responses: { 200: I.ReviewList }
	},
	getReview: {
		...routes.getReview,
		summary: 'One review with comments',
		tag: 'workflow',
		auth: 'session',
		params: { id: ReviewId },
		responses: { 200: I.Review }
	},
	approve: {
		...routes.approve,
		summary: 'Approve (the approver is never the author)',
		tag: 'workflow',
		auth: 'session',
		params: { id: ReviewId },
		body: I.Decision,
		bodyRequired: false,
		responses: { 200: I.Review }
	},
	return: {
		...routes.return,
		summary: 'Return with comments',
		tag: 'workflow',
		auth: 'session',
		params: { id: ReviewId },
		body: I.Decision,
		bodyRequired: false,
		responses: { 200: I.Review }
	},
	notifications: {
		...routes.notifications,
		summary: "The signed-in user's notifications, newest first",
		tag: 'workflow',
		auth: 'session',
		responses: { 200: C.NotificationList }
	},
	markNotificationsRead: {
		...routes.markNotificationsRead,
		summary: 'Mark notifications read (all of them without ids)',
		tag: 'workflow',
		auth: 'session',
		body: C.MarkRead,
		bodyRequired: false,
		responses: { 200: C.Unread }
	},
	itemTrail: {
		...routes.itemTrail,
		summary: "The item's audit trail, newest first (whoever may read the item)",
		tag: 'items',
		auth: 'session',
		params: code,
		responses: { 200: C.AuditLog }
	},
	getCommentDrafts: {
		...routes.getCommentDrafts,
		summary: "The reviewer's comment drafts on a pending review",
		tag: 'workflow',
		auth: 'session',
		params: { id: ReviewId },
		responses: { 200: I.CommentDrafts }
	},
	saveCommentDrafts: {
		...routes.saveCommentDrafts,
		summary: "Keep the reviewer's comment drafts until the decision (replaces the set)",
		tag: 'workflow',
		auth: 'session',
		params: { id: ReviewId },
		body: I.CommentDrafts,
		responses: { 200: I.CommentDrafts }
	},
	departments: {
		...routes.departments,
		summary: 'Departments',
		tag: 'items',
		auth: 'session',
		responses: { 200: A.DepartmentList }
	},
	templates: {
		...routes.templates,
		summary: 'Starter templates',
		tag: 'items',
		auth: 'session',
		responses: { 200: I.TemplateList }
	},
	importNational: {
		...routes.importNational,
		summary:
			'Preview or import a national platform exchange file: every item as a draft, or none (422 with located errors)',
		tag: 'items',
		auth: 'session',
		body: N.NationalImport,
		responses: { 200: N.NationalImportResult }
	}
} as const satisfies Record<string, Endpoint>;
