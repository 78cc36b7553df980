// The administrator's holiday-schedule screen.
import { defineMessages } from '$lib/domain/i18n';

export const calendarScreenMessages = defineMessages(
	{
		'adminCalendar.title': '节假日安排',
		'adminCalendar.intro':
			'受理决定按国务院办公厅每年发布的节假日安排计算工作日。内置数据来自 {builtIn}；新一年的安排发布后，粘贴通知全文即可载入，无需升级系统。',
		'adminCalendar.signIn': '请先登录管理员账号。',
		'adminCalendar.missing':
			'尚未载入 {year} 年的节假日安排：期限涉及该年的受理决定为临时结果（按周末计算），载入后重新计算。',
		'adminCalendar.strict': '本服务器为严格模式：期限涉及未载入年份时不作受理决定。',
		'adminCalendar.years': '已有的年份',
		'adminCalendar.year': '年份',
		'adminCalendar.source': '来源',
		'adminCalendar.days': '放假 / 调休上班',
		'adminCalendar.source.built-in': '内置（{builtIn}）',
		'adminCalendar.source.override': '管理员上传的日历文件',
		'adminCalendar.source.loaded': '由 {by} 于 {at} 从通知载入',
		'adminCalendar.daysCount': '放假 {holidays} 天，调休上班 {workdays} 天',
		'adminCalendar.add': '添加年份',
		'adminCalendar.notice': '国务院办公厅关于 YYYY 年部分节假日安排的通知（全文）',
		'adminCalendar.noticeHint':
			'从中国政府网复制通知全文粘贴到这里，包括标题和“一、元旦：……”到“七、国庆节：……”各条。',
		'adminCalendar.read': '识别通知',
		'adminCalendar.reading': '正在识别……',
		'adminCalendar.errors': '通知中有 {count} 处无法识别，请修改后重新识别：',
		'adminCalendar.failed': '操作失败：{message}',
		'adminCalendar.confirmTitle': '请核对 {year} 年的安排',
		'adminCalendar.confirmIntro':
			'以下是从通知中识别出的放假日期和调休上班日期。核对无误后保存；保存后所有受理决定立即使用。',
		'adminCalendar.replacesBuiltIn': '保存后将替换内置的 {year} 年数据。',
		'adminCalendar.replacesLoaded': '保存后将替换此前载入的 {year} 年安排。',
		'adminCalendar.festival': '节日',
		'adminCalendar.holidays': '放假',
		'adminCalendar.workdays': '调休上班',
		'adminCalendar.none': '无',
		'adminCalendar.range': '{from} 至 {to}（{count} 天）',
		'adminCalendar.line': '第 {line} 行',
		'adminCalendar.total': '共放假 {holidays} 天，调休上班 {workdays} 天',
		'adminCalendar.save': '确认保存',
		'adminCalendar.saving': '正在保存……',
		'adminCalendar.back': '返回修改',
		'adminCalendar.saved': '已保存 {year} 年的节假日安排，受理决定即日起按此计算。',
		'adminCalendar.festival.newYear': '元旦',
		'adminCalendar.festival.springFestival': '春节',
		'adminCalendar.festival.qingming': '清明节',
		'adminCalendar.festival.labourDay': '劳动节',
		'adminCalendar.festival.dragonBoat': '端午节',
		'adminCalendar.festival.midAutumn': '中秋节',
		'adminCalendar.festival.nationalDay': '国庆节'
	},
	{
		'adminCalendar.title': 'Holiday schedule',
		'adminCalendar.intro':
			'Acceptance decisions count working days by the holiday schedule the State Council General Office publishes each year. The built-in data comes from {builtIn}; when a new year is published, paste the notice to load it, no upgrade needed.',
		'adminCalendar.signIn': 'Sign in with an administrator account first.',
		'adminCalendar.missing':
			'The holiday schedule for {year} is not loaded: decisions with deadlines in that year are provisional (weekends only) and are recomputed once it is loaded.',
		'adminCalendar.strict':
			'This server is strict: no decision is made when a deadline reaches a year that is not loaded.',
		'adminCalendar.years': 'Years known',
		'adminCalendar.year': 'Year',
		'adminCalendar.source': 'Source',
		'adminCalendar.days': 'Days off / make-up workdays',
		'adminCalendar.source.built-in': 'built in ({builtIn})',
		'adminCalendar.source.override': 'the calendar file an administrator uploaded',
		'adminCalendar.source.loaded': 'loaded from the notice by {by} on {at}',
		'adminCalendar.daysCount': '{holidays} days off, {workdays} make-up workdays',
		'adminCalendar.add': 'Add a year',
		'adminCalendar.notice':
			'The State Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知), full text',
		'adminCalendar.noticeHint':
			'Copy the whole notice from the central government website and paste it here, title and entries “一、元旦：……” to “七、国庆节：……” included.',
		'adminCalendar.read': 'Read the notice',
		'adminCalendar.reading': 'Reading…',
		'adminCalendar.errors':
			'{count} places in the notice could not be read; correct them and read it again:',
		'adminCalendar.failed': 'That did not work: {message}',
		'adminCalendar.confirmTitle': 'Check the schedule for {year}',
		'adminCalendar.confirmIntro':
			'These are the days off and make-up workdays read from the notice. Save once they are right; every acceptance decision uses them from then on.',
		'adminCalendar.replacesBuiltIn': 'Saving replaces the built-in data for {year}.',
		'adminCalendar.replacesLoaded': 'Saving replaces the schedule for {year} loaded before.',
		'adminCalendar.festival': 'Festival',
		'adminCalendar.holidays': 'Days off',
		'adminCalendar.workdays': 'Make-up workdays',
		'adminCalendar.none': 'none',
		'adminCalendar.range': '{from} to {to} ({count} days)',
		'adminCalendar.line': 'line {line}',
		'adminCalendar.total': '{holidays} days off, {workdays} make-up workdays in all',
		'adminCalendar.save': 'Save',
		'adminCalendar.saving': 'Saving…',
		'adminCalendar.back': 'Back to the text',
		'adminCalendar.saved':
			'The holiday schedule for {year} is saved; acceptance decisions use it from now on.',
		'adminCalendar.festival.newYear': "New Year's Day",
		'adminCalendar.festival.springFestival': 'Spring Festival',
		'adminCalendar.festival.qingming': 'Qingming Festival',
		'adminCalendar.festival.labourDay': 'Labour Day',
		'adminCalendar.festival.dragonBoat': 'Dragon Boat Festival',
		'adminCalendar.festival.midAutumn': 'Mid-Autumn Festival',
		'adminCalendar.festival.nationalDay': 'National Day'
	}
);
