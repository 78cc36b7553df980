// Comments a reviewer is writing, each anchored to a change's JSON pointer, plus the general one.
// They are kept by the server (PUT /reviews/{id}/drafts, a moment after each change) until the
// decision is sent, so a reload, a crash or a closed tab loses nothing.
import { api } from '$lib/api/client';

export interface DraftComment {
	pointer: string;
	/** the change's sentence, to show what the comment is about */
	about: string;
	text: string;
}

/** what the server keeps: anchored drafts and the general comment (pointer null) */
export interface StoredDraft {
	pointer: string | null;
	about: string;
	text: string;
}

const SAVE_AFTER_MS = 400;

export class CommentDrafts {
	list = $state<DraftComment[]>([]);
	general = $state('');
	/** where keeping the drafts stands, for a polite status line */
	saving = $state<'idle' | 'saving' | 'saved' | 'failed'>('idle');
	private reviewId: number | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;

	/** Starts from what the server kept for this review. */
	load(reviewId: number | null, stored: readonly StoredDraft[]): void {
		this.cancel();
		this.reviewId = reviewId;
		this.list = stored
			.filter((d): d is DraftComment => d.pointer !== null)
			.map((d) => ({ pointer: d.pointer, about: d.about, text: d.text }));
		this.general = stored.find((d) => d.pointer === null)?.text ?? '';
		this.saving = 'idle';
	}

	has(pointer: string): boolean {
		return this.list.some((c) => c.pointer === pointer);
	}

	open(pointer: string, about: string): void {
		if (!this.has(pointer)) this.list.push({ pointer, about, text: '' });
		this.changed();
	}

	remove(pointer: string): void {
		this.list = this.list.filter((c) => c.pointer !== pointer);
		this.changed();
	}

	/** Something was typed: keep it a moment later (one request per pause, not per key). */
	changed(): void {
		if (this.reviewId === null) return;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), SAVE_AFTER_MS);
	}

	/** No save after the decision: the server drops the drafts when it takes it. */
	cancel(): void {
		clearTimeout(this.timer);
		this.timer = undefined;
	}

	async flush(): Promise<void> {
		this.cancel();
		const id = this.reviewId;
		if (id === null) return;
		const comments: StoredDraft[] = this.list.map((c) => ({ ...c }));
		if (this.general.trim()) comments.push({ pointer: null, about: '', text: this.general });
		this.saving = 'saving';
		const r = await api.saveCommentDrafts({ params: { id }, body: { comments } });
		this.saving = r.ok ? 'saved' : 'failed';
	}

	/** what the decision endpoint takes: only comments with text */
	payload(): { pointer: string; text: string }[] {
		return this.list
			.filter((c) => c.text.trim() !== '')
			.map((c) => ({ pointer: c.pointer, text: c.text.trim() }));
	}

	/** after the decision */
	clear(): void {
		this.cancel();
		this.list = [];
		this.general = '';
		this.saving = 'idle';
	}
}
