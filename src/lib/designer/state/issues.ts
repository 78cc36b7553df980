// Problems and lint findings indexed by JSON pointer, so each input can show its own next to it and
// the lint panel can send the editor to the right tab and input.
import type { Problem } from '$lib/domain/item';
import type { Finding, Fix, Severity } from '$lib/domain/lint';
import { parsePointer } from '$lib/domain/pointer';
import type { Analysis } from './analyse';
import { withoutLocation } from './where';

export interface Issue {
	pointer: string;
	severity: Severity;
	/** what is wrong, without where (the input it sits at, or `where`, says that) */
	message: string;
	rule?: string;
	/** what it holds up: submitting for review (the item checks) or publishing (lint errors, compile) */
	blocks?: 'submit' | 'publish';
	/** a reviewer's comment on the returned revision, not a check */
	review?: { id: number; index: number; author: string };
	/** a lint fix; with a patch the designer offers it as one click */
	fix?: Fix;
}

/** An issue with where it is in words (readablePath), for lists away from the input. */
export interface PlacedIssue extends Issue {
	where: string;
}

export type TabId = 'guide' | 'materials' | 'tolerance' | 'form' | 'json' | 'preview';
export const TABS: readonly TabId[] = [
	'guide',
	'materials',
	'tolerance',
	'form',
	'json',
	'preview'
];

export function issuesOf(a: Analysis | undefined): Issue[] {
	if (!a) return [];
	const fromProblem =
		(blocks: Issue['blocks']) =>
		(p: Problem): Issue => ({
			pointer: p.pointer,
			severity: 'error',
			message: withoutLocation(p.message, p.pointer),
			rule: p.code,
			blocks
		});
	const fromFinding = (f: Finding): Issue => ({
		pointer: f.pointer,
		severity: f.severity,
		message: withoutLocation(f.message, f.pointer),
		rule: f.rule,
		...(f.severity === 'error' && { blocks: 'publish' as const }),
		...(f.fix ? { fix: f.fix } : {})
	});
	return [
		...a.problems.map(fromProblem('submit')),
		...a.compileProblems.map(fromProblem('publish')),
		...a.findings.map(fromFinding)
	];
}

export function indexIssues(issues: Issue[]): Map<string, Issue[]> {
	const map = new Map<string, Issue[]>();
	for (const issue of issues) {
		const list = map.get(issue.pointer);
		if (list) list.push(issue);
		else map.set(issue.pointer, [issue]);
	}
	return map;
}

/** The tab that edits the element a pointer names. */
export function tabFor(ptr: string): TabId {
	let first: string | undefined;
	try {
		first = parsePointer(ptr)[0];
	} catch {
		first = undefined;
	}
	if (first === 'materials') return 'materials';
	if (first === 'tolerance') return 'tolerance';
	if (first === 'form') return 'form';
	return 'guide';
}

/** The pointer and its ancestors, nearest first: an input for the exact element may not exist. */
export function pointerChain(ptr: string): string[] {
	const out: string[] = [];
	let p = ptr;
	for (;;) {
		out.push(p);
		if (p === '') break;
		p = p.slice(0, p.lastIndexOf('/'));
	}
	return out;
}
