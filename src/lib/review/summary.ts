// Shaping domain results for display: which lint findings a revision introduced, which material
// cells a diff touched, how to name a change's anchor. No judgement is made here; the domain core
// has already decided what changed and what it means.
import type { Change, DiffSummary } from '$lib/domain/diff';
import type { Finding } from '$lib/domain/lint';
import type { Material } from '$lib/domain/item/types';
import { parsePointer } from '$lib/domain/pointer';
import type { PlainReviewKey } from './messages';
import type { LintDelta } from './types';

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

export type RowStatus = 'added' | 'removed' | 'changed' | 'same';

export interface MaterialRow {
	status: RowStatus;
	material: Material;
	/** the old material, for a changed row */
	previous?: Material;
	/** names of the fields whose value changed */
	changed: string[];
}

function indexOf(ptr: string | undefined): { index: number; field?: string } | null {
	if (!ptr) return null;
	let tokens: string[];
	try {
		tokens = parsePointer(ptr);
	} catch {
		return null;
	}
	if (tokens[0] !== 'materials' || tokens.length < 2 || !/^\d+$/.test(tokens[1])) return null;
	return { index: Number(tokens[1]), field: tokens[2] };
}

/** The new materials in order, each marked with the fields the diff reports changed, then the
 * removed ones. */
export function materialRows(
	oldList: Material[],
	newList: Material[],
	changes: Change[]
): MaterialRow[] {
	const added = new Set<number>();
	const removed = new Set<number>();
	const changedFields = new Map<number, Set<string>>();
	const oldIndexOf = new Map<number, number>();
	for (const c of changes) {
		if (c.group !== 'materials') continue;
		const n = indexOf(c.pointers.new);
		const o = indexOf(c.pointers.old);
		if (c.kind === 'added' && n && !n.field) added.add(n.index);
		else if (c.kind === 'removed' && o && !o.field) removed.add(o.index);
		else if (n) {
			if (o) oldIndexOf.set(n.index, o.index);
			if (n.field) {
				const set = changedFields.get(n.index) ?? new Set<string>();
				set.add(n.field);
				changedFields.set(n.index, set);
			}
		}
	}
	const byId = new Map(oldList.map((m) => [m.id, m]));
	const rows: MaterialRow[] = newList.map((m, i) => {
		if (added.has(i)) return { status: 'added', material: m, changed: [] };
		const fields = [...(changedFields.get(i) ?? [])];
		const previous = oldList[oldIndexOf.get(i) ?? -1] ?? byId.get(m.id);
		return {
			status: fields.length ? 'changed' : 'same',
			material: m,
			previous,
			changed: fields
		};
	});
	for (const i of [...removed].sort((a, b) => a - b))
		if (oldList[i]) rows.push({ status: 'removed', material: oldList[i], changed: [] });
	return rows;
}

/** one phrase for the applicant side of a summary */
export function applicantOverall(
	s: Pick<DiffSummary, 'total' | 'stricter' | 'looser'>
): PlainReviewKey {
	if (s.total === 0) return 'verdict.none';
	if (s.stricter && s.looser) return 'verdict.mixed';
	if (s.stricter) return 'verdict.stricterOverall';
	if (s.looser) return 'verdict.looserOverall';
	return 'verdict.neutralOnly';
}

/** the pointer a comment on this change is anchored to */
export function changePointer(c: Change): string {
	return c.pointers.new ?? c.pointers.old ?? '';
}

/** an HTML id for a JSON pointer, stable across renders so links can jump to it */
export function pointerId(ptr: string, prefix = 'at'): string {
	return `${prefix}-${encodeURIComponent(ptr || '/')
		.replace(/%/g, '_')
		.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
