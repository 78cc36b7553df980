// Labels of roles, statuses, review states and actions, and the reasons can() gives for a refusal.
import { defineMessages, ref, renderRef, type Locale, type MessageRef } from '../i18n';
import type { DisplayStatus, ReviewState, Role } from './states';

export const workflowMessages = defineMessages(
	{
		'workflow.role.editor': '部门编辑',
		'workflow.role.reviewer': '审核人',
		'workflow.role.admin': '管理员',
		'workflow.role.inspector': '效能监察',
		'workflow.status.draft': '草稿',
		'workflow.status.in-review': '审核中',
		'workflow.status.returned': '已退回',
		'workflow.status.approved': '已通过审核',
		'workflow.status.published': '已发布',
		'workflow.status.scheduled': '预定生效',
		'workflow.status.retired': '已取消',
		'workflow.review.pending': '待审核',
		'workflow.review.approved': '已批准',
		'workflow.review.returned': '已退回',
		'workflow.review.withdrawn': '已撤回',
		'workflow.action.read': '查看草稿',
		'workflow.action.create': '新建事项',
		'workflow.action.edit': '修改草稿',
		'workflow.action.submit': '提交审核',
		'workflow.action.approve': '批准',
		'workflow.action.return': '退回',
		'workflow.action.publish': '发布',
		'workflow.action.retire': '取消事项',
		'workflow.action.withdraw': '撤回提交',
		'workflow.action.delete': '删除草稿',
		'workflow.action.archive': '归档',
		'workflow.action.unarchive': '取消归档',
		'workflow.action.transfer': '划转事项',
		'workflow.action.merge': '合并事项',
		'workflow.action.split': '拆分事项',
		'workflow.action.manage-users': '管理账号',
		'workflow.action.manage-departments': '管理部门',
		'workflow.action.manage-calendar': '管理节假日安排',
		'workflow.action.manage-settings': '管理系统设置与推送地址',
		'workflow.action.read-audit': '查看审计日志',
		'workflow.action.read-scorecard': '查看减材料减时限统计',
		'workflow.action.manage-laws': '管理法规库与法规变更',
		'workflow.refused.signIn': '此操作需要登录。',
		'workflow.refused.role': '“{action}”仅限{roles}。',
		'workflow.refused.department': '只有部门 {department} 的编辑可以修改该事项。',
		'workflow.refused.readDepartment':
			'该事项属于部门 {department}；部门编辑只能查看本部门事项的草稿、版本和审核记录。',
		'workflow.refused.createDepartment': '事项属于部门 {department}，只有该部门的编辑可以新建。',
		'workflow.refused.state': '事项当前状态为“{status}”，不能{action}。',
		'workflow.refused.retired': '事项已取消，不能再修改。',
		'workflow.refused.reviewClosed': '该审核单已处理（{state}）。',
		'workflow.refused.ownRevision': '不能审核自己编写的版本：审核人与作者须为不同的人。',
		'workflow.refused.notApproved': '该版本尚未通过审核，不能发布。',
		'workflow.refused.approverIsAuthor': '审核人与作者相同，不能发布。',
		'workflow.refused.neverPublished': '事项从未发布，不能取消。',
		'workflow.refused.inReview': '事项审核中：修改前请先撤回提交。',
		'workflow.refused.wasPublished': '事项已发布过，不能删除或归档；请由审核人取消事项。',
		'workflow.refused.archived': '事项已归档；请先取消归档。',
		'workflow.refused.notArchived': '事项未归档。'
	},
	{
		'workflow.role.editor': 'Department editor',
		'workflow.role.reviewer': 'Reviewer',
		'workflow.role.admin': 'Administrator',
		'workflow.role.inspector': 'Performance inspector',
		'workflow.status.draft': 'Draft',
		'workflow.status.in-review': 'In review',
		'workflow.status.returned': 'Returned',
		'workflow.status.approved': 'Approved',
		'workflow.status.published': 'Published',
		'workflow.status.scheduled': 'Scheduled',
		'workflow.status.retired': 'Retired',
		'workflow.review.pending': 'pending',
		'workflow.review.approved': 'approved',
		'workflow.review.returned': 'returned',
		'workflow.review.withdrawn': 'withdrawn',
		'workflow.action.read': 'reading drafts',
		'workflow.action.create': 'creating items',
		'workflow.action.edit': 'saving a draft',
		'workflow.action.submit': 'submitting for review',
		'workflow.action.approve': 'approving',
		'workflow.action.return': 'returning',
		'workflow.action.publish': 'publishing',
		'workflow.action.retire': 'retiring an item',
		'workflow.action.withdraw': 'withdrawing a submission',
		'workflow.action.delete': 'deleting a draft',
		'workflow.action.archive': 'archiving',
		'workflow.action.unarchive': 'unarchiving',
		'workflow.action.transfer': 'transferring an item',
		'workflow.action.merge': 'merging items',
		'workflow.action.split': 'splitting an item',
		'workflow.action.manage-users': 'managing accounts',
		'workflow.action.manage-departments': 'managing departments',
		'workflow.action.manage-calendar': 'managing the holiday schedule',
		'workflow.action.manage-settings': 'managing settings and webhooks',
		'workflow.action.read-audit': 'reading the audit log',
		'workflow.action.read-scorecard': 'reading the reduction scorecard',
		'workflow.action.manage-laws': 'managing the law registry and changes of law',
		'workflow.refused.signIn': 'Sign in to do this.',
		'workflow.refused.role': 'Only these roles may do this ({action}): {roles}.',
		'workflow.refused.department': 'Only editors of department {department} may change this item.',
		'workflow.refused.readDepartment':
			'The item belongs to department {department}; editors read the drafts, versions and reviews of their own departments only.',
		'workflow.refused.createDepartment':
			'The item belongs to department {department}; only its editors may create it.',
		'workflow.refused.state': 'The item is “{status}”; {action} is not possible.',
		'workflow.refused.retired': 'The item is retired.',
		'workflow.refused.reviewClosed': 'The review is already {state}.',
		'workflow.refused.ownRevision':
			'You cannot review a revision you wrote: the approver must not be the author.',
		'workflow.refused.notApproved': 'This revision has not been approved; it cannot be published.',
		'workflow.refused.approverIsAuthor': 'The approver is the author; cannot publish.',
		'workflow.refused.neverPublished': 'The item was never published; it cannot be retired.',
		'workflow.refused.inReview':
			'The item is in review: withdraw the submission before changing it.',
		'workflow.refused.wasPublished':
			'The item was published; it cannot be deleted or archived. A reviewer retires it instead.',
		'workflow.refused.archived': 'The item is archived; unarchive it first.',
		'workflow.refused.notArchived': 'The item is not archived.'
	}
);

export type WorkflowKey = keyof (typeof workflowMessages)['zh-CN'];

export const roleRef = (role: Role): MessageRef<WorkflowKey> => ref(`workflow.role.${role}`);
export const statusRef = (status: DisplayStatus): MessageRef<WorkflowKey> =>
	ref(`workflow.status.${status}`);
export const reviewStateRef = (state: ReviewState): MessageRef<WorkflowKey> =>
	ref(`workflow.review.${state}`);

export function roleLabel(role: Role, locale: Locale): string {
	return renderRef(workflowMessages, locale, roleRef(role));
}

export function statusLabel(status: DisplayStatus, locale: Locale): string {
	return renderRef(workflowMessages, locale, statusRef(status));
}

export function reviewStateLabel(state: ReviewState, locale: Locale): string {
	return renderRef(workflowMessages, locale, reviewStateRef(state));
}
