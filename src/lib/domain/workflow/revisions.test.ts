import { describe, expect, it } from 'vitest';
import { checkpointLabel, continuesWorkingRevision, WORKING_REVISION_MINUTES } from './revisions';

const at = new Date('2026-03-02T08:00:00Z');
const minutes = (m: number) => new Date(at.getTime() + m * 60_000);

describe('working revisions', () => {
	const current = { authorId: 7, checkpoint: false, savedAt: at };

	it('continues the same editor’s working revision within the sitting', () => {
		expect(continuesWorkingRevision(current, 7, minutes(1))).toBe(true);
		expect(continuesWorkingRevision(current, 7, minutes(WORKING_REVISION_MINUTES))).toBe(true);
	});

	it('starts a new revision after a pause, for another editor, or after a checkpoint', () => {
		expect(continuesWorkingRevision(current, 7, minutes(WORKING_REVISION_MINUTES + 1))).toBe(false);
		expect(continuesWorkingRevision(current, 8, minutes(1))).toBe(false);
		expect(continuesWorkingRevision({ ...current, checkpoint: true }, 7, minutes(1))).toBe(false);
	});

	it('tidies a checkpoint name and refuses an empty or overlong one', () => {
		expect(checkpointLabel('  收费  调整前 ')).toBe('收费 调整前');
		expect(checkpointLabel('   ')).toBeUndefined();
		expect(checkpointLabel('长'.repeat(81))).toBeUndefined();
	});
});
