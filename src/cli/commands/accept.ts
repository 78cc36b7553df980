import { compileItem } from '../../lib/domain/compile';
import { decide } from '../../lib/domain/acceptance';
import { calendarFromData, defaultCalendar, todayInChina } from '../../lib/domain/workdays';
import type { CalendarData } from '../../lib/domain/workdays';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import type { DecisionKind } from '../../lib/domain/acceptance';
import {
	CliError,
	EXIT_INVALID,
	EXIT_OK,
	EXIT_REFUSED,
	EXIT_TOLERATED,
	EXIT_USAGE
} from '../errors';
import { readJson } from '../io';
import { readItem } from '../item-input';
import { loadCalendar } from '../calendar-input';

/** One exit code per verdict (documented in the README and `banshi accept --help`). */
export const ACCEPT_EXIT_CODES: Record<DecisionKind, number> = {
	accept: EXIT_OK,
	'accept-with-tolerance': EXIT_TOLERATED,
	supplement: EXIT_INVALID,
	reject: EXIT_REFUSED
};

const usage =
	'banshi accept ITEM.json SUBMISSION.json [--date YYYY-MM-DD] [--calendar CALENDAR.json]';

export const accept: Command = {
	name: 'accept',
	usage,
	summary: 'cli.accept.summary',
	help: 'cli.accept.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{ date: { type: 'string' }, calendar: { type: 'string' } },
			usage
		);
		const [itemFile, submissionFile] = positionals(pos, 2, usage);
		const date = values.date ?? todayInChina();
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
			throw new CliError(`--date YYYY-MM-DD\n${usage}`, EXIT_USAGE);
		const bundle = compileItem(await readItem(itemFile, ctx));
		const submission = await readJson(submissionFile, ctx);
		const calendar = values.calendar
			? calendarFromData(
					(await loadCalendar(values.calendar, ctx)) as CalendarData,
					defaultCalendar()
				)
			: defaultCalendar();
		const decision = decide(bundle, submission, date, { calendar, locale: ctx.locale });
		ctx.out(JSON.stringify(decision, null, 2));
		return ACCEPT_EXIT_CODES[decision.decision];
	}
};
