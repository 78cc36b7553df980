// Which findings a revision introduced and which it resolved, compared with the revision before: what
// a reviewer needs to see of the standardization check.
import type { Finding } from './types';

export interface LintDelta {
	added: Finding[];
	resolved: Finding[];
	errors: number;
	warnings: number;
}

// Pointers shift when a material is inserted before another, so a finding is "the same" when its
// rule and message match, wherever it now sits.
const findingKey = (f: Finding) => `${f.rule}\u0000${f.message}`;

function countByKey(findings: Finding[]): Map<string, number> {
	const m = new Map<string, number>();
	for (const f of findings) m.set(findingKey(f), (m.get(findingKey(f)) ?? 0) + 1);
	return m;
}

/** findings of `next` not present in `prev`, and findings of `prev` gone from `next` */
export function lintDelta(prev: Finding[] | null, next: Finding[]): LintDelta {
	const before = countByKey(prev ?? []);
	const after = countByKey(next);
	const take = (list: Finding[], other: Map<string, number>) => {
		const budget = new Map(other);
		return list.filter((f) => {
			const k = findingKey(f);
			const left = budget.get(k) ?? 0;
			if (left > 0) {
				budget.set(k, left - 1);
				return false;
			}
			return true;
		});
	};
	return {
		added: take(next, before),
		resolved: take(prev ?? [], after),
		errors: next.filter((f) => f.severity === 'error').length,
		warnings: next.filter((f) => f.severity === 'warning').length
	};
}
