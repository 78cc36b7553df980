import {
	addWorkdays,
	calendarFromData,
	defaultCalendar,
	workdaysBetween
} from '../../lib/domain/workdays';
import type { CalendarData } from '../../lib/domain/workdays';
import { msg } from '../../lib/domain/i18n';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { loadCalendar } from '../calendar-input';

const usage =
	'banshi workdays add DATE N [--calendar FILE]\nbanshi workdays between FROM TO [--calendar FILE]';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const workdays: Command = {
	name: 'workdays',
	usage,
	summary: { zh: '工作日计算', en: 'working-day arithmetic' },
	help: {
		zh: '按国务院节假日安排（含调休）计算：add 求 DATE 之后第 N 个工作日（当日不计）；between 求 FROM 之后至 TO（含）之间的工作日数。--calendar 指定管理员发布的日历覆盖文件。',
		en: 'Working days under the State Council holiday schedule (make-up days included): add gives the Nth working day after DATE (DATE not counted); between counts working days in (FROM, TO]. --calendar takes an administrator override file.'
	},
	async run(args, ctx) {
		const { values, positionals: pos } = parse(args, { calendar: { type: 'string' } }, usage);
		const [sub, a, b] = positionals(pos, 3, usage);
		const calendar = values.calendar
			? calendarFromData(
					(await loadCalendar(values.calendar, ctx)) as CalendarData,
					defaultCalendar()
				)
			: defaultCalendar();
		const bad = (v: string) =>
			new CliError(
				`${msg(ctx.locale, '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD')}：${v}`,
				EXIT_USAGE
			);
		try {
			if (sub === 'add') {
				if (!DATE.test(a)) throw bad(a);
				if (!/^-?\d+$/.test(b))
					throw new CliError(
						`${msg(ctx.locale, 'N 应为整数', 'N must be an integer')}：${b}`,
						EXIT_USAGE
					);
				ctx.out(addWorkdays(calendar, a, Number(b)));
			} else if (sub === 'between') {
				if (!DATE.test(a)) throw bad(a);
				if (!DATE.test(b)) throw bad(b);
				ctx.out(String(workdaysBetween(calendar, a, b)));
			} else throw new CliError(usage, EXIT_USAGE);
		} catch (e) {
			if (e instanceof CliError) throw e;
			// A year without holiday data, or an impossible date: an input problem, said plainly.
			throw new CliError((e as Error).message, EXIT_INVALID);
		}
		return EXIT_OK;
	}
};
