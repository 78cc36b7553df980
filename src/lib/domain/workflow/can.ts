// Who may do what to an item, and from which status to which: one table of rules, read by the server
// to enforce and by the designer and review screens to show or hide their controls.
//
// The rules (DESIGN.md "Workflow"; issue 12 item 3 for reading):
// - Department editors act on the items of their own departments only: they create, read, save,
//   submit and publish there. An item belongs to the department registered with its implementing
//   department's credit code (实施主体统一社会信用代码). Reading another department's drafts,
//   revisions or reviews is refused with 403 (not 404: an item's code names its department and is no
//   secret; its content is).
// - Reviewers and administrators read every department's items.
// - The approver is never the author of the revision approved (四眼原则), and a revision is
//   published only when someone other than its author approved it.
// - Published by a reviewer or an editor of the department once approved; retired (事项取消) by a
//   reviewer, only after it was published.
// - A draft under review is not changed behind the reviewer's back: the editor withdraws it first,
//   explicitly (issue 14 item 3). A draft that was never published may be deleted or archived by
//   its department's editors; a published item leaves only by retirement, so portals are told.
import { ref, type MessageRef } from '../i18n';
import { roleRef, statusRef, reviewStateRef, type WorkflowKey } from './messages';
import {
	ITEM_STATUSES,
	ROLES,
	storedStatus,
	type DisplayStatus,
	type ItemStatus,
	type ReviewState,
	type Role
} from './states';

/** Actions on an item (or, for `create`, in a department). */
export const ITEM_ACTIONS = [
	'read',
	'create',
	'edit',
	'submit',
	'approve',
	'return',
	'publish',
	'retire',
	'withdraw',
	'delete',
	'archive',
	'unarchive',
	'transfer',
	'merge',
	'split'
] as const;
/** Actions on the registry as a whole. */
export const ADMIN_ACTIONS = [
	'manage-users',
	'manage-departments',
	'manage-calendar',
	'manage-settings',
	'read-audit',
	'read-scorecard',
	'manage-laws'
] as const;
export const ACTIONS = [...ITEM_ACTIONS, ...ADMIN_ACTIONS] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];
export type AdminAction = (typeof ADMIN_ACTIONS)[number];
export type Action = (typeof ACTIONS)[number];

/** The signed-in user as far as the rules care. */
export interface WorkflowUser {
	id: number;
	role: Role;
	departments: readonly string[];
}

/**
 * What is known about the item acted on. Only `department` is always needed; a fact left out is not
 * checked, so a screen can ask before it knows everything (the server always passes every fact the
 * action's rule names, under the item's lock).
 */
export interface ItemFacts {
	department: string;
	status?: ItemStatus | DisplayStatus;
	/** author of the revision acted on (the current one) */
	author?: number | null;
	/** who approved that revision; null when nobody has */
	approver?: number | null;
	/** whether a version was ever published */
	published?: boolean;
	/** state of the review being decided */
	review?: ReviewState;
	/** whether the item is archived (put away by its editors, hidden from the catalog) */
	archived?: boolean;
}

interface Rule {
	roles: readonly Role[];
	/** editors only within their own departments, refused with this reason */
	ownDepartment?: WorkflowKey;
	/** statuses the action starts from, and the one it leads to */
	from?: readonly ItemStatus[];
	to?: ItemStatus;
	/** reason when the status does not allow it (default: workflow.refused.state) */
	stateReason?: WorkflowKey;
	/** only while the review decided is pending */
	pendingReview?: true;
	/** the user must not be the revision's author */
	notAuthor?: true;
	/** the revision must be approved, by someone other than its author */
	approvedByOther?: true;
	/** only an item published at least once */
	wasPublished?: true;
	/** not while a review is pending: the submission is withdrawn first, explicitly */
	notInReview?: true;
	/** only an item never published (a published one is retired instead) */
	neverPublished?: true;
	/** only an item that is (true) or is not (false) archived */
	archived?: boolean;
}

const LIVE: readonly ItemStatus[] = ITEM_STATUSES.filter((s) => s !== 'retired');
const UNREVIEWED: readonly ItemStatus[] = ['draft', 'returned'];

export const RULES: { readonly [A in Action]: Rule } = {
	read: { roles: ROLES, ownDepartment: 'workflow.refused.readDepartment' },
	create: { roles: ['editor'], ownDepartment: 'workflow.refused.createDepartment' },
	edit: {
		roles: ['editor'],
		ownDepartment: 'workflow.refused.department',
		from: LIVE,
		to: 'draft',
		stateReason: 'workflow.refused.retired',
		notInReview: true,
		archived: false
	},
	submit: {
		roles: ['editor'],
		ownDepartment: 'workflow.refused.department',
		from: UNREVIEWED,
		to: 'in-review',
		archived: false
	},
	withdraw: {
		roles: ['editor'],
		ownDepartment: 'workflow.refused.department',
		from: ['in-review'],
		to: 'draft'
	},
	delete: {
		roles: ['editor'],
		ownDepartment: 'workflow.refused.department',
		from: UNREVIEWED,
		neverPublished: true
	},
	archive: {
		roles: ['editor'],
		ownDepartment: 'workflow.refused.department',
		from: UNREVIEWED,
		neverPublished: true,
		archived: false
	},
	unarchive: {
		roles: ['editor'],
		ownDepartment: 'workflow.refused.department',
		archived: true
	},
	approve: {
		roles: ['reviewer'],
		pendingReview: true,
		from: ['in-review'],
		to: 'approved',
		notAuthor: true
	},
	return: {
		roles: ['reviewer'],
		pendingReview: true,
		from: ['in-review'],
		to: 'returned',
		notAuthor: true
	},
	publish: {
		roles: ['editor', 'reviewer'],
		ownDepartment: 'workflow.refused.department',
		from: ['approved'],
		to: 'published',
		approvedByOther: true
	},
	retire: { roles: ['reviewer'], from: LIVE, to: 'retired', wasPublished: true },
	// 划转 (转移 between peers, 下放 to a lower level): the item moves to another implementing
	// department as a new draft, which that department's editors then submit; not while in review
	transfer: { roles: ['admin'], from: LIVE, to: 'draft', notInReview: true, archived: false },
	// 合并 / 拆分: the predecessors are retired in favour of new items that name them; only published
	// items (a draft that never reached a portal is simply deleted)
	merge: { roles: ['admin'], from: LIVE, to: 'retired', wasPublished: true },
	split: { roles: ['admin'], from: LIVE, to: 'retired', wasPublished: true },
	'manage-users': { roles: ['admin'] },
	'manage-departments': { roles: ['admin'] },
	'manage-calendar': { roles: ['admin'] },
	'manage-settings': { roles: ['admin'] },
	'read-audit': { roles: ['admin', 'reviewer', 'inspector'] },
	// the reduction scorecard is for supervision (效能监察, 督查) and the reviewing office
	'read-scorecard': { roles: ['admin', 'reviewer', 'inspector'] },
	// the law registry: recording laws, amendments and repeals, and opening the drafts they call for
	'manage-laws': { roles: ['admin'] }
};

/** Why not: sign in first, not this user, or not in this state. */
export type RefusalKind = 'sign-in' | 'permission' | 'state';

export interface Refusal {
	allowed: false;
	kind: RefusalKind;
	reason: MessageRef<WorkflowKey>;
}

export type Verdict = { allowed: true } | Refusal;

const ALLOWED: Verdict = { allowed: true };

function refuse(kind: RefusalKind, reason: MessageRef<WorkflowKey>): Refusal {
	return { allowed: false, kind, reason };
}

const actionRef = (action: Action) => ref<WorkflowKey>(`workflow.action.${action}`);

/**
 * May `user` take `action` on `item`? Without an item, only the role is checked: "may this user ever
 * approve?". The checks run in a fixed order — signed in, role, department, review, status, four eyes —
 * so the same request always gets the same answer.
 */
export function can(user: WorkflowUser | null, action: Action, item?: ItemFacts): Verdict {
	const rule = RULES[action];
	if (!user) return refuse('sign-in', ref('workflow.refused.signIn'));
	if (!rule.roles.includes(user.role))
		return refuse(
			'permission',
			ref('workflow.refused.role', {
				action: actionRef(action),
				roles: rule.roles.map(roleRef)
			})
		);
	if (!item) return ALLOWED;
	if (rule.ownDepartment && user.role === 'editor' && !user.departments.includes(item.department))
		return refuse('permission', ref(rule.ownDepartment, { department: item.department }));
	if (rule.pendingReview && item.review !== undefined && item.review !== 'pending')
		return refuse(
			'state',
			ref('workflow.refused.reviewClosed', { state: reviewStateRef(item.review) })
		);
	if (rule.from && item.status !== undefined && !rule.from.includes(storedStatus(item.status)))
		return refuse(
			'state',
			rule.stateReason
				? ref(rule.stateReason)
				: ref('workflow.refused.state', {
						status: statusRef(item.status),
						action: actionRef(action)
					})
		);
	if (rule.notInReview && item.status === 'in-review')
		return refuse('state', ref('workflow.refused.inReview'));
	if (rule.wasPublished && item.published === false)
		return refuse('state', ref('workflow.refused.neverPublished'));
	if (rule.neverPublished && item.published === true)
		return refuse('state', ref('workflow.refused.wasPublished'));
	if (rule.archived !== undefined && item.archived !== undefined && rule.archived !== item.archived)
		return refuse(
			'state',
			ref(item.archived ? 'workflow.refused.archived' : 'workflow.refused.notArchived')
		);
	if (rule.approvedByOther && item.approver === null)
		return refuse('state', ref('workflow.refused.notApproved'));
	if (
		rule.approvedByOther &&
		item.approver !== undefined &&
		item.author !== undefined &&
		item.approver === item.author
	)
		return refuse('permission', ref('workflow.refused.approverIsAuthor'));
	if (rule.notAuthor && item.author !== undefined && item.author === user.id)
		return refuse('permission', ref('workflow.refused.ownRevision'));
	return ALLOWED;
}

/** The status an action leaves the item in, for the actions that change it. */
export function nextStatus(action: ItemAction): ItemStatus | undefined {
	return RULES[action].to;
}

/**
 * The departments whose items `user` may take `action` on: every department, or the listed ones (an
 * editor's own). Lists use it to show only what the user may read.
 */
export function departmentScope(user: WorkflowUser, action: ItemAction): 'all' | readonly string[] {
	const rule = RULES[action];
	if (!rule.roles.includes(user.role)) return [];
	return rule.ownDepartment && user.role === 'editor' ? user.departments : 'all';
}
