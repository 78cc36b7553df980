// Everything the editor shows about a document that the domain core decides: structural problems
// (validateItem), standardization findings (lintItem) and the compiled bundle (compileItem). Runs in
// a worker for large items so typing never waits for it; the same function serves tests and bench.
import { compileItem, CompileError, type Bundle } from '$lib/domain/compile';
import type { Locale } from '$lib/domain/i18n';
import { validateItem, type Item, type Problem } from '$lib/domain/item';
import { lintItem, type Finding } from '$lib/domain/lint';
import { lintOptionsOf, type CheckSettings } from '$lib/domain/settings';

export interface Analysis {
	/** the document version this analysis belongs to */
	version: number;
	/** structural problems (the meta-schema and the rules it cannot express) */
	problems: Problem[];
	/** lint findings (also while the document has structural problems, when lint can run) */
	findings: Finding[];
	/** problems only publishing checks (compileItem) */
	compileProblems: Problem[];
	bundle?: Bundle;
	/** time spent, ms */
	ms: number;
}

/** `checks`: the deployment's settings, so the editor finds what the publish gate will refuse */
export function analyse(
	doc: unknown,
	version: number,
	locale: Locale,
	checks?: CheckSettings
): Analysis {
	const options = lintOptionsOf(checks, locale);
	const t0 = performance.now();
	const checked = validateItem(doc, { locale });
	let findings: Finding[];
	try {
		// The visual tabs keep the document item-shaped even while it has problems, and editors want
		// the standardization findings next to those problems, not only once everything is valid.
		findings = lintItem((checked.item ?? doc) as Item, options);
	} catch {
		// a rule tripping over an odd document must not hide the structural problems
		findings = [];
	}
	if (!checked.ok || !checked.item) {
		return {
			version,
			problems: checked.problems,
			findings,
			compileProblems: [],
			ms: performance.now() - t0
		};
	}
	let bundle: Bundle | undefined;
	let compileProblems: Problem[] = [];
	try {
		bundle = compileItem(checked.item, { locale, policy: options.policy });
	} catch (error) {
		if (error instanceof CompileError) compileProblems = error.problems;
		else compileProblems = [{ pointer: '', message: String(error) }];
	}
	return {
		version,
		problems: checked.problems,
		findings,
		compileProblems,
		bundle,
		ms: performance.now() - t0
	};
}
