// The designer's history, as an editor reads it: checkpoints one by one, the working revisions
// between two of them folded into one group (issue 14 item 9).
import type { RevisionSummary } from '$lib/api';

export type HistoryEntry =
	| { kind: 'checkpoint'; revision: RevisionSummary }
	| { kind: 'working'; revisions: RevisionSummary[]; saves: number };

/** Newest first, as the API lists them. */
export function historyEntries(revisions: readonly RevisionSummary[]): HistoryEntry[] {
	const entries: HistoryEntry[] = [];
	for (const revision of revisions) {
		if (revision.checkpoints.length > 0) {
			entries.push({ kind: 'checkpoint', revision });
			continue;
		}
		const last = entries.at(-1);
		if (last?.kind === 'working') {
			last.revisions.push(revision);
			last.saves += revision.saves;
		} else entries.push({ kind: 'working', revisions: [revision], saves: revision.saves });
	}
	return entries;
}
