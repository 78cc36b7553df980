// The one-thing being edited: the document as one immutable value, autosaved after a short idle
// time with its base revision (a stale save comes back as a conflict and nothing is overwritten),
// and previewed on the server (compiled against the members' current published bundles: the
// merged form, the conflicts and the shared-field suggestions, all from the domain).
import type { Locale } from '$lib/domain/i18n';
import type { DisplayStatus } from '$lib/domain/workflow';
import type { FormField } from '$lib/domain/item';
import { memberConditionFields } from '$lib/domain/onething/condition-fields';
import type { OneThing, OneThingBundle, OneThingConflict } from '$lib/domain/onething/types';
import type { SharedFieldSuggestion } from './doc';
import {
	previewOneThing,
	saveOneThing,
	type OneThingOpened,
	type SaveOutcome,
	type StaleMember
} from './remote';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'rejected';

export interface Remote {
	save: (code: string, base: number, doc: OneThing) => Promise<SaveOutcome>;
	preview: typeof previewOneThing;
}

const REAL: Remote = { save: saveOneThing, preview: previewOneThing };

export class OneThingStore {
	readonly code: string;
	locale: Locale = $state('zh-CN');
	doc: OneThing = $state.raw() as unknown as OneThing;
	baseRevision = $state(0);
	status: DisplayStatus = $state('draft');
	department = $state('');
	latestVersion: number | null = $state(null);
	staleMembers: StaleMember[] = $state.raw([]);
	saveState: SaveState = $state('saved');
	saveMessage = $state('');
	conflict: { currentRevision: number; author?: string; document?: OneThing } | undefined =
		$state.raw();

	bundle: OneThingBundle | null = $state.raw(null);
	/** the fields a member's condition may test: the merged form's shared fields, as last previewed */
	readonly conditionFields: FormField[] = $derived(memberConditionFields(this.bundle));
	conflicts: OneThingConflict[] = $state.raw([]);
	suggestions: SharedFieldSuggestion[] = $state.raw([]);
	problems: { pointer: string; message: string }[] = $state.raw([]);
	resolved: { code: string; name: string | null; version: number | null }[] = $state.raw([]);
	previewState: 'idle' | 'loading' | 'ready' | 'failed' = $state('idle');
	previewMessage = $state('');
	/** a mapping key the shared-fields tab should bring into view (a conflict's link) */
	focusKey: string | undefined = $state();

	private saveTimer: ReturnType<typeof setTimeout> | undefined;
	private previewTimer: ReturnType<typeof setTimeout> | undefined;
	private saving: Promise<void> | undefined;
	private previewSeq = 0;
	private disposed = false;
	private retry = 1000;

	constructor(
		opened: OneThingOpened & { code: string; locale: Locale },
		private remote: Remote = REAL,
		private idle = 700
	) {
		this.code = opened.code;
		this.locale = opened.locale;
		this.doc = opened.document;
		this.baseRevision = opened.revision;
		this.status = opened.status;
		this.department = opened.department;
		this.latestVersion = opened.latestVersion;
		this.staleMembers = opened.staleMembers;
		this.schedulePreview(0);
	}

	get dirty(): boolean {
		return this.saveState !== 'saved';
	}

	/** One edit: the new document replaces the old and is saved after a short idle time. */
	edit(change: (doc: OneThing) => OneThing): void {
		const next = change(this.doc);
		if (next === this.doc) return;
		this.doc = next;
		if (this.saveState !== 'conflict') {
			this.saveState = 'unsaved';
			this.scheduleSave(this.idle);
		}
		this.schedulePreview(this.idle * 2);
	}

	private scheduleSave(ms: number) {
		clearTimeout(this.saveTimer);
		this.saveTimer = setTimeout(() => void this.save(), ms);
	}

	schedulePreview(ms: number) {
		clearTimeout(this.previewTimer);
		this.previewTimer = setTimeout(() => void this.refreshPreview(), ms);
	}

	/** Saves now (waiting for a save under way first); resolves when the document is on the server. */
	async save(): Promise<void> {
		if (this.disposed) return;
		clearTimeout(this.saveTimer);
		if (this.saving) await this.saving;
		if (this.saveState === 'saved' || this.saveState === 'conflict') return;
		const sent = this.doc;
		this.saveState = 'saving';
		let done!: () => void;
		this.saving = new Promise((r) => (done = r));
		try {
			const r = await this.remote.save(this.code, this.baseRevision, sent);
			this.apply(r, sent);
		} finally {
			this.saving = undefined;
			done();
		}
	}

	private apply(r: SaveOutcome, sent: OneThing) {
		switch (r.kind) {
			case 'saved':
				this.retry = 1000;
				this.baseRevision = r.revision;
				this.status = r.status;
				if (this.doc === sent) this.saveState = 'saved';
				else {
					this.saveState = 'unsaved';
					this.scheduleSave(this.idle);
				}
				return;
			case 'offline':
				this.saveState = 'offline';
				this.scheduleSave(this.retry);
				this.retry = Math.min(this.retry * 2, 30_000);
				return;
			case 'conflict':
				this.saveState = 'conflict';
				this.conflict = r;
				return;
			case 'rejected':
				this.saveState = 'rejected';
				this.saveMessage = r.message;
		}
	}

	/** Conflict: save mine over theirs (on top of their revision). */
	keepMine(): void {
		if (!this.conflict) return;
		this.baseRevision = this.conflict.currentRevision;
		this.conflict = undefined;
		this.saveState = 'unsaved';
		void this.save();
	}

	/** Conflict: drop mine and continue from theirs. */
	takeTheirs(): void {
		const c = this.conflict;
		if (!c) return;
		this.conflict = undefined;
		this.baseRevision = c.currentRevision;
		if (c.document) this.doc = c.document;
		this.saveState = 'saved';
		this.schedulePreview(0);
	}

	async refreshPreview(): Promise<void> {
		if (this.disposed) return;
		clearTimeout(this.previewTimer);
		const seq = ++this.previewSeq;
		this.previewState = 'loading';
		const r = await this.remote.preview(this.code, this.doc);
		if (seq !== this.previewSeq || this.disposed) return;
		if (r.ok) {
			this.bundle = r.bundle;
			this.conflicts = r.conflicts;
			this.suggestions = r.suggestions;
			this.problems = r.errors;
			this.resolved = r.members;
			this.previewState = 'ready';
			this.previewMessage = '';
		} else {
			this.previewState = 'failed';
			this.previewMessage = r.why;
		}
	}

	/** A member's name: from the compiled bundle, else as the preview resolved it, else its code. */
	memberName(code: string): string {
		return (
			this.bundle?.members.find((m) => m.code === code)?.name ??
			this.resolved.find((m) => m.code === code)?.name ??
			code
		);
	}

	dispose(): void {
		this.disposed = true;
		clearTimeout(this.saveTimer);
		clearTimeout(this.previewTimer);
	}
}
