// "Date before / after" in plain JSON Schema: standard keywords cannot compare dates, but ISO dates
// (YYYY-MM-DD) order like their text, and the set of fixed-width strings below (or above) a given one
// is a regular language. The pattern starts with a lookahead naming the date, so people reading the
// schema see it and the reader can recognise the pattern by building it again.
const SHAPE = '\\d{4}-\\d{2}-\\d{2}';
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A pattern matching the ISO dates strictly before (`'before'`) or after (`'after'`) `date`. */
export function datePattern(date: string, side: 'before' | 'after'): string {
	if (!ISO_DATE.test(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
	const alternatives: string[] = [];
	for (let i = 0; i < date.length; i++) {
		const c = date[i];
		if (c === '-') continue;
		const d = Number(c);
		if (side === 'before' ? d === 0 : d === 9) continue;
		const range = side === 'before' ? `[0-${d - 1}]` : `[${d + 1}-9]`;
		// the rest keeps the shape: digits stay digits, dashes stay dashes
		const rest = date
			.slice(i + 1)
			.replace(/\d+/g, (m) => `\\d{${m.length}}`)
			.replace(/\\d\{1\}/g, '\\d');
		alternatives.push(date.slice(0, i) + range + rest);
	}
	const body = alternatives.length ? `(?:${alternatives.join('|')})` : '(?!)';
	return `^(?=${SHAPE}$)(?!${date})${body}$`;
}

/** The date and side of a pattern `datePattern` wrote, or undefined. */
export function readDatePattern(
	pattern: string
): { date: string; side: 'before' | 'after' } | undefined {
	const m = /^\^\(\?=[^)]*\$\)\(\?!(\d{4}-\d{2}-\d{2})\)/.exec(pattern);
	if (!m) return undefined;
	for (const side of ['before', 'after'] as const) {
		if (datePattern(m[1], side) === pattern) return { date: m[1], side };
	}
	return undefined;
}
