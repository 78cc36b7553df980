// Working revisions and checkpoints (issue 14 item 9). An editor's autosaves in one sitting make one
// working revision that moves forward with each save (its number still rises, so a stale base
// revision is still refused); a checkpoint ends the sitting: the item's creation, a submission and
// what followed it (returned, approved, withdrawn, published), a restore, or a name the editor gave.

/** How long after an editor's last save the next one still belongs to the same sitting. */
export const WORKING_REVISION_MINUTES = 30;

export const CHECKPOINT_KINDS = [
	'created',
	'named',
	'restored',
	'submitted',
	'returned',
	'approved',
	'withdrawn',
	'published'
] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];

/** The longest name an editor may give a checkpoint. */
export const CHECKPOINT_LABEL_MAX = 80;

export interface CurrentRevision {
	authorId: number;
	/** any checkpoint on it: it stays as it is in the history */
	checkpoint: boolean;
	/** when it was last saved into */
	savedAt: Date;
}

/** Whether a save by `authorId` at `now` moves the current revision forward instead of adding one. */
export function continuesWorkingRevision(
	current: CurrentRevision,
	authorId: number,
	now: Date
): boolean {
	if (current.checkpoint || current.authorId !== authorId) return false;
	const age = now.getTime() - current.savedAt.getTime();
	return age >= 0 && age <= WORKING_REVISION_MINUTES * 60_000;
}

/** A checkpoint's name as stored: trimmed, or undefined when it would be empty or too long. */
export function checkpointLabel(text: string): string | undefined {
	const label = text.trim().replace(/\s+/g, ' ');
	return label && label.length <= CHECKPOINT_LABEL_MAX ? label : undefined;
}
