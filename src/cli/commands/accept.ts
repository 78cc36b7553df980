import { compileItem } from '../../lib/domain/compile';
import { decide } from '../../lib/domain/acceptance';
import { calendarFromData, defaultCalendar, todayInChina } from '../../lib/domain/workdays';
import type { CalendarData } from '../../lib/domain/workdays';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { readJson } from '../io';
import { readItem } from '../item-input';
import { loadCalendar } from '../calendar-input';

const usage =
	'banshi accept ITEM.json SUBMISSION.json [--date YYYY-MM-DD] [--calendar CALENDAR.json]';

export const accept: Command = {
	name: 'accept',
	usage,
	summary: { zh: '受理判定', en: 'decide acceptance' },
	help: {
		zh: '按事项编译出的受理判定模式判定一份申请：受理 / 容缺受理 / 不予受理，以 JSON 输出（含缺少的材料、补正期限、所用日历）。不予受理时退出码为 1。',
		en: 'Decide a submission with the compiled acceptance schemas: accept / accept-with-tolerance / reject, printed as JSON (missing materials, supplement deadline, calendar used). Exit code 1 on reject.'
	},
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
		return decision.decision === 'reject' ? EXIT_INVALID : EXIT_OK;
	}
};
