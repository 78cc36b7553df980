// The audit log's words: what each recorded action means, and the columns of its export. Actions
// are the server's (`item.submit`, `review.return`, …); one without an entry is shown as recorded.
import { defineMessages, lookup, translator, type Locale } from '../i18n';

export const auditMessages = defineMessages(
	{
		'audit.action.item.create': '新建事项',
		'audit.action.item.save': '保存草稿',
		'audit.action.item.submit': '提交审核',
		'audit.action.item.publish': '发布',
		'audit.action.item.retire': '取消事项',
		'audit.action.review.approve': '审核通过',
		'audit.action.review.return': '审核退回',
		'audit.action.session.create': '登录',
		'audit.action.account.locked': '账号锁定',
		'audit.action.user.create': '新建账号',
		'audit.action.user.disable': '停用账号',
		'audit.action.user.enable': '启用账号',
		'audit.action.user.claim-admin': '接管管理员账号',
		'audit.action.department.create': '新建部门',
		'audit.action.department.update': '修改部门',
		'audit.action.calendar.update': '更新节假日安排',
		'audit.action.settings.update': '修改系统设置',
		'audit.action.webhook.create': '新增推送地址',
		'audit.action.webhook.delete': '删除推送地址',
		'audit.col.at': '时间',
		'audit.col.actor': '操作人',
		'audit.col.action': '操作',
		'audit.col.actionCode': '操作代码',
		'audit.col.subject': '对象',
		'audit.col.before': '修改前哈希',
		'audit.col.after': '修改后哈希',
		'audit.col.detail': '详情'
	},
	{
		'audit.action.item.create': 'Item created',
		'audit.action.item.save': 'Draft saved',
		'audit.action.item.submit': 'Submitted for review',
		'audit.action.item.publish': 'Published',
		'audit.action.item.retire': 'Item retired',
		'audit.action.review.approve': 'Review approved',
		'audit.action.review.return': 'Review returned',
		'audit.action.session.create': 'Signed in',
		'audit.action.account.locked': 'Account locked',
		'audit.action.user.create': 'Account created',
		'audit.action.user.disable': 'Account disabled',
		'audit.action.user.enable': 'Account enabled',
		'audit.action.user.claim-admin': 'Administrator account taken over',
		'audit.action.department.create': 'Department created',
		'audit.action.department.update': 'Department changed',
		'audit.action.calendar.update': 'Holiday schedule updated',
		'audit.action.settings.update': 'Settings changed',
		'audit.action.webhook.create': 'Webhook added',
		'audit.action.webhook.delete': 'Webhook removed',
		'audit.col.at': 'Time',
		'audit.col.actor': 'By',
		'audit.col.action': 'Action',
		'audit.col.actionCode': 'Action code',
		'audit.col.subject': 'Subject',
		'audit.col.before': 'Hash before',
		'audit.col.after': 'Hash after',
		'audit.col.detail': 'Detail'
	}
);

export type AuditKey = keyof (typeof auditMessages)['zh-CN'];

/** "提交审核" for `item.submit`; the code itself for an action without a name. */
export function actionLabel(action: string, locale: Locale): string {
	return lookup(auditMessages, locale, `audit.action.${action}`) ?? action;
}

export function auditTranslator(locale: Locale) {
	return translator(auditMessages, locale);
}
