// Strings of the audit view and the per-item trail; action names and export columns are the
// domain's (src/lib/domain/audit).
import { defineMessages, translator, type Locale } from '$lib/domain/i18n';

export const auditViewMessages = defineMessages(
	{
		'audit.title': '审计日志',
		'audit.intro':
			'所有状态变化与管理操作的不可更改记录。可按操作人、操作、时间和事项筛选，并导出为 CSV。时间为{zone}。',
		'audit.filters': '筛选审计日志',
		'audit.actor': '操作人',
		'audit.action': '操作',
		'audit.item': '事项编码',
		'audit.from': '起始日期',
		'audit.to': '截止日期',
		'audit.all': '全部',
		'audit.apply': '筛选',
		'audit.reset': '清除筛选',
		'audit.export': '导出 CSV',
		'audit.count': '共 {total} 条记录，显示第 {from}–{to} 条',
		'audit.none': '没有符合条件的记录。',
		'audit.caption': '审计记录（最新的在前）',
		'audit.hash': '{before} → {after}',
		'audit.noHash': '—',
		'audit.newer': '较新的记录',
		'audit.older': '较早的记录',
		'audit.pages': '翻页',
		'audit.signin': '请以管理员、审核人或效能监察人员身份登录后查看审计日志。',
		'audit.forbidden': '只有管理员、审核人和效能监察人员可以查看审计日志。',
		'trail.heading': '操作记录',
		'trail.show': '查看该事项的操作记录',
		'trail.loading': '正在加载操作记录…',
		'trail.failed': '操作记录加载失败：{reason}',
		'trail.empty': '该事项还没有操作记录。',
		'trail.caption': '该事项的操作记录（最新的在前）',
		'zone.name': '北京时间'
	},
	{
		'audit.title': 'Audit log',
		'audit.intro':
			'The unchangeable record of every state change and administrative action. Filter by who, what, when and item, and export as CSV. Times are {zone}.',
		'audit.filters': 'Filter the audit log',
		'audit.actor': 'By',
		'audit.action': 'Action',
		'audit.item': 'Item code',
		'audit.from': 'From',
		'audit.to': 'To',
		'audit.all': 'All',
		'audit.apply': 'Filter',
		'audit.reset': 'Clear filters',
		'audit.export': 'Export CSV',
		'audit.count': '{total} entries, showing {from}–{to}',
		'audit.none': 'No entry matches.',
		'audit.caption': 'Audit entries (newest first)',
		'audit.hash': '{before} → {after}',
		'audit.noHash': '—',
		'audit.newer': 'Newer entries',
		'audit.older': 'Older entries',
		'audit.pages': 'Pages',
		'audit.signin':
			'Sign in as an administrator, reviewer or performance inspector to read the audit log.',
		'audit.forbidden':
			'Only administrators, reviewers and performance inspectors read the audit log.',
		'trail.heading': 'History',
		'trail.show': "Show this item's history",
		'trail.loading': 'Loading the history…',
		'trail.failed': 'The history could not be loaded: {reason}',
		'trail.empty': 'Nothing recorded for this item yet.',
		'trail.caption': "This item's history (newest first)",
		'zone.name': 'Beijing time'
	}
);

export function auditViewTranslator(locale: Locale) {
	return translator(auditViewMessages, locale);
}
