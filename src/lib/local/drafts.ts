// Working copies and the outbox. Writes are serialised per item so the newest edit always wins,
// even when an older write is still in flight.
import { localDb, type OutboxEntry, type WorkingCopy } from './db';

export type { WorkingCopy, OutboxEntry };

export async function readCopy(code: string): Promise<WorkingCopy | undefined> {
	try {
		return await localDb().copies.get(code);
	} catch {
		// private browsing or a blocked database: the editor still works, without the safety net
		return undefined;
	}
}

export async function listCopies(): Promise<WorkingCopy[]> {
	try {
		return await localDb().copies.orderBy('updatedAt').reverse().toArray();
	} catch {
		return [];
	}
}

export async function writeCopy(copy: WorkingCopy): Promise<void> {
	const db = localDb();
	await db.transaction('rw', db.copies, db.outbox, async () => {
		await db.copies.put(copy);
		if (copy.dirty) {
			const queued = await db.outbox.get(copy.code);
			if (!queued) await db.outbox.put({ code: copy.code, queuedAt: Date.now(), attempts: 0 });
		} else {
			await db.outbox.delete(copy.code);
		}
	});
}

export async function removeCopy(code: string): Promise<void> {
	const db = localDb();
	await db.transaction('rw', db.copies, db.outbox, async () => {
		await db.copies.delete(code);
		await db.outbox.delete(code);
	});
}

export async function outbox(): Promise<OutboxEntry[]> {
	try {
		return await localDb().outbox.orderBy('queuedAt').toArray();
	} catch {
		return [];
	}
}

export async function updateOutbox(code: string, change: Partial<OutboxEntry>): Promise<void> {
	await localDb().outbox.update(code, change);
}

/**
 * Record an edit: the document becomes dirty and queued; the base revision already on disk is kept,
 * because the sync may have advanced it since the editor last heard.
 */
export async function recordEdit(
	code: string,
	document: unknown,
	name: string,
	fallbackBase: number
): Promise<WorkingCopy> {
	const db = localDb();
	return db.transaction('rw', db.copies, db.outbox, async () => {
		const existing = await db.copies.get(code);
		const copy: WorkingCopy = {
			code,
			document,
			name,
			baseRevision: existing?.baseRevision ?? fallbackBase,
			dirty: true,
			updatedAt: Math.max(Date.now(), (existing?.updatedAt ?? 0) + 1)
		};
		await db.copies.put(copy);
		// a new edit is a new attempt: earlier refusals may no longer apply
		await db.outbox.put({ code, queuedAt: Date.now(), attempts: 0 });
		return copy;
	});
}

/**
 * After a successful save of the copy written at `savedUpdatedAt`: the new base revision, and clean
 * unless the editor changed the document meanwhile.
 */
export async function markSaved(
	code: string,
	revision: number,
	savedUpdatedAt: number
): Promise<WorkingCopy | undefined> {
	const db = localDb();
	return db.transaction('rw', db.copies, db.outbox, async () => {
		const copy = await db.copies.get(code);
		if (!copy) return undefined;
		copy.baseRevision = revision;
		copy.dirty = copy.updatedAt !== savedUpdatedAt;
		await db.copies.put(copy);
		if (!copy.dirty) await db.outbox.delete(code);
		return copy;
	});
}

/**
 * Runs `task` for the newest value only: a value given while the task runs waits, and is replaced by
 * any newer one, so the disk always ends up with the latest edit and never with an older one.
 */
export class LatestWriter<T> {
	private running: Promise<void> | undefined;
	private next: { value: T } | undefined;

	constructor(private readonly task: (value: T) => Promise<unknown>) {}

	write(value: T): Promise<void> {
		this.next = { value };
		this.running ??= this.drain();
		return this.running;
	}

	private async drain() {
		while (this.next) {
			const { value } = this.next;
			this.next = undefined;
			try {
				await this.task(value);
			} catch {
				// see readCopy: a missing database must not break editing
			}
		}
		this.running = undefined;
	}

	/** Resolves when everything asked for is done. */
	async idle(): Promise<void> {
		while (this.running) await this.running;
	}
}
