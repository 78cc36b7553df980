// Undo/redo over immutable snapshots. Snapshots share every unchanged subtree (see ./produce), so
// keeping a few hundred of them costs little more than the edits themselves. Typing into one
// field is merged into one step while it continues, so Ctrl+Z undoes a word, not a character.

export interface HistoryOptions {
	/** most undo steps kept; the oldest are dropped */
	limit?: number;
	/** edits with the same merge key closer together than this (ms) become one step */
	mergeWindow?: number;
	now?: () => number;
}

export class History<T> {
	private past: T[] = [];
	private future: T[] = [];
	private lastKey: string | undefined;
	private lastAt = 0;
	private readonly limit: number;
	private readonly mergeWindow: number;
	private readonly now: () => number;

	constructor(opts: HistoryOptions = {}) {
		this.limit = opts.limit ?? 200;
		this.mergeWindow = opts.mergeWindow ?? 1000;
		this.now = opts.now ?? (() => Date.now());
	}

	/** Record that `previous` was replaced by a new state. */
	record(previous: T, mergeKey?: string): void {
		const at = this.now();
		const merge =
			mergeKey !== undefined &&
			mergeKey === this.lastKey &&
			at - this.lastAt < this.mergeWindow &&
			this.past.length > 0;
		if (!merge) {
			this.past.push(previous);
			if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
		}
		this.future = [];
		this.lastKey = mergeKey;
		this.lastAt = at;
	}

	/** The state to go back to, given the current one (which becomes redoable). */
	undo(current: T): T | undefined {
		const prev = this.past.pop();
		if (prev === undefined) return undefined;
		this.future.push(current);
		this.lastKey = undefined;
		return prev;
	}

	redo(current: T): T | undefined {
		const next = this.future.pop();
		if (next === undefined) return undefined;
		this.past.push(current);
		this.lastKey = undefined;
		return next;
	}

	/** Stop merging: the next edit starts a new step even with the same key. */
	seal(): void {
		this.lastKey = undefined;
	}

	clear(): void {
		this.past = [];
		this.future = [];
		this.lastKey = undefined;
	}

	get canUndo(): boolean {
		return this.past.length > 0;
	}
	get canRedo(): boolean {
		return this.future.length > 0;
	}
	get depth(): { past: number; future: number } {
		return { past: this.past.length, future: this.future.length };
	}
}
