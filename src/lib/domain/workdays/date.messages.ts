// Messages of an invalid calendar date: apart from the calendar's messages (messages.ts) because
// dates are read where no calendar is needed (ID numbers' birth dates, today's date in a form).
import { defineMessages } from '../i18n';

export const workdaysDateMessages = defineMessages(
	{
		'workdays.date.format': '日期无效：{value}（格式应为 YYYY-MM-DD）',
		'workdays.date.year': '日期无效：{value}（年份无效）',
		'workdays.date.month': '日期无效：{value}（月份 {month} 不存在）',
		'workdays.date.days': '日期无效：{value}（{year} 年 {month} 月只有 {days} 天）'
	},
	{
		'workdays.date.format': 'Invalid date: {value} (expected YYYY-MM-DD)',
		'workdays.date.year': 'Invalid date: {value} (invalid year)',
		'workdays.date.month': 'Invalid date: {value} (month {month} does not exist)',
		'workdays.date.days': 'Invalid date: {value} (month {month} of {year} has only {days} days)'
	}
);
