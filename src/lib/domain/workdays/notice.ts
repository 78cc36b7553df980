// Reading the State Council's yearly notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) into days off
// and make-up working days, so an administrator can load next year's schedule the day it is
// published by pasting its text. The notice has kept one shape for years: a numbered entry per
// festival, "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。", with the
// count of days and the weekday of each date stated, which lets the parser check itself: a range
// whose length or a date whose weekday disagrees with the text is refused with its line.
import { addDays, formatDate, isRealDate, weekday } from './civil';
import { translator, type Locale } from '../i18n';
import { noticeMessages as messages } from './notice.messages';

export const FESTIVALS = [
	'newYear',
	'springFestival',
	'qingming',
	'labourDay',
	'dragonBoat',
	'midAutumn',
	'nationalDay'
] as const;
export type Festival = (typeof FESTIVALS)[number];

const NAMES: Record<string, Festival> = {
	元旦: 'newYear',
	春节: 'springFestival',
	清明节: 'qingming',
	清明: 'qingming',
	劳动节: 'labourDay',
	端午节: 'dragonBoat',
	端午: 'dragonBoat',
	中秋节: 'midAutumn',
	中秋: 'midAutumn',
	国庆节: 'nationalDay',
	国庆: 'nationalDay'
};

export interface NoticeFestival {
	festivals: Festival[];
	/** 1-based line of the entry */
	line: number;
	holidays: string[];
	workdays: string[];
}

export interface ParsedNotice {
	year: number;
	/** every day off, sorted; New Year's Day may reach into December of the year before */
	holidays: string[];
	/** make-up working days (调休上班), sorted */
	workdays: string[];
	entries: NoticeFestival[];
}

/** What is wrong where: 1-based line and column of the pasted text. */
export interface NoticeProblem {
	line: number;
	column: number;
	code: string;
	message: string;
}

export type NoticeResult =
	{ ok: true; notice: ParsedNotice } | { ok: false; problems: NoticeProblem[] };

export interface NoticeOptions {
	/** the year being added: the notice must be for it (and names it when the title is missing) */
	year?: number;
	locale?: Locale;
}

type Key = keyof (typeof messages)['zh-CN'];
type Params = Record<string, string | number>;

// Full-width digits and punctuation as ASCII, one character for one, so columns stay true.
function normalize(line: string): string {
	return line.replace(/[０-９（）：，；]/g, (c) => {
		const code = c.charCodeAt(0);
		if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
		return { '（': '(', '）': ')', '：': ':', '，': ',', '；': ';' }[c] ?? c;
	});
}

const SECTION =
	/([一二三四五六七八九十]{1,2})、\s*([^:,.。、\s\d()]{1,6}(?:、[^:,.。、\s\d()]{1,6})*)\s*:/g;
const DATE_TOKEN = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*\(([^)]*)\))?/g;
const WEEKDAY = /(?:周|星期|礼拜)([一二三四五六日天])/;
const WEEKDAY_NUMBER: Record<string, number> = {
	日: 0,
	天: 0,
	一: 1,
	二: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6
};
const YEAR_PATTERNS = [/关于\s*(\d{4})\s*年\s*部分节假日/, /现将\s*(\d{4})\s*年/];
const MAX_DAYS_OFF = 15;

interface Token {
	text: string;
	column: number;
	year?: number;
	month?: number;
	day: number;
	annotation?: string;
}

interface Section {
	festivals: Festival[];
	line: number;
	/** the entry's text with the column each piece starts at */
	pieces: { line: number; column: number; text: string }[];
}

/** Parse a pasted notice. Never throws: problems say what was expected on which line. */
export function parseHolidayNotice(text: string, opts: NoticeOptions = {}): NoticeResult {
	const t = translator(messages, opts.locale);
	const problems: NoticeProblem[] = [];
	const problem = (line: number, column: number, code: Key, params: Params = {}) => {
		problems.push({
			line,
			column,
			code: code.replace(/^notice\./, ''),
			message: (t as (k: string, p: Params) => string)(code, params)
		});
	};
	const festivalName = (f: Festival) => t(`notice.festival.${f}`);
	const lines = String(text ?? '')
		.split(/\r\n|\r|\n/)
		.map(normalize);
	if (!lines.some((l) => l.trim())) {
		problem(1, 1, 'notice.empty');
		return { ok: false, problems };
	}

	// the year: the title or the opening sentence names it
	let year = opts.year;
	let yearFound: { year: number; line: number; column: number } | undefined;
	lines.forEach((l, i) => {
		if (yearFound) return;
		for (const re of YEAR_PATTERNS) {
			const m = re.exec(l);
			if (m) {
				yearFound = { year: Number(m[1]), line: i + 1, column: m.index + 1 };
				return;
			}
		}
	});
	if (yearFound) {
		if (year !== undefined && yearFound.year !== year) {
			problem(yearFound.line, yearFound.column, 'notice.year.mismatch', {
				found: yearFound.year,
				expected: year
			});
			return { ok: false, problems };
		}
		year = yearFound.year;
	}
	if (year === undefined) {
		problem(1, 1, 'notice.year.missing');
		return { ok: false, problems };
	}

	const sections = findSections(lines, problem);
	if (!sections.length && !problems.length) {
		problem(firstContentLine(lines), 1, 'notice.sections.none');
	}

	const entries: NoticeFestival[] = [];
	const seen = new Map<Festival, number>();
	const offBy = new Map<string, Festival[]>();
	const workBy = new Map<string, number>();
	for (const section of sections) {
		for (const f of section.festivals) {
			const first = seen.get(f);
			if (first !== undefined) {
				problem(section.line, 1, 'notice.section.twice', {
					festival: festivalName(f),
					first
				});
			} else seen.set(f, section.line);
		}
		const label = section.festivals.map(festivalName).join(opts.locale === 'en' ? ' / ' : '、');
		const entry = readSection(section, year, label, problem, t);
		entries.push(entry);
		for (const d of entry.holidays) {
			const other = offBy.get(d);
			if (other) {
				problem(section.line, 1, 'notice.date.overlap', {
					date: d,
					festival: label,
					other: other.map(festivalName).join('、')
				});
			} else offBy.set(d, section.festivals);
		}
		for (const d of entry.workdays) workBy.set(d, section.line);
	}
	for (const [d, line] of workBy) {
		if (offBy.has(d)) problem(line, 1, 'notice.workday.isHoliday', { date: d });
	}
	if (sections.length) {
		const last = sections[sections.length - 1].line;
		for (const f of FESTIVALS) {
			if (!seen.has(f)) problem(last, 1, 'notice.section.missing', { festival: festivalName(f) });
		}
	}
	if (problems.length) {
		problems.sort((a, b) => a.line - b.line || a.column - b.column);
		return { ok: false, problems };
	}
	return {
		ok: true,
		notice: {
			year,
			holidays: [...offBy.keys()].sort(),
			workdays: [...workBy.keys()].sort(),
			entries
		}
	};
}

function firstContentLine(lines: string[]): number {
	return lines.findIndex((l) => l.trim()) + 1;
}

type Report = (line: number, column: number, code: Key, params?: Params) => void;

/** The numbered festival entries, each with the lines that continue it. */
function findSections(lines: string[], problem: Report): Section[] {
	const out: Section[] = [];
	lines.forEach((raw, i) => {
		const line = i + 1;
		const matches = [...raw.matchAll(SECTION)];
		if (!matches.length) {
			// a date line that continues the previous entry (a copy that broke the paragraph)
			const current = out[out.length - 1];
			if (current && /放假|上班/.test(raw) && new RegExp(DATE_TOKEN.source).test(raw)) {
				current.pieces.push({ line, column: 1, text: raw });
			}
			return;
		}
		matches.forEach((m, k) => {
			const names = m[2].split('、');
			const festivals: Festival[] = [];
			for (const name of names) {
				const f = NAMES[name.trim()];
				if (f) festivals.push(f);
				else problem(line, (m.index ?? 0) + 1, 'notice.section.unknown', { name });
			}
			const start = (m.index ?? 0) + m[0].length;
			const end = k + 1 < matches.length ? (matches[k + 1].index ?? raw.length) : raw.length;
			if (festivals.length) {
				out.push({
					festivals,
					line,
					pieces: [{ line, column: start + 1, text: raw.slice(start, end) }]
				});
			}
		});
	});
	return out;
}

function tokens(text: string): Token[] {
	return [...text.matchAll(new RegExp(DATE_TOKEN.source, 'g'))].map((m) => ({
		text: m[0],
		column: m.index ?? 0,
		year: m[1] ? Number(m[1]) : undefined,
		month: m[2] ? Number(m[2]) : undefined,
		day: Number(m[3]),
		annotation: m[4]
	}));
}

function readSection(
	section: Section,
	year: number,
	label: string,
	problem: Report,
	t: ReturnType<typeof translator<(typeof messages)['zh-CN']>>
): NoticeFestival {
	const entry: NoticeFestival = {
		festivals: section.festivals,
		line: section.line,
		holidays: [],
		workdays: []
	};
	const isNewYear = section.festivals.includes('newYear');
	let holidaysGiven = false;
	const weekdayName = (n: number) => t(`notice.weekday.${n}` as 'notice.weekday.0');

	/** A token as a date; December in the New Year entry is the year before (12月31日 → Y-1). */
	const toDate = (tok: Token, month: number | undefined, at: { line: number; column: number }) => {
		const m = tok.month ?? month;
		if (m === undefined) {
			problem(at.line, at.column, 'notice.date.noMonth', { text: tok.text });
			return undefined;
		}
		const y = tok.year ?? (isNewYear && m === 12 ? year - 1 : year);
		if (!isRealDate(y, m, tok.day)) {
			problem(at.line, at.column, 'notice.date.invalid', { text: tok.text.trim() });
			return undefined;
		}
		const date = formatDate({ year: y, month: m, day: tok.day });
		if (Math.abs(y - year) > 1) {
			problem(at.line, at.column, 'notice.date.farYear', { date, year });
			return undefined;
		}
		const stated = tok.annotation && WEEKDAY.exec(tok.annotation);
		if (stated && WEEKDAY_NUMBER[stated[1]] !== weekday(date)) {
			problem(at.line, at.column, 'notice.weekday.mismatch', {
				date,
				actual: weekdayName(weekday(date)),
				stated: stated[0]
			});
		}
		return date;
	};

	for (const piece of section.pieces) {
		let offset = 0;
		for (const sentence of piece.text.split(/(?<=[。;])/)) {
			const base = piece.column + offset;
			offset += sentence.length;
			// advice, not arrangement: "鼓励……安排职工在除夕（2月9日）休息"
			// and the signature "国务院办公厅 2025年11月4日" when a paste runs on to it
			if (/鼓励|国务院办公厅/.test(sentence)) continue;
			const found = tokens(sentence);
			const at = (tok: Token) => ({ line: piece.line, column: base + tok.column });
			if (/上班/.test(sentence)) {
				let month: number | undefined;
				for (const tok of found) {
					const date = toDate(tok, month, at(tok));
					month = tok.month ?? month;
					if (!date) continue;
					const w = weekday(date);
					if (w !== 0 && w !== 6) {
						const { line, column } = at(tok);
						problem(line, column, 'notice.workday.notWeekend', {
							date,
							weekday: weekdayName(w)
						});
					} else entry.workdays.push(date);
				}
				continue;
			}
			const off = sentence.indexOf('放假');
			if (off >= 0) {
				if (holidaysGiven) {
					problem(piece.line, base, 'notice.holiday.twice', { festival: label });
					continue;
				}
				holidaysGiven = true;
				const before = found.filter((tok) => tok.column < off);
				const days = readRange(before, sentence, off, toDate, at, label, problem);
				entry.holidays.push(...days);
				continue;
			}
			if (found.length) {
				problem(piece.line, base + found[0].column, 'notice.dates.unused', {
					festival: label,
					text: sentence.trim()
				});
			}
		}
	}
	if (!holidaysGiven) problem(section.line, 1, 'notice.holiday.missing', { festival: label });
	return entry;
}

function readRange(
	before: Token[],
	sentence: string,
	off: number,
	toDate: (
		tok: Token,
		month: number | undefined,
		at: { line: number; column: number }
	) => string | undefined,
	at: (tok: Token) => { line: number; column: number },
	label: string,
	problem: Report
): string[] {
	const where = at(before[0] ?? { column: off, text: '', day: 0 });
	if (before.length === 0 || before.length > 2) {
		problem(where.line, where.column, 'notice.holiday.missing', { festival: label });
		return [];
	}
	const from = toDate(before[0], undefined, at(before[0]));
	const to = before[1]
		? toDate(before[1], before[0].month, at(before[1]))
		: from && before.length === 1
			? from
			: undefined;
	if (!from || !to) return [];
	const rangeText = sentence.slice(before[0].column, off).trim();
	const days: string[] = [];
	let d = from;
	for (let i = 0; d <= to; i++) {
		if (i >= MAX_DAYS_OFF) {
			problem(where.line, where.column, 'notice.range.tooLong', { text: rangeText });
			return [];
		}
		days.push(d);
		d = addDays(d, 1);
	}
	if (!days.length) {
		problem(where.line, where.column, 'notice.range.reversed', { text: rangeText });
		return [];
	}
	const stated = /共\s*(\d+)\s*天/.exec(sentence) ?? /放假\s*(\d+)\s*天/.exec(sentence);
	if (stated && Number(stated[1]) !== days.length) {
		problem(where.line, where.column, 'notice.count.mismatch', {
			festival: label,
			from,
			to,
			actual: days.length,
			stated: stated[1]
		});
	}
	return days;
}
