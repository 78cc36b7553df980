// Strings of the notifications page and its webhook settings.
import { defineMessages, translator, type Locale } from '$lib/domain/i18n';

export const notificationMessages = defineMessages(
	{
		'notif.title': '通知',
		'notif.intro': '需要你处理或与你有关的审核动态。',
		'notif.none': '没有通知。',
		'notif.unread': '{n} 条未读',
		'notif.allRead': '全部标为已读',
		'notif.new': '未读',
		'notif.kind.review-waiting': '{actor} 提交了《{name}》，等待审核',
		'notif.kind.review-returned': '《{name}》被 {actor} 退回，请查看审核意见',
		'notif.kind.review-approved': '《{name}》已由 {actor} 审核通过，可以发布',
		'notif.kind.published': '《{name}》已由 {actor} 发布',
		'notif.signin': '请先登录后再查看通知。',
		'hooks.heading': '推送到其他系统（Webhook）',
		'hooks.intro':
			'每条通知同时以 JSON 推送到下列地址（如政务 OA 系统），请求头 X-Banshi-Signature 为以密钥对“时间戳.正文”计算的 HMAC-SHA256 签名；失败时最多重试 5 次。',
		'hooks.url': '推送地址',
		'hooks.add': '添加推送地址',
		'hooks.none': '尚未配置推送地址。',
		'hooks.secret': '签名密钥（只显示这一次，请妥善保存）：',
		'hooks.remove': '删除',
		'hooks.removeLabel': '删除推送地址 {url}',
		'hooks.counts': '已送达 {delivered}，待重试 {pending}，失败 {failed}',
		'hooks.caption': '推送地址',
		'hooks.col.url': '地址',
		'hooks.col.deliveries': '推送情况',
		'hooks.col.actions': '操作',
		'hooks.failed': '操作失败：{reason}'
	},
	{
		'notif.title': 'Notifications',
		'notif.intro': 'Reviews waiting for you and what became of yours.',
		'notif.none': 'No notifications.',
		'notif.unread': '{n} unread',
		'notif.allRead': 'Mark all read',
		'notif.new': 'New',
		'notif.kind.review-waiting': '{actor} submitted “{name}” for review',
		'notif.kind.review-returned': '“{name}” was returned by {actor}; see the comments',
		'notif.kind.review-approved': '“{name}” was approved by {actor} and can be published',
		'notif.kind.published': '“{name}” was published by {actor}',
		'notif.signin': 'Sign in to see your notifications.',
		'hooks.heading': 'Delivery to other systems (webhooks)',
		'hooks.intro':
			'Each notification is also posted as JSON to these addresses (an OA system, say); the X-Banshi-Signature header is the HMAC-SHA256 of "timestamp.body" with the secret; failures are retried at most 5 times.',
		'hooks.url': 'Webhook address',
		'hooks.add': 'Add webhook',
		'hooks.none': 'No webhook configured.',
		'hooks.secret': 'Signing secret (shown only this once; keep it safe):',
		'hooks.remove': 'Remove',
		'hooks.removeLabel': 'Remove webhook {url}',
		'hooks.counts': '{delivered} delivered, {pending} to retry, {failed} failed',
		'hooks.caption': 'Webhooks',
		'hooks.col.url': 'Address',
		'hooks.col.deliveries': 'Deliveries',
		'hooks.col.actions': 'Actions',
		'hooks.failed': 'Failed: {reason}'
	}
);

export function notificationTranslator(locale: Locale) {
	return translator(notificationMessages, locale);
}
