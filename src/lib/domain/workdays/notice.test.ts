import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseDaysData } from './calendar';
import { parseHolidayNotice, type NoticeResult } from './notice';

const fixture = (name: string) =>
	readFileSync(
		new URL(`../../../../tests/fixtures/holiday-notices/${name}`, import.meta.url),
		'utf8'
	);

function parsed(result: NoticeResult) {
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
	return result.notice;
}

function problems(text: string, opts = {}) {
	const result = parseHolidayNotice(text, opts);
	if (result.ok) throw new Error('expected problems');
	return result.problems;
}

describe('the State Council holiday notice', () => {
	const known = chineseDaysData().years;

	for (const year of [2024, 2025, 2026]) {
		it(`${year}: reproduces chinese-days exactly (every day off, every make-up workday)`, () => {
			const notice = parsed(parseHolidayNotice(fixture(`${year}.txt`)));
			expect(notice.year).toBe(year);
			expect(notice.holidays).toEqual(known[String(year)].holidays);
			expect(notice.workdays).toEqual(known[String(year)].workdays);
		});
	}

	it('2024: the advice to rest on New Year’s Eve (2月9日) is not a day off', () => {
		const notice = parsed(parseHolidayNotice(fixture('2024.txt')));
		expect(notice.holidays).not.toContain('2024-02-09');
		expect(notice.entries.map((e) => e.festivals)).toHaveLength(7);
	});

	it('2025: the merged 国庆节、中秋节 entry counts for both festivals', () => {
		const notice = parsed(parseHolidayNotice(fixture('2025.txt')));
		const merged = notice.entries.find((e) => e.festivals.length === 2);
		expect(merged?.festivals).toEqual(['nationalDay', 'midAutumn']);
		expect(merged?.holidays).toHaveLength(8);
		expect(merged?.line).toBe(
			fixture('2025.txt')
				.split('\n')
				.findIndex((l) => l.startsWith('六、国庆节、中秋节')) + 1
		);
	});

	it('reads half-width punctuation and one-line pastes the same way', () => {
		const text = fixture('2026.txt');
		const ascii = text
			.replace(/（/g, '(')
			.replace(/）/g, ')')
			.replace(/：/g, ':')
			.replace(/，/g, ',');
		const oneLine = text.replace(/\n+/g, ' ');
		const expected = parsed(parseHolidayNotice(text));
		expect(parsed(parseHolidayNotice(ascii)).holidays).toEqual(expected.holidays);
		expect(parsed(parseHolidayNotice(oneLine)).workdays).toEqual(expected.workdays);
		expect(parsed(parseHolidayNotice(oneLine)).holidays).toEqual(expected.holidays);
	});

	it('puts December in the New Year entry in the year before (cross-year dates)', () => {
		const text = fixture('2026.txt').replace(
			'一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
			'一、元旦：12月31日（周三）至1月2日（周五）放假调休，共3天。12月28日（周日）上班。'
		);
		const notice = parsed(parseHolidayNotice(text));
		expect(notice.holidays.slice(0, 3)).toEqual(['2025-12-31', '2026-01-01', '2026-01-02']);
		expect(notice.workdays[0]).toBe('2025-12-28');
		// an explicit year is taken as written
		const explicit = text.replace('12月31日（周三）', '2025年12月31日（周三）');
		expect(parsed(parseHolidayNotice(explicit)).holidays[0]).toBe('2025-12-31');
	});

	it('takes the year from the caller when the title is not pasted', () => {
		const body = fixture('2026.txt').split('\n').slice(6).join('\n');
		expect(problems(body)[0]).toMatchObject({ line: 1, code: 'year.missing' });
		expect(parsed(parseHolidayNotice(body, { year: 2026 })).holidays).toEqual(
			known['2026'].holidays
		);
		expect(problems(fixture('2026.txt'), { year: 2027 })[0]).toMatchObject({
			line: 1,
			code: 'year.mismatch'
		});
	});
});

describe('malformed notices: what was expected, on which line', () => {
	const text = fixture('2026.txt');
	const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

	it('an empty paste', () => {
		expect(problems('  \n ')).toEqual([expect.objectContaining({ line: 1, code: 'empty' })]);
	});

	it('no numbered entries at all', () => {
		const [p] = problems('国务院办公厅关于2026年部分节假日安排的通知\n放假安排见附件。');
		expect(p).toMatchObject({ line: 1, code: 'sections.none' });
		expect(p.message).toContain('一、元旦');
	});

	it('a count that disagrees with the range', () => {
		const [p] = problems(text.replace('放假调休，共9天', '放假调休，共8天'));
		expect(p).toMatchObject({ line: lineOf('二、春节'), code: 'count.mismatch' });
		expect(p.message).toBe('春节：2026-02-15至2026-02-23共 9 天，通知写的是“共8天”');
	});

	it('a weekday that disagrees with the date, in English', () => {
		const [p] = problems(text.replace('5月9日（周六）上班', '5月10日（周六）上班'), {
			locale: 'en'
		});
		expect(p).toMatchObject({ line: lineOf('四、劳动节'), code: 'weekday.mismatch' });
		expect(p.message).toBe('2026-05-10 is a Sunday, the notice says "周六"');
		expect(p.column).toBe(text.split('\n')[p.line - 1].indexOf('5月9日') + 1);
	});

	it('a date that does not exist', () => {
		const [p] = problems(text.replace('2月28日（周六）上班', '2月30日上班'));
		expect(p).toMatchObject({ line: lineOf('二、春节'), code: 'date.invalid' });
		expect(p.message).toContain('2月30日');
	});

	it('a make-up workday on a weekday', () => {
		const [p] = problems(text.replace('9月20日（周日）', '9月21日'));
		expect(p).toMatchObject({ line: lineOf('七、国庆节'), code: 'workday.notWeekend' });
		expect(p.message).toContain('2026-09-21（周一）');
	});

	it('a festival left out, an unknown one, and one without days off', () => {
		const broken = text
			.replace(/三、清明节：.*\n/, '')
			.replace('五、端午节', '五、腊八节')
			.replace('6月19日（周五）至21日（周日）放假，共3天。', '另行通知。');
		const found = problems(broken);
		expect(found.map((p) => p.code)).toEqual(
			expect.arrayContaining(['section.missing', 'section.unknown'])
		);
		const missing = found.filter((p) => p.code === 'section.missing').map((p) => p.message);
		expect(missing).toEqual(expect.arrayContaining([expect.stringContaining('清明节')]));
		expect(found.find((p) => p.code === 'section.unknown')).toMatchObject({
			line: broken.split('\n').findIndex((l) => l.startsWith('五、腊八节')) + 1
		});
	});

	it('a range that runs backwards, and dates with no 放假 or 上班', () => {
		const codes = problems(
			text
				.replace('4月4日（周六）至6日（周一）放假，共3天。', '4月6日至4日放假。')
				.replace('9月20日（周日）、10月10日（周六）上班。', '9月20日、10月10日调整。')
		).map((p) => [p.line, p.code]);
		expect(codes).toEqual([
			[lineOf('三、清明节'), 'range.reversed'],
			[lineOf('七、国庆节'), 'dates.unused']
		]);
	});

	it('the same entry twice', () => {
		const twice = text.replace('七、国庆节', '七、中秋节');
		expect(problems(twice).map((p) => p.code)).toEqual(
			expect.arrayContaining(['section.twice', 'section.missing'])
		);
	});
});
