export type { Calendar, CalendarData, CalendarYear } from './calendar';
export {
	CalendarDataError,
	CalendarGapError,
	calendarFromData,
	chineseDaysData,
	defaultCalendar
} from './calendar';
export { validateCalendarData } from './validate';
export {
	addWorkdays,
	dueDate,
	isWorkday,
	workdaysBetween,
	type DueDateOptions
} from './arithmetic';
export { todayInChina } from './today';
export {
	InvalidDateError,
	LocalizedError,
	addDays,
	addMonths,
	daysBetween,
	parseDate,
	weekday
} from './civil';
