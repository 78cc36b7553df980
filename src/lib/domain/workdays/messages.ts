// Messages of the working-day calendar: unpublished years and bad calendar data (invalid dates are
// in date.messages.ts).
import { defineMessages } from '../i18n';

export const workdaysMessages = defineMessages(
	{
		'workdays.gap': '{year} 年的节假日安排尚未发布，无法计算工作日',
		'workdays.data.invalid': '节假日数据有误：{problems}',
		'workdays.provisional':
			'{years} 年的节假日安排尚未载入，期限暂按周末计算（临时结果），载入该年安排后重新计算',
		'workdays.holidayAcceptance':
			'受理日 {date} 不是工作日（法定节假日或休息日）：在线申请照常受理，期限自下一个工作日 {next} 起算',

		'workdays.data.notObject': '节假日数据应为 JSON 对象',
		'workdays.data.emptyString': '{key} 应为非空字符串',
		'workdays.data.years': '缺少 years（按年份的节假日安排）',
		'workdays.years.notObject': '应为以年份为键的对象',
		'workdays.year.digits': '年份 {year} 应为 4 位数字',
		'workdays.year.notObject': '应为包含 holidays 和 workdays 的对象',
		'workdays.list.missing': '缺少 {key} 日期列表',
		'workdays.list.otherYear': '{date} 不在 {year} 年内',
		'workdays.list.twice': '{date} 重复列出',
		'workdays.list.both': '{date} 不能既是放假日又是调休上班日',
		'workdays.list.notWeekend': '调休上班日 {date} 不是周末，请核对日期',
		'workdays.regions.notObject': '应为以行政区划代码前缀为键的对象',
		'workdays.region.key': '地区键 {prefix} 应为 2 到 6 位行政区划代码前缀',
		'workdays.region.notObject': '应为包含 years 的对象'
	},
	{
		'workdays.gap':
			'The holiday schedule for {year} has not been published yet; working days cannot be computed',
		'workdays.data.invalid': 'Invalid calendar data: {problems}',
		'workdays.provisional':
			'The holiday schedule for {years} is not loaded yet: deadlines are counted on weekends only (provisional) and will be recomputed once it is loaded',
		'workdays.holidayAcceptance':
			'The acceptance date {date} is not a working day (a public holiday or weekend): the online application is accepted and the count starts on the next working day, {next}',

		'workdays.data.notObject': 'calendar data must be a JSON object',
		'workdays.data.emptyString': '{key} must be a non-empty string',
		'workdays.data.years': 'years (the schedule by year) is missing',
		'workdays.years.notObject': 'must be an object keyed by year',
		'workdays.year.digits': 'year {year} must be 4 digits',
		'workdays.year.notObject': 'must be an object with holidays and workdays',
		'workdays.list.missing': '{key} must be a list of dates',
		'workdays.list.otherYear': '{date} is not in {year}',
		'workdays.list.twice': '{date} is listed twice',
		'workdays.list.both': '{date} cannot be both a holiday and a make-up workday',
		'workdays.list.notWeekend': 'make-up workday {date} is not a weekend day; check the date',
		'workdays.regions.notObject': 'must be an object keyed by region code prefix',
		'workdays.region.key': 'region key {prefix} must be a 2- to 6-digit region code prefix',
		'workdays.region.notObject': 'must be an object with years'
	}
);
