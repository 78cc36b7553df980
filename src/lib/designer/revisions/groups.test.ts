import { describe, expect, it } from 'vitest';
import type { RevisionSummary } from '$lib/api';
import { historyEntries } from './groups';

const at = '2026-03-02T08:00:00.000Z';
const rev = (
	n: number,
	saves: number,
	kinds: RevisionSummary['checkpoints'][number]['kind'][] = []
) =>
	({
		n,
		author: 'editor',
		baseRevision: n > 1 ? n - 1 : null,
		createdAt: at,
		savedAt: at,
		saves,
		checkpoints: kinds.map((kind) => ({ kind, by: 'editor', at }))
	}) satisfies RevisionSummary;

describe('the designer history', () => {
	it('shows checkpoints one by one and folds the working revisions between them', () => {
		const entries = historyEntries([
			rev(60, 11),
			rev(49, 30),
			rev(19, 1, ['submitted', 'returned']),
			rev(18, 16),
			rev(1, 1, ['created'])
		]);
		expect(entries.map((e) => (e.kind === 'checkpoint' ? e.revision.n : e.saves))).toEqual([
			41, 19, 16, 1
		]);
		expect(entries[0]).toMatchObject({ kind: 'working', revisions: [{ n: 60 }, { n: 49 }] });
	});
});
