// The diff report as Markdown for review comments, e-mails and the CLI.
import { msg, type Locale } from '../i18n';
import { DIFF_GROUPS, type Change, type DiffGroup, type DiffReport, type TextPart } from './types';

export const GROUP_TITLES: Record<DiffGroup, [string, string]> = {
	identity: ['基本信息', 'Identity'],
	guide: ['办事指南', 'Service guide'],
	materials: ['申请材料', 'Materials'],
	tolerance: ['容缺受理', 'Tolerance'],
	form: ['申请表单', 'Application form']
};

const EFFECT: Record<Change['applicant'], [string, string]> = {
	stricter: ['对申请人更严', 'stricter'],
	looser: ['对申请人更宽松', 'looser'],
	neutral: ['', '']
};

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
	const tags: string[] = [];
	const [zh, en] = EFFECT[c.applicant];
	if (zh) tags.push(msg(locale, zh, en));
	if (c.compat)
		tags.push(
			msg(locale, `门户兼容性：${c.compat.verdict}`, `portal compatibility: ${c.compat.verdict}`)
		);
	if (c.breaksPromise)
		tags.push(msg(locale, '⚠ 违反兼容性承诺', '⚠ breaks the compatibility promise'));
	const tagText = tags.length ? msg(locale, `（${tags.join('；')}）`, ` (${tags.join('; ')})`) : '';
	let line = `- ${mdEscape(c.sentence)}${tagText}`;
	if (c.textDiff) line += `\n  > ${textDiffMarkdown(c.textDiff)}`;
	return line;
}

export function diffToMarkdown(report: DiffReport, locale?: Locale): string {
	const paren = (t: string | number) => msg(locale, `（${t}）`, ` (${t})`);
	const out: string[] = [];
	out.push(
		`# ${msg(locale, '变更对比：', 'Changes: ')}${mdEscape(report.name)}${paren(report.newCode)}`,
		''
	);
	out.push(mdEscape(report.summary.headline), '');
	for (const w of report.warnings) out.push(`> ⚠ ${mdEscape(w)}`, '');
	for (const g of DIFF_GROUPS) {
		const changes = report.groups[g];
		if (!changes.length) continue;
		out.push(`## ${msg(locale, ...GROUP_TITLES[g])}${paren(changes.length)}`, '');
		for (const c of changes) out.push(changeLine(c, locale));
		out.push('');
	}
	const { compat } = report;
	if (compat.changes.length) {
		out.push(`## ${msg(locale, '门户兼容性', 'Portal compatibility')}`, '');
		out.push(
			msg(
				locale,
				`结论：${compat.verdict}；建议版本升级：${compat.bump}；兼容性承诺：${compat.promise}（${compat.promiseKept ? '已遵守' : '未遵守'}）`,
				`Verdict: ${compat.verdict}; suggested bump: ${compat.bump}; promise: ${compat.promise} (${compat.promiseKept ? 'kept' : 'broken'})`
			),
			''
		);
		out.push(
			msg(locale, '| 位置 | 向后 | 向前 | 原因 |', '| Pointer | Backward | Forward | Reason |'),
			'| --- | --- | --- | --- |'
		);
		const yes = (v: boolean) => (v ? '✓' : '✗');
		for (const c of compat.changes)
			out.push(
				`| \`${c.pointer || '/'}\` | ${yes(c.backward)} | ${yes(c.forward)} | ${mdEscape(c.reason)}${paren(c.code)} |`
			);
		out.push('');
	}
	return out.join('\n');
}
