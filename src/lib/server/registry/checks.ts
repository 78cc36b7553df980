// What must hold before a document is stored: the item module's validation (structure, limits,
// remote $ref) and the lint rules that protect portals (patterns that backtrack catastrophically).
// The decisions are the domain core's; this only maps them to HTTP problems.
import type { Locale } from '../../domain/i18n';
import { validateItem } from '../../domain/item/validate';
import type { Item } from '../../domain/item/types';
import { lintItem, hasBlockingFindings, type Finding } from '../../domain/lint';
import { problem } from '../http/problem';

/** Lint rules whose findings are refused even in a draft: they endanger whoever runs the form. */
export const UNSAFE_RULES = ['form-pattern-redos', 'form-pattern-invalid'];

export function checkDraftDocument(doc: unknown, locale: Locale): Item {
	const result = validateItem(doc, { locale });
	if (!result.ok || !result.item) {
		throw problem(locale, 422, 'invalid-document', ['事项定义有误', 'Invalid item document'], {
			detail: [
				`文档有 ${result.problems.length} 处问题，未保存。`,
				`The document has ${result.problems.length} problem(s) and was not saved.`
			],
			errors: result.problems.map((p) => ({ pointer: p.pointer, message: p.message, code: p.code }))
		});
	}
	const unsafe = lintItem(result.item, {
		locale,
		config: Object.fromEntries(UNSAFE_RULES.map((r) => [r, 'error' as const]))
	}).filter((f) => UNSAFE_RULES.includes(f.rule));
	if (unsafe.length) {
		throw problem(locale, 422, 'unsafe-pattern', ['表单正则表达式不安全', 'Unsafe form pattern'], {
			detail: [
				'表单中的正则表达式可能导致灾难性回溯（ReDoS）或无法编译，未保存。',
				'A form pattern may backtrack catastrophically (ReDoS) or does not compile; nothing was saved.'
			],
			errors: unsafe.map((f) => ({ pointer: f.pointer, message: f.message, code: f.rule }))
		});
	}
	return result.item;
}

/** Lint findings that block publishing, as a 422 problem listing every finding. */
export function checkPublishable(item: Item, locale: Locale): Finding[] {
	const findings = lintItem(item, { locale });
	if (hasBlockingFindings(findings)) {
		const blocking = findings.filter((f) => f.severity === 'error');
		throw problem(
			locale,
			422,
			'lint-errors',
			['未通过编制规范检查', 'Lint errors block publishing'],
			{
				detail: [
					`有 ${blocking.length} 项错误须先修正才能发布。`,
					`${blocking.length} error(s) must be fixed before publishing.`
				],
				errors: blocking.map((f) => ({ pointer: f.pointer, message: f.message, code: f.rule })),
				extensions: { findings }
			}
		);
	}
	return findings;
}
