// can() over every role × action × status, for an editor of the item's department and of another,
// then the four-eyes and publication cases. The expected answers are written out by hand, row by
// row, so a change of a rule shows up here as a changed row.
import { describe, expect, it } from 'vitest';
import {
	ACTIONS,
	DISPLAY_STATUSES,
	ITEM_ACTIONS,
	REVIEW_STATES,
	ROLES,
	can,
	departmentScope,
	nextStatus,
	refusalText,
	reviewStateLabel,
	roleLabel,
	statusLabel,
	type Action,
	type DisplayStatus,
	type ItemFacts,
	type WorkflowUser
} from '.';

const DEPT = 'market';
const AUTHOR = 7;
const APPROVER = 8;

const users = {
	/** editor of the item's department */
	own: { id: 1, role: 'editor', departments: [DEPT, 'health'] },
	/** editor of another department */
	other: { id: 2, role: 'editor', departments: ['forestry'] },
	reviewer: { id: 3, role: 'reviewer', departments: [] },
	admin: { id: 4, role: 'admin', departments: [] }
} satisfies Record<string, WorkflowUser>;
type Who = keyof typeof users;

// One character per status, in DISPLAY_STATUSES order:
// draft, in-review, returned, approved, published, scheduled, retired.
// + allowed · P refused: not this user (403) · S refused: not in this status (409)
const EXPECTED: Record<Action, Record<Who, string>> = {
	read: { own: '+++++++', other: 'PPPPPPP', reviewer: '+++++++', admin: '+++++++' },
	create: { own: '+++++++', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'PPPPPPP' },
	edit: { own: '+S++++S', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'PPPPPPP' },
	submit: { own: '+S+SSSS', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'PPPPPPP' },
	approve: { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'S+SSSSS', admin: 'PPPPPPP' },
	return: { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'S+SSSSS', admin: 'PPPPPPP' },
	publish: { own: 'SSS+SSS', other: 'PPPPPPP', reviewer: 'SSS+SSS', admin: 'PPPPPPP' },
	retire: { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'SSSS++S', admin: 'PPPPPPP' },
	withdraw: { own: 'S+SSSSS', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'PPPPPPP' },
	delete: { own: '+S+SSSS', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'PPPPPPP' },
	archive: { own: '+S+SSSS', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'PPPPPPP' },
	unarchive: { own: '+++++++', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'PPPPPPP' },
	transfer: { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: '+S++++S' },
	merge: { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'SSSS++S' },
	split: { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: 'SSSS++S' },
	'manage-users': { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: '+++++++' },
	'manage-departments': { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: '+++++++' },
	'manage-calendar': { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: '+++++++' },
	'manage-settings': { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: '+++++++' },
	'read-audit': { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: '+++++++', admin: '+++++++' },
	'read-scorecard': { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: '+++++++', admin: '+++++++' },
	'manage-laws': { own: 'PPPPPPP', other: 'PPPPPPP', reviewer: 'PPPPPPP', admin: '+++++++' }
};

/**
 * A consistent item in `status`: written by someone else, approved by a third person once approved,
 * published only from `published` on (a new draft of a published item is a case of its own below).
 */
function item(status: DisplayStatus): ItemFacts {
	const approved = ['approved', 'published', 'scheduled', 'retired'].includes(status);
	return {
		department: DEPT,
		status,
		author: AUTHOR,
		approver: approved ? APPROVER : null,
		published: ['published', 'scheduled', 'retired'].includes(status),
		review: status === 'in-review' ? 'pending' : status === 'returned' ? 'returned' : undefined
	};
}

const code = (v: ReturnType<typeof can>) =>
	v.allowed ? '+' : v.kind === 'permission' ? 'P' : v.kind === 'state' ? 'S' : '?';

describe('can(): every role × action × status', () => {
	for (const action of ACTIONS) {
		for (const who of Object.keys(users) as Who[]) {
			it(`${action} by ${who}: ${EXPECTED[action][who]}`, () => {
				const row = DISPLAY_STATUSES.map((s) => code(can(users[who], action, item(s)))).join('');
				expect(row).toBe(EXPECTED[action][who]);
			});
		}
		it(`${action} needs a signed-in user`, () => {
			const v = can(null, action, item('draft'));
			expect(v.allowed).toBe(false);
			expect(!v.allowed && v.kind).toBe('sign-in');
		});
	}
});

describe('can(): four eyes, approval and publication', () => {
	const reviewerAuthor = { ...users.reviewer, id: AUTHOR };

	it('never lets the author approve or return their own revision', () => {
		for (const action of ['approve', 'return'] as const) {
			const v = can(reviewerAuthor, action, item('in-review'));
			expect(v).toMatchObject({ allowed: false, kind: 'permission' });
			expect(!v.allowed && refusalText(v, 'en')).toMatch(/approver must not be the author/);
		}
	});

	it('refuses a decision on a review that is no longer pending', () => {
		const v = can(users.reviewer, 'approve', { ...item('in-review'), review: 'withdrawn' });
		expect(v).toMatchObject({ allowed: false, kind: 'state' });
		expect(!v.allowed && refusalText(v, 'zh-CN')).toBe('该审核单已处理（已撤回）。');
	});

	it('publishes only a revision approved by someone other than its author', () => {
		const unapproved = can(users.reviewer, 'publish', { ...item('approved'), approver: null });
		expect(unapproved).toMatchObject({ allowed: false, kind: 'state' });
		const self = can(users.own, 'publish', { ...item('approved'), approver: AUTHOR });
		expect(self).toMatchObject({ allowed: false, kind: 'permission' });
	});

	it('lets a reviewer publish an approved item, as the server does (the designer used to hide it)', () => {
		expect(can(users.reviewer, 'publish', item('approved')).allowed).toBe(true);
		expect(can(users.reviewer, 'publish', { department: DEPT, status: 'approved' }).allowed).toBe(
			true
		);
	});

	it("does not let an editor publish another department's item (the designer ignored the department)", () => {
		const v = can(users.other, 'publish', { department: DEPT, status: 'approved' });
		expect(v).toMatchObject({ allowed: false, kind: 'permission' });
		expect(!v.allowed && refusalText(v, 'zh-CN')).toBe('只有部门 market 的编辑可以修改该事项。');
	});

	it('retires what was published, even while a new draft is open; never a never-published item', () => {
		for (const status of ['draft', 'in-review', 'returned', 'approved'] as const)
			expect(can(users.reviewer, 'retire', { ...item(status), published: true }).allowed).toBe(
				true
			);
		const v = can(users.reviewer, 'retire', item('draft'));
		expect(v).toMatchObject({ allowed: false, kind: 'state' });
		expect(!v.allowed && refusalText(v, 'en')).toMatch(/never published/);
	});

	it('keeps a draft in review unchanged until the editor withdraws it', () => {
		const v = can(users.own, 'edit', item('in-review'));
		expect(v).toMatchObject({ allowed: false, kind: 'state' });
		expect(!v.allowed && refusalText(v, 'zh-CN')).toBe('事项审核中：修改前请先撤回提交。');
		expect(can(users.own, 'withdraw', item('in-review')).allowed).toBe(true);
	});

	it('deletes and archives only what never reached a portal, and edits nothing archived', () => {
		const published = { ...item('draft'), published: true };
		for (const action of ['delete', 'archive'] as const) {
			const v = can(users.own, action, published);
			expect(v).toMatchObject({ allowed: false, kind: 'state' });
			expect(!v.allowed && refusalText(v, 'en')).toMatch(/retires it instead/);
		}
		const archived = { ...item('draft'), archived: true };
		expect(can(users.own, 'edit', archived)).toMatchObject({ allowed: false, kind: 'state' });
		expect(can(users.own, 'archive', archived).allowed).toBe(false);
		expect(can(users.own, 'unarchive', archived).allowed).toBe(true);
		expect(can(users.own, 'unarchive', { ...item('draft'), archived: false }).allowed).toBe(false);
	});

	it('answers by role alone when no item is given', () => {
		expect(can(users.reviewer, 'approve').allowed).toBe(true);
		expect(can(users.own, 'approve')).toMatchObject({ allowed: false, kind: 'permission' });
		expect(can(users.other, 'create').allowed).toBe(true);
	});

	it('checks only the facts it is given', () => {
		// before the row is locked the server knows the department, not yet the status
		expect(can(users.own, 'edit', { department: DEPT }).allowed).toBe(true);
		expect(can(users.other, 'edit', { department: DEPT }).allowed).toBe(false);
	});
});

describe('the transitions', () => {
	it('lead where the workflow says', () => {
		expect(Object.fromEntries(ITEM_ACTIONS.map((a) => [a, nextStatus(a) ?? null]))).toEqual({
			read: null,
			create: null,
			edit: 'draft',
			submit: 'in-review',
			approve: 'approved',
			return: 'returned',
			publish: 'published',
			retire: 'retired',
			withdraw: 'draft',
			delete: null,
			archive: null,
			unarchive: null,
			transfer: 'draft',
			merge: 'retired',
			split: 'retired'
		});
	});
});

describe('department scope of lists', () => {
	it('is the own departments for editors and everything for reviewers and admins', () => {
		expect(departmentScope(users.own, 'read')).toEqual([DEPT, 'health']);
		expect(departmentScope(users.reviewer, 'read')).toBe('all');
		expect(departmentScope(users.admin, 'read')).toBe('all');
		expect(departmentScope(users.reviewer, 'create')).toEqual([]);
	});
});

describe('labels and reasons', () => {
	it('name every role, status and review state in both languages', () => {
		for (const r of ROLES) expect(roleLabel(r, 'en')).not.toMatch(/^workflow\./);
		for (const s of DISPLAY_STATUSES) expect(statusLabel(s, 'zh-CN')).not.toMatch(/^workflow\./);
		for (const s of REVIEW_STATES) expect(reviewStateLabel(s, 'en')).not.toMatch(/^workflow\./);
		expect(statusLabel('scheduled', 'zh-CN')).toBe('预定生效');
	});

	it('say why, with labels in the reader’s language', () => {
		const state = can(users.own, 'submit', item('in-review'));
		expect(!state.allowed && refusalText(state, 'zh-CN')).toBe(
			'事项当前状态为“审核中”，不能提交审核。'
		);
		const role = can(users.admin, 'publish', item('approved'));
		expect(!role.allowed && refusalText(role, 'zh-CN')).toBe('“发布”仅限部门编辑、审核人。');
		expect(!role.allowed && refusalText(role, 'en')).toBe(
			'Only these roles may do this (publishing): Department editor, Reviewer.'
		);
	});
});
