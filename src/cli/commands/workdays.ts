import { CalendarGapError, addWorkdays, workdaysBetween } from '../../lib/domain/workdays';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { calendarGap, loadCalendar } from '../calendar-input';

const usage =
	'banshi workdays add DATE N [--calendar NOTICE.txt|CALENDAR.json]\nbanshi workdays between FROM TO [--calendar NOTICE.txt|CALENDAR.json]';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const workdays: Command = {
	name: 'workdays',
	usage,
	summary: 'cli.workdays.summary',
	help: 'cli.workdays.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(args, { calendar: { type: 'string' } }, usage);
		const [sub, a, b] = positionals(pos, 3, usage);
		const calendar = await loadCalendar(values.calendar, ctx);
		const bad = (v: string) =>
			new CliError(ctx.t('cli.workdays.badDate', { value: v }), EXIT_USAGE);
		try {
			if (sub === 'add') {
				if (!DATE.test(a)) throw bad(a);
				if (!/^-?\d+$/.test(b))
					throw new CliError(ctx.t('cli.workdays.badCount', { value: b }), EXIT_USAGE);
				ctx.out(addWorkdays(calendar, a, Number(b)));
			} else if (sub === 'between') {
				if (!DATE.test(a)) throw bad(a);
				if (!DATE.test(b)) throw bad(b);
				ctx.out(String(workdaysBetween(calendar, a, b)));
			} else throw new CliError(usage, EXIT_USAGE);
		} catch (e) {
			if (e instanceof CliError) throw e;
			if (e instanceof CalendarGapError) throw calendarGap(e, ctx);
			// A year without holiday data, or an impossible date: an input problem, said plainly.
			throw new CliError((e as Error).message, EXIT_INVALID);
		}
		return EXIT_OK;
	}
};
