// The editor's state: one item document, its history and what the domain core says about it. Every
// change goes through apply(), so undo, the local copy, the server sync and the checks all see it.
import type { Locale } from '$lib/domain/i18n';
import type { Item } from '$lib/domain/item';
import type { CheckSettings } from '$lib/domain/settings';
import type { DisplayStatus } from '$lib/domain/workflow';
import type { Review } from '$lib/api';
import { translator } from '$lib/domain/i18n';
import { designerMessages } from '../messages';
import { commentKey, readResolved, toggled, writeResolved } from './resolved';
import { LatestWriter, recordEdit, writeCopy } from '$lib/local/drafts';
import type { Syncer, SyncOutcome } from '$lib/local/sync';
import type { Analysis } from './analyse';
import { Analyser } from './analyser';
import { History } from './history';
import { indexIssues, issuesOf, tabFor, type Issue, type TabId } from './issues';
import { previewForm, type PreviewForm } from './preview';
import { produce } from './produce';

export type SaveState =
	'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'rejected' | 'signed-out';

export interface ConflictInfo {
	currentRevision: number;
	author?: string;
	savedAt?: string;
	theirs: Item;
}

export interface EditorOptions {
	code: string;
	document: Item;
	baseRevision: number;
	dirty: boolean;
	locale: Locale;
	serverStatus?: DisplayStatus;
	/** the department the item belongs to on the server */
	department?: string;
	/** the item's reviews on the server, newest first */
	reviews?: Review[];
	/** the revision the latest published version was made from, if any */
	publishedRevision?: number;
	syncer?: Syncer;
	/** analyse on the main thread (tests) */
	noWorker?: boolean;
	analyseDelay?: number;
	/** the deployment's settings (severities, profile, policy); the defaults when left out */
	checks?: CheckSettings;
}

export class EditorStore {
	readonly code: string;
	/** the item's department on the server; undefined when not on the server */
	readonly department: string | undefined;
	/** the revision the latest published version was made from; undefined when never published */
	readonly publishedRevision: number | undefined;
	doc: Item = $state.raw() as unknown as Item;
	/** increases with every change of the document */
	version = $state(0);
	baseRevision = $state(0);
	dirty = $state(false);
	canUndo = $state(false);
	canRedo = $state(false);
	saveState = $state<SaveState>('saved');
	saveMessage = $state('');
	conflict = $state.raw<ConflictInfo | undefined>();
	analysis = $state.raw<Analysis | undefined>();
	locale = $state<Locale>('zh-CN');
	/** workflow status on the server (draft, in-review, …); undefined when not on the server */
	serverStatus = $state<DisplayStatus | undefined>();
	/** the item's reviews, newest first */
	reviews = $state.raw<Review[]>([]);
	/** comments of the returned review the editor marked resolved (commentKey) */
	resolved = $state.raw<ReadonlySet<string>>(readResolved(''));

	/** the review that sent the item back, while it is the latest one */
	readonly returned: Review | undefined = $derived(
		this.reviews[0]?.state === 'returned' ? this.reviews[0] : undefined
	);
	/** its open comments on fields, shown at those fields like the checks' issues */
	readonly reviewIssues: Issue[] = $derived.by(() => {
		const r = this.returned;
		if (!r) return [];
		const t = translator(designerMessages, this.locale);
		return r.comments.flatMap((c, index) =>
			c.pointer === null || this.resolved.has(commentKey(r.id, index))
				? []
				: [
						{
							pointer: c.pointer,
							severity: 'warning' as const,
							message: `${t('designer.review.commentBy', { author: c.author })}：${c.text}`,
							review: { id: r.id, index, author: c.author }
						}
					]
		);
	});

	// where the editor looks: tab, selected material, an input to focus after a jump
	tab = $state<TabId>('guide');
	selectedMaterial = $state(0);
	focusRequest = $state.raw<{ pointer: string; at: number } | undefined>();
	/** a hand merge in progress: the JSON tab shows theirs beside the document */
	merging = $state(false);

	readonly issues: Issue[] = $derived(issuesOf(this.analysis));
	readonly issuesByPointer: Map<string, Issue[]> = $derived(
		indexIssues([...this.reviewIssues, ...this.issues])
	);
	/** problems that keep the draft from being submitted for review */
	readonly blockingSubmit: number = $derived(
		this.issues.filter((i) => i.blocks === 'submit').length
	);
	/** whether the latest analysis belongs to the current document */
	readonly analysed: boolean = $derived(this.analysis?.version === this.version);

	readonly preview: PreviewForm | undefined = $derived.by(() => this.memoPreview(this.doc));

	private readonly history = new History<Item>();
	private readonly analyser: Analyser;
	private readonly writer = new LatestWriter<Item>((doc) =>
		recordEdit(this.code, doc, doc.name, this.baseRevision)
	);
	private readonly syncer?: Syncer;
	private readonly unsubscribe?: () => void;
	private previewKey: unknown[] = [];
	private previewValue: PreviewForm | undefined;

	constructor(opts: EditorOptions) {
		this.code = opts.code;
		this.doc = opts.document;
		this.baseRevision = opts.baseRevision;
		this.dirty = opts.dirty;
		this.locale = opts.locale;
		this.serverStatus = opts.serverStatus;
		this.department = opts.department;
		this.publishedRevision = opts.publishedRevision;
		this.reviews = opts.reviews ?? [];
		this.resolved = readResolved(opts.code);
		this.saveState = opts.dirty ? 'unsaved' : 'saved';
		this.syncer = opts.syncer;
		this.analyser = new Analyser(
			(a) => {
				// an older answer arriving late must not replace a newer one
				if (!this.analysis || a.version >= this.analysis.version) this.analysis = a;
			},
			opts.analyseDelay ?? 150,
			!opts.noWorker && typeof Worker !== 'undefined',
			opts.checks
		);
		this.analyser.request(this.doc, this.version, this.locale, true);
		this.unsubscribe = this.syncer?.subscribe((code, outcome) => {
			if (code === this.code) this.onSync(outcome);
		});
	}

	/** Change the document. `mergeKey` joins quick successive edits of one input into one undo step. */
	apply(recipe: (draft: Item) => Item | void, mergeKey?: string): void {
		const next = produce(this.doc, recipe);
		if (next === this.doc) return;
		this.history.record(this.doc, mergeKey);
		this.commit(next);
	}

	/** Replace the whole document (JSON tab, take theirs); one undo step. */
	replace(doc: Item): void {
		this.apply(() => doc);
	}

	undo(): void {
		const prev = this.history.undo(this.doc);
		if (prev) this.commit(prev);
	}

	redo(): void {
		const next = this.history.redo(this.doc);
		if (next) this.commit(next);
	}

	/** End the current merged undo step (an input lost focus). */
	seal(): void {
		this.history.seal();
	}

	private commit(next: Item) {
		this.doc = next;
		this.version++;
		this.dirty = true;
		this.canUndo = this.history.canUndo;
		this.canRedo = this.history.canRedo;
		if (this.saveState !== 'conflict' && this.saveState !== 'signed-out') {
			this.saveState =
				typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'unsaved';
		}
		this.analyser.request(next, this.version, this.locale);
		void this.writer.write(next).then(() => this.syncer?.edited(this.code));
	}

	setLocale(locale: Locale) {
		if (locale === this.locale) return;
		this.locale = locale;
		this.analyser.request(this.doc, this.version, locale, true);
	}

	/** Resolves once the latest edit is in IndexedDB. */
	flushLocal(): Promise<void> {
		return this.writer.idle();
	}

	issuesAt(ptr: string): Issue[] {
		return this.issuesByPointer.get(ptr) ?? [];
	}

	/** Mark a returned review's comment resolved, or open again. */
	setResolved(review: number, index: number, done: boolean) {
		this.resolved = toggled(this.resolved, commentKey(review, index), done);
		writeResolved(this.code, this.resolved);
	}

	/** Show the input of an element: switch tab, select its material, focus it. */
	jumpTo(ptr: string) {
		this.tab = tabFor(ptr);
		const m = /^\/materials\/(\d+)/.exec(ptr);
		if (m) this.selectedMaterial = Number(m[1]);
		this.focusRequest = { pointer: ptr, at: Date.now() };
	}

	/** Show an element in the JSON tab (for what the visual tabs cannot edit). */
	openJson(ptr: string) {
		this.tab = 'json';
		this.focusRequest = { pointer: ptr, at: Date.now() };
	}

	private memoPreview(doc: Item): PreviewForm | undefined {
		const key = [doc.code, doc.form, doc.materials, doc.tolerance, doc.riskClass, doc.caseType];
		if (key.length === this.previewKey.length && key.every((k, i) => k === this.previewKey[i]))
			return this.previewValue;
		this.previewKey = key;
		this.previewValue = previewForm(doc);
		return this.previewValue;
	}

	// --- server sync -------------------------------------------------------------------------

	private onSync(outcome: SyncOutcome) {
		switch (outcome.kind) {
			case 'saved':
				this.baseRevision = outcome.revision;
				// any save makes the item a draft again (a pending review is withdrawn)
				this.serverStatus = 'draft';
				this.dirty = outcome.copy?.dirty ?? false;
				if (this.saveState !== 'conflict') this.saveState = this.dirty ? 'unsaved' : 'saved';
				this.saveMessage = '';
				if (!this.dirty) this.merging = false;
				break;
			case 'offline':
				this.saveState = 'offline';
				break;
			case 'unauthorized':
				this.saveState = 'signed-out';
				break;
			case 'rejected':
				this.saveState = 'rejected';
				this.saveMessage = outcome.message;
				break;
			case 'conflict':
				this.saveState = 'conflict';
				this.conflict = {
					currentRevision: outcome.currentRevision,
					author: outcome.author,
					savedAt: outcome.savedAt,
					theirs: outcome.document as Item
				};
				break;
		}
	}

	/** Keep mine: save the document again on top of their revision. */
	async keepMine(doc: Item = this.doc) {
		const c = this.conflict;
		if (!c) return;
		if (doc !== this.doc) this.replace(doc);
		await this.flushLocal();
		this.baseRevision = c.currentRevision;
		this.conflict = undefined;
		this.merging = false;
		this.saveState = 'unsaved';
		await writeCopy({
			code: this.code,
			document: this.doc,
			name: this.doc.name,
			baseRevision: c.currentRevision,
			dirty: true,
			updatedAt: Date.now()
		});
		this.syncer?.release(this.code);
	}

	/** Take theirs: the local changes are dropped (still reachable through undo). */
	async takeTheirs() {
		const c = this.conflict;
		if (!c) return;
		this.replace(c.theirs);
		await this.flushLocal();
		this.baseRevision = c.currentRevision;
		this.conflict = undefined;
		this.merging = false;
		this.dirty = false;
		this.saveState = 'saved';
		await writeCopy({
			code: this.code,
			document: this.doc,
			name: this.doc.name,
			baseRevision: c.currentRevision,
			dirty: false,
			updatedAt: Date.now()
		});
		this.syncer?.release(this.code);
	}

	/** A revision the server made from another one (恢复此修订) becomes the editor's content. */
	async adopt(document: Item, revision: number) {
		this.replace(document);
		await this.flushLocal();
		this.baseRevision = revision;
		this.serverStatus = 'draft';
		this.dirty = false;
		this.saveState = 'saved';
		await writeCopy({
			code: this.code,
			document: this.doc,
			name: this.doc.name,
			baseRevision: revision,
			dirty: false,
			updatedAt: Date.now()
		});
		this.syncer?.release(this.code);
	}

	mergeByHand() {
		this.merging = true;
		this.tab = 'json';
	}

	dispose() {
		this.unsubscribe?.();
		this.analyser.dispose();
	}
}
