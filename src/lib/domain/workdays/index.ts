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
export { dayInChina, todayInChina } from './today';
export {
	FESTIVALS,
	parseHolidayNotice,
	type Festival,
	type NoticeFestival,
	type NoticeOptions,
	type NoticeProblem,
	type NoticeResult,
	type ParsedNotice
} from './notice';
export { calendarWithYears, loadedYearOf, validateLoadedYear, type LoadedYear } from './loaded';
export {
	countFromAcceptance,
	countNotes,
	missingSchedule,
	weekendFallback,
	type AcceptanceCount,
	type CountOptions,
	type WeekendFallback
} from './provisional';
export {
	InvalidDateError,
	LocalizedError,
	isDateString,
	addDays,
	addMonths,
	daysBetween,
	parseDate,
	weekday
} from './civil';
