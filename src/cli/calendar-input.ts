// `--calendar FILE`: either an administrator's calendar file (JSON, validated) or the text of the
// State Council notice (国务院办公厅关于 YYYY 年部分节假日安排的通知), read into that year. Either way
// the built-in schedule still answers the other years.
import {
	CalendarGapError,
	calendarFromData,
	calendarWithYears,
	defaultCalendar,
	loadedYearOf,
	parseHolidayNotice,
	validateCalendarData,
	type Calendar,
	type CalendarData
} from '../lib/domain/workdays';
import { CliError, EXIT_INVALID } from './errors';
import { readJson, readText } from './io';
import type { Context } from './context';
import { formatProblems } from './item-input';

/** The calendar for `--calendar FILE`, or the built-in one without it. */
export async function loadCalendar(path: string | undefined, ctx: Context): Promise<Calendar> {
	if (!path) return defaultCalendar();
	const text = await readText(path, ctx);
	// JSON starts with "{"; a notice never does
	if (text.trimStart().startsWith('{')) {
		const data = await readJson(path, ctx);
		const problems = validateCalendarData(data, ctx.locale);
		if (problems.length)
			throw new CliError(
				`${ctx.t('cli.calendar.invalid')}\n${formatProblems(path, problems)}`,
				EXIT_INVALID
			);
		return calendarFromData(data as CalendarData, defaultCalendar());
	}
	const result = parseHolidayNotice(text, { locale: ctx.locale });
	if (!result.ok) {
		const lines = result.problems.map((p) => `${path}:${p.line}:${p.column}: ${p.message}`);
		throw new CliError(`${ctx.t('cli.calendar.notice')}\n${lines.join('\n')}`, EXIT_INVALID);
	}
	return calendarWithYears(defaultCalendar(), [loadedYearOf(result.notice)]);
}

/** A year without a holiday schedule, said in the reader's language with what to do about it. */
export function calendarGap(e: CalendarGapError, ctx: Context): CliError {
	return new CliError(
		`${e.localized(ctx.locale)}\n${ctx.t('cli.calendar.gapHint', { year: e.year })}`,
		EXIT_INVALID
	);
}
