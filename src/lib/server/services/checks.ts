// What must hold before a document is stored: the item module's validation (structure, limits,
// remote $ref) and the lint rules that protect portals (patterns that backtrack catastrophically).
// The decisions are the domain core's; this only turns them into typed errors. Their messages come
// from the domain in `locale`.
import type { Locale } from '../../domain/i18n';
import { validateItem } from '../../domain/item/validate';
import type { Item } from '../../domain/item/types';
import { lintItem, hasBlockingFindings, type Finding } from '../../domain/lint';
import { invalid, m } from '../errors';

/** Lint rules whose findings are refused even in a draft: they endanger whoever runs the form. */
export const UNSAFE_RULES = ['form-pattern-redos', 'form-pattern-invalid'];

export function checkDraftDocument(doc: unknown, locale: Locale): Item {
	const result = validateItem(doc, { locale });
	if (!result.ok || !result.item)
		throw invalid('invalid-document', {
			detail: m('server.item.invalidDocument', { count: result.problems.length }),
			errors: result.problems.map((p) => ({ pointer: p.pointer, message: p.message, code: p.code }))
		});
	const unsafe = lintItem(result.item, {
		locale,
		config: Object.fromEntries(UNSAFE_RULES.map((r) => [r, 'error' as const]))
	}).filter((f) => UNSAFE_RULES.includes(f.rule));
	if (unsafe.length)
		throw invalid('unsafe-pattern', {
			detail: m('server.item.unsafePattern'),
			errors: unsafe.map((f) => ({ pointer: f.pointer, message: f.message, code: f.rule }))
		});
	return result.item;
}

/** Lint findings that block publishing, as a 422 listing every finding. */
export function checkPublishable(item: Item, locale: Locale): Finding[] {
	const findings = lintItem(item, { locale });
	if (hasBlockingFindings(findings)) {
		const blocking = findings.filter((f) => f.severity === 'error');
		throw invalid('lint-errors', {
			detail: m('server.publish.lintErrors', { count: blocking.length }),
			errors: blocking.map((f) => ({ pointer: f.pointer, message: f.message, code: f.rule })),
			extensions: { findings }
		});
	}
	return findings;
}
