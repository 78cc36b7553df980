// The deviation report as Markdown: what needs review first, then what the standard allows.
import { msg, type Locale } from '../i18n';
import type { DeviationReport } from './deviations';
import { changeLine, mdEscape } from './markdown';

export function deviationsToMarkdown(report: DeviationReport, locale?: Locale): string {
	const out: string[] = [];
	out.push(
		`# ${msg(locale, '与基本目录的差异：', 'Deviations from the base catalog: ')}${mdEscape(report.name)}`,
		''
	);
	out.push(
		msg(
			locale,
			`基本目录 ${report.baseCode} → 实施清单 ${report.localCode}。结论：**${report.summary.verdict}**（允许 ${report.summary.allowed} 项，需审查 ${report.summary.flagged} 项）`,
			`Base ${report.baseCode} → local ${report.localCode}. Verdict: **${report.summary.verdict}** (${report.summary.allowed} allowed, ${report.summary.flagged} to review)`
		),
		''
	);
	for (const w of report.warnings) out.push(`> ⚠ ${mdEscape(w)}`, '');
	for (const cls of ['flagged', 'allowed'] as const) {
		const list = report.deviations.filter((d) => d.classification === cls);
		if (!list.length) continue;
		out.push(
			`## ${cls === 'flagged' ? msg(locale, '需审查的差异', 'To review') : msg(locale, '允许的差异', 'Allowed')}`,
			''
		);
		for (const d of list)
			out.push(
				`${changeLine(d.change, locale)}\n  ${msg(locale, '理由：', 'Reason: ')}${mdEscape(d.reason)}`
			);
		out.push('');
	}
	return out.join('\n');
}
