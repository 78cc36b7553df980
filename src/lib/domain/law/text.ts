// The plain-text forms an administrator types a law or an amendment in: one article per line
// (第十六条 条文…), one renumbering per line (第十六条 → 第十五条), deleted articles separated by
// spaces, commas or 、. Each line that does not read is reported with its number.
import { parseArticle } from './articles';
import type { LawArticle } from './types';

export interface LineProblem {
	/** 1-based */
	line: number;
	text: string;
}

export interface Parsed<T> {
	value: T[];
	problems: LineProblem[];
}

function lines(text: string): { n: number; s: string }[] {
	return text
		.split(/\r?\n/)
		.map((s, i) => ({ n: i + 1, s: s.trim() }))
		.filter((l) => l.s !== '');
}

/** 第十六条 条文 (or 第十六条：条文) per line. */
export function parseArticleLines(text: string): Parsed<LawArticle> {
	const out: Parsed<LawArticle> = { value: [], problems: [] };
	for (const { n, s } of lines(text)) {
		const m = /^(第\s*[0-9零〇一二两三四五六七八九十百千]+\s*条)[\s:：\u3000]*(.*)$/u.exec(s);
		if (!m || !parseArticle(m[1])) out.problems.push({ line: n, text: s });
		else out.value.push({ number: m[1].replace(/\s+/g, ''), text: m[2].trim() });
	}
	return out;
}

/** 第十六条 → 第十五条 (also ->, =>, 改为, or a space) per line. */
export function parseRenumberLines(text: string): Parsed<{ from: string; to: string }> {
	const out: Parsed<{ from: string; to: string }> = { value: [], problems: [] };
	for (const { n, s } of lines(text)) {
		const parts = s.split(/\s*(?:→|->|=>|改为|＞|>|\s)\s*/u).filter(Boolean);
		if (parts.length !== 2 || !parseArticle(parts[0]) || !parseArticle(parts[1]))
			out.problems.push({ line: n, text: s });
		else out.value.push({ from: parts[0], to: parts[1] });
	}
	return out;
}

/** 第十五条、第二十条 (or separated by commas, spaces or lines). */
export function parseArticleList(text: string): Parsed<string> {
	const out: Parsed<string> = { value: [], problems: [] };
	lines(text).forEach(({ n, s }) => {
		for (const part of s.split(/[\s,，、;；]+/u).filter(Boolean)) {
			if (parseArticle(part)) out.value.push(part);
			else out.problems.push({ line: n, text: part });
		}
	});
	return out;
}
