// The deviation report as Markdown: what needs review first, then what the standard allows.
import { translator, type Locale } from '../i18n';
import type { DeviationReport } from './deviations';
import { changeLine, mdEscape } from './markdown';
import { diffReportMessages as messages } from './messages/report';

export function deviationsToMarkdown(report: DeviationReport, locale?: Locale): string {
	const t = translator(messages, locale);
	const out: string[] = [];
	out.push(`# ${t('diff.deviations.title', { name: mdEscape(report.name) })}`, '');
	out.push(
		t('diff.deviations.summary', {
			base: report.baseCode,
			local: report.localCode,
			verdict: report.summary.verdict,
			allowed: report.summary.allowed,
			flagged: report.summary.flagged
		}),
		''
	);
	for (const w of report.warnings) out.push(`> ⚠ ${mdEscape(w)}`, '');
	for (const cls of ['flagged', 'allowed'] as const) {
		const list = report.deviations.filter((d) => d.classification === cls);
		if (!list.length) continue;
		out.push(`## ${t(`diff.deviations.${cls}`)}`, '');
		for (const d of list)
			out.push(
				`${changeLine(d.change, locale)}\n  ${t('diff.deviations.reason', { reason: mdEscape(d.reason) })}`
			);
		out.push('');
	}
	return out.join('\n');
}
