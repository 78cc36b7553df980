// What must hold before a document is stored: the item module's validation (structure, limits,
// remote $ref) and the lint rules that protect portals (patterns that backtrack catastrophically).
// The decisions are the domain core's; this only turns them into typed errors. Their messages come
// from the domain in `locale`.
import type { Locale } from '../../domain/i18n';
import { validateItem } from '../../domain/item/validate';
import type { Item } from '../../domain/item/types';
import { lintItem, hasBlockingFindings, type Finding, type LintOptions } from '../../domain/lint';
import { parsePointer } from '../../domain/pointer';
import { AppError, invalid, m } from '../errors';

/** Lint rules whose findings are refused even in a draft: they endanger whoever runs the form. */
export const UNSAFE_RULES = ['form-pattern-redos', 'form-pattern-invalid'];

export function checkDraftDocument(doc: unknown, locale: Locale): Item {
	const result = validateItem(doc, { locale });
	if (!result.ok || !result.item)
		throw invalid('invalid-document', {
			detail: m('server.item.invalidDocument', { count: result.problems.length }),
			errors: result.problems.map((p) => ({ pointer: p.pointer, message: p.message, code: p.code }))
		});
	refuseUnsafePatterns(result.item, locale);
	return result.item;
}

function refuseUnsafePatterns(item: Item, locale: Locale): void {
	const unsafe = lintItem(item, {
		locale,
		config: Object.fromEntries(UNSAFE_RULES.map((r) => [r, 'error' as const]))
	}).filter((f) => UNSAFE_RULES.includes(f.rule));
	if (unsafe.length)
		throw invalid('unsafe-pattern', {
			detail: m('server.item.unsafePattern'),
			errors: unsafe.map((f) => ({ pointer: f.pointer, message: f.message, code: f.rule }))
		});
}

/**
 * Problems that keep even a draft out of the database. A draft is half-finished work: a missing
 * value, a fee table not yet filled in, a promised time limit above the legal one — all stored, so an
 * editor never loses work; only submitting and publishing need a valid item (issue 14 item 2). What
 * no editing step produces stays refused: text PostgreSQL cannot store, a document too large, deep
 * or cyclic, values of the wrong type, fields the item does not have, and form schemas that point
 * elsewhere or would not compile.
 */
const NEVER_STORED = new Set([
	'invalid-text',
	'invalid-number',
	'limit-string',
	'limit-size',
	'limit-depth',
	'invalid-document',
	'internal',
	'type',
	'additionalProperties',
	'unevaluatedProperties',
	'unknown-field',
	'unknown-keyword',
	'remote-ref',
	'ref-cycle',
	'ref-target',
	'ref-type',
	'schema-dialect',
	'invalid-schema',
	'invalid-pattern'
]);

/** A link an editor could click in their own preview: refused in drafts too (http(s), mailto: and
 * tel: are what links may be; half-typed ones are fine). */
const SCRIPTABLE = /^(javascript|vbscript|data|file):/i;

function valueAt(doc: unknown, ptr: string): unknown {
	let node = doc;
	try {
		for (const token of parsePointer(ptr)) {
			if (node === null || typeof node !== 'object') return undefined;
			node = (node as Record<string, unknown>)[token];
		}
	} catch {
		return undefined;
	}
	return node;
}

function isScriptableLink(doc: unknown, ptr: string): boolean {
	const value = valueAt(doc, ptr);
	// browsers ignore whitespace and control characters inside a scheme ("java\tscript:")
	if (typeof value !== 'string') return false;
	const squeezed = [...value].filter((c) => c.charCodeAt(0) > 0x20).join('');
	return SCRIPTABLE.test(squeezed);
}

export interface StorableDraft {
	document: Record<string, unknown>;
	/** the item, when the document passes every check */
	item?: Item;
	problems: number;
}

/** A draft to store, valid or not; throws only for what cannot be stored or endangers the designer. */
export function checkStorableDraft(doc: unknown, locale: Locale): StorableDraft {
	const result = validateItem(doc, { locale });
	if (result.ok && result.item) {
		checkDraftDocument(result.item, locale);
		return {
			document: result.item as unknown as Record<string, unknown>,
			item: result.item,
			problems: 0
		};
	}
	const fatal = result.problems.filter(
		(p) =>
			NEVER_STORED.has(p.code ?? '') ||
			(p.code ?? '').startsWith('limit-') ||
			isScriptableLink(doc, p.pointer)
	);
	if (fatal.length || doc === null || typeof doc !== 'object' || Array.isArray(doc))
		throw invalid('invalid-document', {
			detail: m('server.item.invalidDocument', { count: result.problems.length }),
			errors: (fatal.length ? fatal : result.problems).map((p) => ({
				pointer: p.pointer,
				message: p.message,
				code: p.code
			}))
		});
	// The patterns of a half-finished form are still run by the designer's preview.
	try {
		refuseUnsafePatterns(doc as Item, locale);
	} catch (error) {
		// a lint rule that cannot read an unfinished part; submitting checks the whole item again
		if (error instanceof AppError) throw error;
	}
	return { document: doc as Record<string, unknown>, problems: result.problems.length };
}

/** The current draft may go to review only when it is a valid item: 422 listing what to fix. */
export function checkSubmittable(doc: unknown, locale: Locale): Item {
	const result = validateItem(doc, { locale });
	if (!result.ok || !result.item)
		throw invalid('not-submittable', {
			detail: m('server.item.notSubmittable', { count: result.problems.length }),
			errors: result.problems.map((p) => ({ pointer: p.pointer, message: p.message, code: p.code }))
		});
	return checkDraftDocument(result.item, locale);
}

/** Lint findings that block publishing under the deployment's settings, as a 422 listing every
 * finding. */
export function checkPublishable(item: Item, options: LintOptions & { locale: Locale }): Finding[] {
	const findings = lintItem(item, options);
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
