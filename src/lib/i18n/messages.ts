// UI strings of the application shell (header, navigation, home page, sign-in). Simplified Chinese is the
// default; the English table has the same keys.
import { defineMessages } from '$lib/domain/i18n';

export const shellMessages = defineMessages(
	{
		'app.name': '办事 Banshi Studio',
		'app.tagline': '政务服务事项办事指南与申请表单设计器',
		'nav.skip': '跳到主要内容',
		'nav.main': '主导航',
		'nav.designer': '设计器',
		'nav.review': '审核',
		'nav.portal': '门户',
		'portal.brand': '政务服务 · 办事指南',
		'nav.admin': '管理',
		'nav.audit': '审计日志',
		'nav.scorecard': '改革成效',
		'nav.notifications': '通知',
		'nav.unread': '{n} 条未读',
		'nav.calendar': '节假日安排',
		'calendar.banner':
			'{year} 年的节假日安排尚未载入：期限涉及该年的受理决定为临时结果（按周末计算）。',
		'calendar.bannerAdmin': '载入 {year} 年安排',
		'calendar.bannerOthers': '请联系管理员载入国务院办公厅通知。',
		'nav.login': '登录',
		'nav.logout': '退出',
		'nav.language': '语言',
		'lang.zh': '中文',
		'lang.en': 'English',
		'home.editors': '部门编辑：编写办事指南、申请材料、容缺规则与申请表单，实时预览。',
		'home.reviewers': '审核人：比对变更、查看编制规范检查结果，批准或退回。',
		'home.portal': '门户：浏览已发布事项的办事指南并在线填写申请。',
		'home.templates': '事项模板',
		'user.signedInAs': '当前用户：{name}（{role}）',
		'signin.title': '登录',
		'signin.username': '用户名',
		'signin.password': '密码',
		'signin.submit': '登录',
		'signin.failed': '登录失败：{reason}'
	},
	{
		'app.name': 'Banshi Studio',
		'app.tagline': 'Designer for government service guides and application forms',
		'nav.skip': 'Skip to main content',
		'nav.main': 'Main navigation',
		'nav.designer': 'Designer',
		'nav.review': 'Review',
		'nav.portal': 'Portal',
		'portal.brand': 'Government services · Guides',
		'nav.admin': 'Admin',
		'nav.audit': 'Audit log',
		'nav.scorecard': 'Scorecard',
		'nav.notifications': 'Notifications',
		'nav.unread': '{n} unread',
		'nav.calendar': 'Holiday schedule',
		'calendar.banner':
			'The holiday schedule for {year} is not loaded: decisions with deadlines in that year are provisional (weekends only).',
		'calendar.bannerAdmin': 'Load the {year} schedule',
		'calendar.bannerOthers': 'Ask an administrator to load the State Council notice.',
		'nav.login': 'Sign in',
		'nav.logout': 'Sign out',
		'nav.language': 'Language',
		'lang.zh': '中文',
		'lang.en': 'English',
		'home.editors':
			'Department editors: author guides, materials, tolerance rules and forms with a live preview.',
		'home.reviewers':
			'Reviewers: diff changes, read the standardization findings, approve or return.',
		'home.portal': 'Portal: read the guides of published items and apply online.',
		'home.templates': 'Item templates',
		'user.signedInAs': 'Signed in as {name} ({role})',
		'signin.title': 'Sign in',
		'signin.username': 'User name',
		'signin.password': 'Password',
		'signin.submit': 'Sign in',
		'signin.failed': 'Sign-in failed: {reason}'
	}
);
