// Messages of the holiday-notice parser: festival names and what was expected where.
import { defineMessages } from '../i18n';

export const noticeMessages = defineMessages(
	{
		'notice.festival.newYear': '元旦',
		'notice.festival.springFestival': '春节',
		'notice.festival.qingming': '清明节',
		'notice.festival.labourDay': '劳动节',
		'notice.festival.dragonBoat': '端午节',
		'notice.festival.midAutumn': '中秋节',
		'notice.festival.nationalDay': '国庆节',

		'notice.at': '第 {line} 行：{message}',
		'notice.empty': '没有内容：请粘贴《国务院办公厅关于 YYYY 年部分节假日安排的通知》全文',
		'notice.year.missing':
			'找不到年份：应有标题“国务院办公厅关于 YYYY 年部分节假日安排的通知”或“现将 YYYY 年……通知如下”',
		'notice.year.mismatch': '通知是 {found} 年的，而要添加的是 {expected} 年',
		'notice.sections.none': '找不到放假安排：应有“一、元旦：1月1日放假……”这样的条目',
		'notice.section.unknown':
			'“{name}”不是通知所列的节日（应为元旦、春节、清明节、劳动节、端午节、中秋节或国庆节）',
		'notice.section.twice': '{festival}重复出现（第一次在第 {first} 行）',
		'notice.section.missing': '缺少{festival}的安排（应有“X、{festival}：……放假”一条）',
		'notice.holiday.missing': '{festival}：应写明放假日期，如“X月X日至X日放假调休，共N天”',
		'notice.holiday.twice': '{festival}：放假日期写了两次',
		'notice.date.invalid': '“{text}”不是有效日期',
		'notice.date.noMonth': '“{text}”缺少月份',
		'notice.range.reversed': '“{text}”：结束日期早于开始日期',
		'notice.range.tooLong': '“{text}”：放假超过 15 天，请核对',
		'notice.count.mismatch': '{festival}：{from}至{to}共 {actual} 天，通知写的是“共{stated}天”',
		'notice.weekday.mismatch': '{date} 是{actual}，通知写的是“{stated}”',
		'notice.workday.notWeekend': '{date}（{weekday}）本来就是工作日，调休上班日应为周六或周日',
		'notice.workday.isHoliday': '{date} 既是放假日又是上班日',
		'notice.dates.unused': '{festival}：“{text}”中的日期既不是放假也不是上班，应写“放假”或“上班”',
		'notice.date.overlap': '{date} 同时出现在{festival}和{other}的放假日期中',
		'notice.date.farYear': '{date} 不在 {year} 年及其前后相邻的日期内',
		'notice.weekday.0': '周日',
		'notice.weekday.1': '周一',
		'notice.weekday.2': '周二',
		'notice.weekday.3': '周三',
		'notice.weekday.4': '周四',
		'notice.weekday.5': '周五',
		'notice.weekday.6': '周六'
	},
	{
		'notice.festival.newYear': "New Year's Day",
		'notice.festival.springFestival': 'Spring Festival',
		'notice.festival.qingming': 'Qingming Festival',
		'notice.festival.labourDay': 'Labour Day',
		'notice.festival.dragonBoat': 'Dragon Boat Festival',
		'notice.festival.midAutumn': 'Mid-Autumn Festival',
		'notice.festival.nationalDay': 'National Day',

		'notice.at': 'line {line}: {message}',
		'notice.empty':
			'nothing to read: paste the whole State Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知)',
		'notice.year.missing':
			'no year found: expected the title "国务院办公厅关于 YYYY 年部分节假日安排的通知" or "现将 YYYY 年……通知如下"',
		'notice.year.mismatch': 'the notice is for {found}, but {expected} is being added',
		'notice.sections.none':
			'no holiday arrangements found: expected entries like "一、元旦：1月1日放假……"',
		'notice.section.unknown':
			'"{name}" is not a festival of the notice (expected 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节 or 国庆节)',
		'notice.section.twice': '{festival} appears twice (first on line {first})',
		'notice.section.missing': '{festival} is missing (expected an entry "X、{festival}：……放假")',
		'notice.holiday.missing':
			'{festival}: expected the days off, e.g. "X月X日至X日放假调休，共N天"',
		'notice.holiday.twice': '{festival}: the days off are given twice',
		'notice.date.invalid': '"{text}" is not a valid date',
		'notice.date.noMonth': '"{text}" has no month',
		'notice.range.reversed': '"{text}": the end is before the start',
		'notice.range.tooLong': '"{text}": more than 15 days off; check the dates',
		'notice.count.mismatch':
			'{festival}: {from} to {to} is {actual} days, the notice says "共{stated}天"',
		'notice.weekday.mismatch': '{date} is a {actual}, the notice says "{stated}"',
		'notice.workday.notWeekend':
			'{date} ({weekday}) is a working day anyway; make-up workdays fall on a Saturday or Sunday',
		'notice.workday.isHoliday': '{date} is both a day off and a working day',
		'notice.dates.unused':
			'{festival}: the dates in "{text}" are neither days off nor working days; expected "放假" or "上班"',
		'notice.date.overlap': '{date} is a day off of both {festival} and {other}',
		'notice.date.farYear': '{date} is not in {year} or next to it',
		'notice.weekday.0': 'Sunday',
		'notice.weekday.1': 'Monday',
		'notice.weekday.2': 'Tuesday',
		'notice.weekday.3': 'Wednesday',
		'notice.weekday.4': 'Thursday',
		'notice.weekday.5': 'Friday',
		'notice.weekday.6': 'Saturday'
	}
);
