// The working-day calendar in force on this server: the built-in schedule (chinese-days), the
// administrator's override file, and the years loaded from the State Council notice, newest last.
// Every decision the server makes or serves (the portal pages, the decide API, the designer's
// simulator, the review screens) reads it from here, so a year loaded once is used everywhere.
import {
	calendarFromData,
	calendarWithYears,
	defaultCalendar,
	loadedYearOf,
	missingSchedule,
	parseHolidayNotice,
	todayInChina,
	type Calendar,
	type CalendarData,
	type LoadedYear,
	type NoticeFestival
} from '../../domain/workdays';
import { translator } from '../../domain/i18n';
import { noticeMessages } from '../../domain/workdays/notice.messages';
import type { Actor } from '../auth/actor';
import { authorize, signedIn } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import {
	currentCalendarOverride,
	currentCalendarYears,
	insertCalendarYear,
	type CalendarYearRow
} from '../db/calendar';
import { AppError, invalid, m } from '../errors';
import type { ServiceContext } from './context';
import { documentHash } from './hash';

export interface NoticeInput {
	text: string;
	/** the year being added, when the administrator names it (the notice must agree) */
	year?: number;
}

export interface ParsedYear {
	year: number;
	holidays: string[];
	workdays: string[];
	entries: NoticeFestival[];
	/** the year was already known (built in or loaded): saving replaces it */
	replaces: 'built-in' | 'loaded' | null;
}

/** The override, or nothing when it does not validate: a broken file must not stop decisions. */
function overrideCalendar(data: Record<string, unknown> | undefined): Calendar {
	if (!data) return defaultCalendar();
	try {
		return calendarFromData(data as unknown as CalendarData, defaultCalendar());
	} catch {
		return defaultCalendar();
	}
}

export class CalendarService {
	constructor(private readonly c: ServiceContext) {}

	/** Whether a deadline in a year without a schedule is refused instead of made provisional. */
	get strict(): boolean {
		return this.c.strictCalendar === true;
	}

	/** The calendar every decision on this server uses. */
	async inForce(): Promise<Calendar> {
		const [override, years] = await Promise.all([
			currentCalendarOverride(this.c.db),
			currentCalendarYears(this.c.db)
		]);
		return calendarWithYears(overrideCalendar(override?.data), years.map(toLoaded));
	}

	/** What portals need to compute the same deadlines (GET /portal/calendar, the portal pages). */
	async published() {
		const [override, years] = await Promise.all([
			currentCalendarOverride(this.c.db),
			currentCalendarYears(this.c.db)
		]);
		const times = [override?.createdAt, ...years.map((y) => y.createdAt)].filter(
			(t): t is string => !!t
		);
		return {
			override: override?.data ?? null,
			years: years.map(toLoaded),
			strict: this.strict,
			updatedAt: times.length ? times.sort().pop()! : null
		};
	}

	/** The year staff should be warned about (a banner on their screens), if any. */
	async warning(actor: Actor | null): Promise<{ year: number } | null> {
		signedIn(actor);
		const year = missingSchedule(todayInChina(), (await this.inForce()).years);
		return year === undefined ? null : { year };
	}

	/** The administrator's view: which years are known and where each comes from. */
	async overview(actor: Actor | null) {
		authorize(actor, 'manage-calendar');
		const loaded = await currentCalendarYears(this.c.db);
		const calendar = await this.inForce();
		const builtIn = new Set(defaultCalendar().years);
		const byYear = new Map(loaded.map((y) => [y.year, y]));
		const years = calendar.years.map((year) => {
			const row = byYear.get(year);
			return row
				? {
						year,
						source: 'loaded' as const,
						holidays: row.holidays,
						workdays: row.workdays,
						loadedBy: row.createdBy,
						loadedAt: row.createdAt
					}
				: { year, source: builtIn.has(year) ? ('built-in' as const) : ('override' as const) };
		});
		return {
			builtIn: defaultCalendar().id,
			years,
			missing: missingSchedule(todayInChina(), calendar.years) ?? null,
			strict: this.strict
		};
	}

	/** Parse the pasted notice for confirmation; nothing is stored. */
	async preview(actor: Actor | null, input: NoticeInput): Promise<ParsedYear> {
		authorize(actor, 'manage-calendar');
		return this.parse(input);
	}

	/** Parse the notice again (what is stored is what the server read) and store the year. */
	async load(actor: Actor | null, input: NoticeInput) {
		const user = authorize(actor, 'manage-calendar');
		const parsed = await this.parse(input);
		const { db } = this.c;
		const before = (await currentCalendarYears(db)).find((y) => y.year === parsed.year);
		const id = await insertCalendarYear(
			db,
			{
				year: parsed.year,
				holidays: parsed.holidays,
				workdays: parsed.workdays,
				notice: input.text
			},
			user.id
		);
		await appendAudit(db, {
			actorId: user.id,
			actor: user.username,
			action: 'calendar.year.load',
			subject: `calendar:${parsed.year}`,
			beforeHash: before ? documentHash(toLoaded(before)) : null,
			afterHash: documentHash({
				year: parsed.year,
				holidays: parsed.holidays,
				workdays: parsed.workdays
			}),
			detail: {
				year: parsed.year,
				holidays: parsed.holidays.length,
				workdays: parsed.workdays.length,
				replaces: parsed.replaces
			}
		});
		const row = (await currentCalendarYears(db)).find((y) => y.id === id)!;
		return {
			year: row.year,
			holidays: row.holidays,
			workdays: row.workdays,
			loadedBy: row.createdBy,
			loadedAt: row.createdAt
		};
	}

	/** The strict setting's refusal, for a decision that reached a year without a schedule. */
	gap(year: number): AppError {
		return new AppError('conflict', {
			slug: 'calendar-gap',
			detail: m('server.calendar.gap', { year }),
			extensions: { year }
		});
	}

	private async parse(input: NoticeInput): Promise<ParsedYear> {
		const { locale } = this.c;
		const result = parseHolidayNotice(input.text, { year: input.year, locale });
		if (!result.ok) {
			const t = translator(noticeMessages, locale);
			throw invalid('invalid-notice', {
				detail: m('server.calendar.notice', { count: result.problems.length }),
				errors: result.problems.map((p) => ({
					pointer: '/text',
					line: p.line,
					column: p.column,
					code: p.code,
					message: t('notice.at', { line: p.line, message: p.message })
				}))
			});
		}
		const { notice } = result;
		const loaded = (await currentCalendarYears(this.c.db)).some((y) => y.year === notice.year);
		const replaces = loaded
			? 'loaded'
			: defaultCalendar().years.includes(notice.year)
				? 'built-in'
				: null;
		return { ...loadedYearOf(notice), entries: notice.entries, replaces };
	}
}

function toLoaded(row: CalendarYearRow): LoadedYear {
	return { year: row.year, holidays: row.holidays, workdays: row.workdays };
}
