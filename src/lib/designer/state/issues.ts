// Problems and lint findings indexed by JSON pointer, so each input can show its own next to it and
// the lint panel can send the editor to the right tab and input.
import type { Problem } from '$lib/domain/item';
import type { Finding, Fix, Severity } from '$lib/domain/lint';
import { parsePointer } from '$lib/domain/pointer';
import type { Analysis } from './analyse';

export interface Issue {
	pointer: string;
	severity: Severity;
	message: string;
	rule?: string;
	/** a lint fix; with a patch the designer offers it as one click */
	fix?: Fix;
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
	const fromProblem = (p: Problem): Issue => ({
		pointer: p.pointer,
		severity: 'error',
		message: p.message,
		rule: p.code
	});
	const fromFinding = (f: Finding): Issue => ({
		pointer: f.pointer,
		severity: f.severity,
		message: f.message,
		rule: f.rule,
		...(f.fix ? { fix: f.fix } : {})
	});
	return [
		...a.problems.map(fromProblem),
		...a.compileProblems.map(fromProblem),
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
