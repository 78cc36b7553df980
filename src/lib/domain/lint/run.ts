// Runs the rules over an item and returns findings in a stable order: errors first, then by where.
import { translator } from '../i18n';
import type { Item } from '../item/types';
import { parsePointer } from '../pointer';
import { createContext } from './context';
import { lintMessages } from './messages';
import { ALL_RULES } from './registry';
import type { Finding, LintOptions, Rule, Severity } from './types';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const LEVELS = new Set(['off', 'info', 'warning', 'error']);

function severityOf(rule: Rule, opts: LintOptions): Severity | undefined {
	const configured = opts.config?.[rule.id];
	// an invalid value is validateRuleConfig's to report; lint keeps the default rather than fail
	if (configured !== undefined && LEVELS.has(configured)) {
		return configured === 'off' ? undefined : configured;
	}
	if (rule.profile && rule.profile !== opts.profile) return undefined;
	return rule.defaultSeverity;
}

/** Compare pointers token by token, numbers numerically, so /materials/10 sorts after /materials/2. */
export function comparePointers(a: string, b: string): number {
	if (a === b) return 0;
	const [ta, tb] = [safeTokens(a), safeTokens(b)];
	for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
		if (ta[i] === tb[i]) continue;
		const [na, nb] = [Number(ta[i]), Number(tb[i])];
		if (/^\d+$/.test(ta[i]) && /^\d+$/.test(tb[i])) return na - nb;
		return ta[i] < tb[i] ? -1 : 1;
	}
	return ta.length - tb.length;
}

function safeTokens(p: string): string[] {
	try {
		return parsePointer(p);
	} catch {
		return [p];
	}
}

export function lintItem(item: Item, opts: LintOptions = {}): Finding[] {
	const ctx = createContext(item, opts);
	const findings: Finding[] = [];
	for (const rule of ALL_RULES) {
		const severity = severityOf(rule, opts);
		if (!severity) continue;
		try {
			for (const f of rule.check(ctx)) findings.push({ rule: rule.id, severity, ...f });
		} catch {
			// The designer lints documents mid-edit that need not be valid items yet; one rule
			// tripping over such a document must not hide the others' findings.
			findings.push({
				rule: rule.id,
				severity: 'warning',
				pointer: '',
				message: translator(lintMessages, opts.locale)('lint.run.ruleFailed', { rule: rule.id })
			});
		}
	}
	return findings.sort(
		(a, b) =>
			RANK[a.severity] - RANK[b.severity] ||
			comparePointers(a.pointer, b.pointer) ||
			(a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
	);
}

export function hasBlockingFindings(findings: Finding[]): boolean {
	return findings.some((f) => f.severity === 'error');
}
