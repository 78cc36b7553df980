// Comments a reviewer is writing, each anchored to a change's JSON pointer, kept until the decision
// is sent so that opening and closing sections loses nothing.
export interface DraftComment {
	pointer: string;
	/** the change's sentence, to show what the comment is about */
	about: string;
	text: string;
}

export class CommentDrafts {
	list = $state<DraftComment[]>([]);

	has(pointer: string): boolean {
		return this.list.some((c) => c.pointer === pointer);
	}

	open(pointer: string, about: string): void {
		if (!this.has(pointer)) this.list.push({ pointer, about, text: '' });
	}

	remove(pointer: string): void {
		this.list = this.list.filter((c) => c.pointer !== pointer);
	}

	/** what the decision endpoint takes: only comments with text */
	payload(): { pointer: string; text: string }[] {
		return this.list
			.filter((c) => c.text.trim() !== '')
			.map((c) => ({ pointer: c.pointer, text: c.text.trim() }));
	}
}
