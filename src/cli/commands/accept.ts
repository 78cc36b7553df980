import { compileItem } from '../../lib/domain/compile';
import { decide } from '../../lib/domain/acceptance';
import { CalendarGapError, todayInChina } from '../../lib/domain/workdays';
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
import { readJson, writeText } from '../io';
import { noticeHtml, noticeOf } from '../../lib/domain/notice';
import { printPdf } from '../pdf';
import { readItem } from '../item-input';
import { calendarGap, loadCalendar } from '../calendar-input';

/** One exit code per verdict (documented in the README and `banshi accept --help`). */
export const ACCEPT_EXIT_CODES: Record<DecisionKind, number> = {
	accept: EXIT_OK,
	'accept-with-tolerance': EXIT_TOLERATED,
	supplement: EXIT_INVALID,
	reject: EXIT_REFUSED
};

const usage =
	'banshi accept ITEM.json SUBMISSION.json [--date YYYY-MM-DD] [--calendar NOTICE.txt|CALENDAR.json] [--strict-calendar] [--print NOTICE.html] [--pdf NOTICE.pdf]';

export const accept: Command = {
	name: 'accept',
	usage,
	summary: 'cli.accept.summary',
	help: 'cli.accept.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{
				date: { type: 'string' },
				calendar: { type: 'string' },
				'strict-calendar': { type: 'boolean' },
				print: { type: 'string' },
				pdf: { type: 'string' }
			},
			usage
		);
		const [itemFile, submissionFile] = positionals(pos, 2, usage);
		const date = values.date ?? todayInChina();
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
			throw new CliError(`--date YYYY-MM-DD\n${usage}`, EXIT_USAGE);
		const bundle = compileItem(await readItem(itemFile, ctx));
		const submission = await readJson(submissionFile, ctx);
		const calendar = await loadCalendar(values.calendar, ctx);
		let decision;
		try {
			decision = decide(bundle, submission, date, {
				calendar,
				locale: ctx.locale,
				strictCalendar: values['strict-calendar'] === true
			});
		} catch (e) {
			if (e instanceof CalendarGapError) throw calendarGap(e, ctx);
			throw e;
		}
		ctx.out(JSON.stringify(decision, null, 2));
		if (values.print !== undefined || values.pdf !== undefined) {
			const form = (submission as { form?: unknown } | null)?.form;
			const html = noticeHtml(noticeOf(bundle, decision, { date, form, locale: ctx.locale }));
			if (values.print !== undefined) {
				await writeText(values.print, html, ctx);
				ctx.err(ctx.t('cli.accept.printed', { file: values.print }));
			}
			if (values.pdf !== undefined) {
				await printPdf(html, values.pdf, ctx);
				ctx.err(ctx.t('cli.accept.printed', { file: values.pdf }));
			}
		}
		if (decision.provisional) {
			const years = (decision.provisionalYears ?? []).join(ctx.locale === 'en' ? ', ' : '、');
			ctx.err(ctx.t('cli.calendar.provisional', { years }));
		}
		return ACCEPT_EXIT_CODES[decision.decision];
	}
};
