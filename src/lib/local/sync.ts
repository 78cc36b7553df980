// Sends queued working copies to the server. Saves carry the base revision, so a save on top of
// someone else's newer revision comes back as a conflict for the editor to resolve, never as an
// overwrite. Without a network the queue waits and is retried with backoff and on the `online` event.
import { markSaved, outbox, readCopy, updateOutbox, type WorkingCopy } from './drafts';

export interface RemoteResult {
	ok: boolean;
	/** 0 when there was no answer at all */
	status: number;
	value?: { revision: number };
	problem?: {
		title?: string;
		detail?: string;
		errors?: { pointer: string; message: string }[];
		currentRevision?: number;
		author?: string;
		savedAt?: string;
		document?: unknown;
	};
}

export interface Remote {
	save(code: string, baseRevision: number, document: unknown): Promise<RemoteResult>;
	create(document: unknown): Promise<RemoteResult>;
}

export type SyncOutcome =
	| { kind: 'saved'; revision: number; copy?: WorkingCopy }
	| {
			kind: 'conflict';
			currentRevision: number;
			author?: string;
			savedAt?: string;
			document: unknown;
			message: string;
	  }
	| { kind: 'offline' }
	| { kind: 'unauthorized' }
	| {
			kind: 'rejected';
			status: number;
			message: string;
			errors: { pointer: string; message: string }[];
	  };

const text = (p: RemoteResult['problem']) => [p?.title, p?.detail].filter(Boolean).join(' — ');

/** One attempt to bring a working copy to the server. */
export async function pushCopy(copy: WorkingCopy, remote: Remote): Promise<SyncOutcome> {
	const r =
		copy.baseRevision > 0
			? await remote.save(copy.code, copy.baseRevision, copy.document)
			: await remote.create(copy.document);
	if (r.ok && r.value) {
		const saved = await markSaved(copy.code, r.value.revision, copy.updatedAt);
		return { kind: 'saved', revision: r.value.revision, copy: saved };
	}
	if (r.status === 0 || r.status >= 500) return { kind: 'offline' };
	if (r.status === 401) return { kind: 'unauthorized' };
	if (r.status === 409 && r.problem && typeof r.problem.currentRevision === 'number') {
		return {
			kind: 'conflict',
			currentRevision: r.problem.currentRevision,
			author: r.problem.author,
			savedAt: r.problem.savedAt,
			document: r.problem.document,
			message: text(r.problem)
		};
	}
	return {
		kind: 'rejected',
		status: r.status,
		message: text(r.problem),
		errors: r.problem?.errors ?? []
	};
}

export interface SyncerOptions {
	/** called after every attempt, for every item */
	onOutcome?: (code: string, outcome: SyncOutcome) => void;
	/** first retry delay (ms); doubles up to maxDelay */
	baseDelay?: number;
	maxDelay?: number;
	/** wait this long after an edit before saving, so typing is not one request per key */
	idleDelay?: number;
}

export class Syncer {
	private timer: ReturnType<typeof setTimeout> | undefined;
	private running = false;
	private again = false;
	private delay: number;
	private readonly listeners = new Set<(code: string, outcome: SyncOutcome) => void>();
	private readonly cleanup: (() => void)[] = [];
	/** items held back until the editor decides (conflicts) or edits again (refusals) */
	private readonly held = new Set<string>();

	constructor(
		private readonly remote: Remote,
		private readonly opts: SyncerOptions = {}
	) {
		this.delay = opts.baseDelay ?? 1000;
		if (opts.onOutcome) this.listeners.add(opts.onOutcome);
	}

	/** Listen to the browser's network events. */
	start(): this {
		if (typeof window === 'undefined') return this;
		const online = () => {
			this.delay = this.opts.baseDelay ?? 1000;
			this.kick();
		};
		window.addEventListener('online', online);
		this.cleanup.push(() => window.removeEventListener('online', online));
		this.kick();
		return this;
	}

	stop() {
		clearTimeout(this.timer);
		for (const f of this.cleanup.splice(0)) f();
	}

	subscribe(fn: (code: string, outcome: SyncOutcome) => void): () => void {
		this.listeners.add(fn);
		return () => this.listeners.delete(fn);
	}

	/** An item was edited: save it after a short idle time. */
	edited(code: string) {
		this.held.delete(code);
		this.schedule(this.opts.idleDelay ?? 800);
	}

	/** Release an item held after a conflict (the editor chose what to keep). */
	release(code: string) {
		this.held.delete(code);
		this.kick();
	}

	kick() {
		this.schedule(0);
	}

	private schedule(ms: number) {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.run(), ms);
	}

	/** Push every queued item once; resolves when done. */
	async run(): Promise<void> {
		if (this.running) {
			this.again = true;
			return;
		}
		this.running = true;
		let offline = false;
		try {
			for (const entry of await outbox()) {
				if (this.held.has(entry.code)) continue;
				const copy = await readCopy(entry.code);
				if (!copy || !copy.dirty) continue;
				const outcome = await pushCopy(copy, this.remote);
				if (outcome.kind === 'offline') {
					offline = true;
					await updateOutbox(entry.code, { attempts: entry.attempts + 1 }).catch(() => {});
				} else if (outcome.kind === 'conflict' || outcome.kind === 'rejected') {
					this.held.add(entry.code);
					await updateOutbox(entry.code, {
						conflict: outcome.kind === 'conflict',
						lastError: outcome.message
					}).catch(() => {});
				} else if (outcome.kind === 'unauthorized') {
					this.held.add(entry.code);
				}
				for (const l of this.listeners) l(entry.code, outcome);
				if (offline) break;
			}
		} finally {
			this.running = false;
		}
		if (offline) {
			const wait = this.delay;
			this.delay = Math.min(this.delay * 2, this.opts.maxDelay ?? 30_000);
			this.schedule(wait);
		} else {
			this.delay = this.opts.baseDelay ?? 1000;
			if (this.again) {
				this.again = false;
				this.kick();
			}
		}
	}
}
