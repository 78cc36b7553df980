import { validateCalendarData } from '../lib/domain/workdays';
import { CliError, EXIT_INVALID } from './errors';
import { readJson } from './io';
import type { Context } from './context';
import { formatProblems } from './item-input';

/** An administrator's calendar override file, validated before use. */
export async function loadCalendar(path: string, ctx: Context): Promise<unknown> {
	const data = await readJson(path, ctx);
	const problems = validateCalendarData(data, ctx.locale);
	if (problems.length)
		throw new CliError(
			`${ctx.t('cli.calendar.invalid')}\n${formatProblems(path, problems)}`,
			EXIT_INVALID
		);
	return data;
}
