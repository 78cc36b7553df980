// The diff report as Markdown for review comments, e-mails and the CLI.
import { joinList, translator, type Locale } from '../i18n';
import { diffReportMessages as messages } from './messages/report';
import { DIFF_GROUPS, type Change, type DiffReport, type TextPart } from './types';

/** escape what Markdown would otherwise interpret inside a list item */
export function mdEscape(text: string): string {
	return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\n/g, ' ');
}

/** unchanged text kept on each side of an edit; the rest is elided so the edit stands out */
const CONTEXT = 20;

function elide(value: string, first: boolean, last: boolean): string {
	if (value.length <= CONTEXT * 2 + 1) return value;
	const head = first ? '' : value.slice(0, CONTEXT);
	const tail = last ? '' : value.slice(-CONTEXT);
	return `${head}…${tail}`;
}

export function textDiffMarkdown(parts: TextPart[]): string {
	return parts
		.map((p, i) => {
			const raw = p.added || p.removed ? p.value : elide(p.value, i === 0, i === parts.length - 1);
			const t = mdEscape(raw);
			if (!t.trim()) return t;
			return p.added ? `**+${t}+**` : p.removed ? `~~${t}~~` : t;
		})
		.join('');
}

export function changeLine(c: Change, locale?: Locale): string {
	const t = translator(messages, locale);
	const tags: string[] = [];
	if (c.applicant !== 'neutral') tags.push(t(`diff.effect.${c.applicant}`));
	if (c.compat) tags.push(t('diff.md.portalCompat', { verdict: c.compat.verdict }));
	if (c.breaksPromise) tags.push(t('diff.md.breaksPromise'));
	const tagText = tags.length ? t('diff.md.tags', { tags: joinList(locale, tags, 'clauses') }) : '';
	let line = `- ${mdEscape(c.sentence)}${tagText}`;
	if (c.textDiff) line += `\n  > ${textDiffMarkdown(c.textDiff)}`;
	return line;
}

export function diffToMarkdown(report: DiffReport, locale?: Locale): string {
	const t = translator(messages, locale);
	const out: string[] = [];
	out.push(`# ${t('diff.md.title', { name: mdEscape(report.name), code: report.newCode })}`, '');
	out.push(mdEscape(report.summary.headline), '');
	for (const w of report.warnings) out.push(`> ⚠ ${mdEscape(w)}`, '');
	for (const g of DIFF_GROUPS) {
		const changes = report.groups[g];
		if (!changes.length) continue;
		out.push(
			`## ${t('diff.md.count', { title: t(`diff.group.${g}`), count: changes.length })}`,
			''
		);
		for (const c of changes) out.push(changeLine(c, locale));
		out.push('');
	}
	const { compat } = report;
	if (compat.changes.length) {
		out.push(`## ${t('diff.md.compat')}`, '');
		out.push(
			t(compat.promiseKept ? 'diff.md.compatVerdict.kept' : 'diff.md.compatVerdict.broken', {
				verdict: compat.verdict,
				bump: compat.bump,
				promise: compat.promise
			}),
			''
		);
		out.push(t('diff.md.tableHead'), '| --- | --- | --- | --- |');
		const yes = (v: boolean) => (v ? '✓' : '✗');
		for (const c of compat.changes)
			out.push(
				`| \`${c.pointer || '/'}\` | ${yes(c.backward)} | ${yes(c.forward)} | ${t('diff.md.reason', { reason: mdEscape(c.reason), code: c.code })} |`
			);
		out.push('');
	}
	return out.join('\n');
}
