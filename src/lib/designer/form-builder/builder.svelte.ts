// The builder's interaction state (selection, announcements, where focus goes next) and the user
// actions, each turned into one pure form operation and one emitted form. The component is
// controlled: nothing here keeps a copy of the form, so undo in the designer just works.
import type { FieldNode, Form, Path } from './ops';
import {
	addField,
	duplicateField,
	fieldTree,
	getEntry,
	isContainerPath,
	moveField,
	position,
	removeField,
	FormOpError
} from './ops';
import { isContainerKind, type PaletteKind } from './kinds';
import { optionValues } from './props';
import type { Speller } from '$lib/domain/naming';
import { builderTranslator, type BuilderT, type Locale } from './messages';

export interface BuilderProps {
	form: Form;
	locale: Locale;
	/** `mergeKey`: successive emits with the same key are one edit (typing in one input) */
	emit: (form: Form, mergeKey?: string) => void;
	/** unique per builder instance: DOM ids and drag-and-drop zone type */
	uid: string;
	/**
	 * The form of the latest published version: its fields' keys and option values are what
	 * submissions hold, so they never follow a new title. `'unknown'` (not loaded yet, or not
	 * readable): every field there is now counts as published.
	 */
	published?: Form | 'unknown';
}

export const pathId = (path: Path) => path.join('.');

export class Builder {
	#props: () => BuilderProps;
	selected = $state<string[] | null>(null);
	announcement = $state('');
	/** drags finished so far; a drop zone's in-drag snapshot is void once this moves on */
	dragCount = $state(0);
	/** focus this field's card once the form given back differs from `since` */
	#focus = $state<{ id: string; since: Form } | null>(null);
	/**
	 * Changes when another field is selected, not when the selected one is renamed: the property
	 * panel keeps its inputs (and the focus in them) across a rename.
	 */
	selection = $state(0);
	/** pinyin for keys, once its dictionary has loaded (see `loadSpeller`) */
	spell = $state.raw<Speller | undefined>();

	tree: FieldNode[] = $derived.by(() => fieldTree(this.#props().form));
	t: BuilderT = $derived.by(() => builderTranslator(this.#props().locale));
	/** the selected field, if it (still) exists: an undo may have removed it */
	current: FieldNode | undefined = $derived.by(() => {
		const sel = this.selected;
		return sel ? this.find(sel) : undefined;
	});

	constructor(props: () => BuilderProps) {
		this.#props = props;
	}

	/** The pinyin dictionary is large: it comes with the first builder shown, not with the page. */
	async loadSpeller() {
		if (this.spell) return;
		const { spellPinyin } = await import('$lib/domain/naming/pinyin');
		this.spell = spellPinyin;
	}

	get form(): Form {
		return this.#props().form;
	}
	get locale(): Locale {
		return this.#props().locale;
	}
	get uid(): string {
		return this.#props().uid;
	}

	/** DOM id of a field's card; the empty path is the canvas itself. */
	cardId(path: Path): string {
		return path.length ? `${this.uid}-field-${pathId(path)}` : `${this.uid}-canvas`;
	}

	find(path: Path): FieldNode | undefined {
		let list = this.tree;
		let node: FieldNode | undefined;
		for (const key of path) {
			node = list.find((n) => n.key === key);
			if (!node) return undefined;
			list = node.children ?? [];
		}
		return node;
	}

	title(path: Path): string {
		const n = this.find(path);
		return n?.title || n?.key || '';
	}

	/** The card to focus now, if a requested one has appeared. Called from an effect. */
	pendingFocus(): string | undefined {
		const f = this.#focus;
		const now = this.form;
		if (!f || (f.since.schema === now.schema && f.since.uiSchema === now.uiSchema))
			return undefined;
		this.#focus = null;
		return f.id;
	}

	dragEnded() {
		this.dragCount++;
	}

	select(path: Path | null) {
		if (pathId(path ?? []) !== pathId(this.selected ?? [])) this.selection++;
		this.selected = path ? [...path] : null;
	}

	announce(text: string) {
		// a repeated message would not be read again by a live region unless the text changes
		this.announcement = this.announcement === text ? text + '\u00a0' : text;
	}

	/** `action`: the card's action button to focus instead of the card, so it can be pressed again */
	#apply(next: Form, select: string[] | null, message: string, action?: string) {
		const since = this.form;
		this.select(select);
		const card = this.cardId(select ?? []);
		this.#focus = { id: select && action ? `${card}-${action}` : card, since };
		this.#props().emit(next);
		this.announce(message);
	}

	#try(fn: () => void) {
		try {
			fn();
		} catch (err) {
			if (!(err instanceof FormOpError)) throw err;
			this.announce(this.t('builder.cannotMove'));
		}
	}

	/**
	 * Palette button: into the selected section or repeating group (at its end), else right after the
	 * selected field in its own section, else at the end of the form.
	 */
	add(kind: PaletteKind) {
		const sel = this.current ? this.selected : null;
		if (sel && this.current?.children && isContainerPath(this.form, sel)) {
			return this.insert(kind, sel, Infinity);
		}
		const pos = sel ? position(this.form, sel) : undefined;
		const parent = pos ? pos.parent : [];
		this.insert(kind, parent, pos ? pos.index + 1 : Infinity);
	}

	insert(kind: PaletteKind, parent: Path, index: number) {
		this.#try(() => {
			const { form, key } = addField(this.form, parent, index, kind, this.locale);
			const path = [...parent, key];
			const title = String(getEntry(form, path)?.schema.title ?? key);
			const pos = position(form, path);
			const after = pos && pos.index > 0 ? this.#titleIn(form, parent, pos.index - 1) : '';
			let message: string;
			if (parent.length && pos && pos.index === pos.count - 1) {
				message = this.t('builder.addedInto', { title, into: this.title(parent) });
			} else if (after) {
				message = this.t('builder.addedAfter', { title, after });
			} else {
				message = this.t('builder.added', { title });
			}
			this.#apply(form, path, message);
		});
	}

	#titleIn(form: Form, parent: Path, index: number): string {
		const siblings = fieldTree(form);
		let list = siblings;
		for (const k of parent) list = list.find((n) => n.key === k)?.children ?? [];
		const n = list[index];
		return n ? n.title || n.key : '';
	}

	/** Whether the field at `path` is in the published version (its key must not change). */
	isPublished(path: Path): boolean {
		const published = this.#props().published;
		if (published === undefined) return false;
		// while the published form is unknown, every field counts as published
		if (published === 'unknown') return true;
		return getEntry(published, path) !== undefined;
	}

	/** Option values of the field at `path` that the published version has. */
	publishedOptions(path: Path): string[] {
		const published = this.#props().published;
		if (published === undefined) return [];
		return optionValues(published === 'unknown' ? this.form : published, path);
	}

	/** Move to `index` of the section at `toParent` (drag and drop and the keyboard). */
	move(from: Path, toParent: Path, index: number, action?: string) {
		this.#try(() => {
			const title = this.title(from);
			const sameParent = pathId(from.slice(0, -1)) === pathId(toParent);
			const { form, key } = moveField(this.form, from, toParent, index);
			const path = [...toParent, key];
			const pos = position(form, path);
			const at = (pos?.index ?? 0) + 1;
			let message = this.t('builder.movedTo', { title, pos: at });
			if (!sameParent) {
				const outward = toParent.every((k, i) => from[i] === k);
				message = outward
					? this.t('builder.movedOut', { title, pos: at })
					: this.t('builder.movedInto', { title, into: this.title(toParent), pos: at });
			}
			this.#apply(form, path, message, action);
		});
	}

	moveBy(path: Path, delta: number, action?: string) {
		const pos = position(this.form, path);
		if (!pos) return;
		const index = pos.index + delta;
		if (index < 0 || index >= pos.count) return this.announce(this.t('builder.cannotMove'));
		this.move(path, pos.parent, index, action);
	}

	/** Into the section or repeating group just above, at its end. */
	indent(path: Path, action?: string) {
		const pos = position(this.form, path);
		const siblings = pos ? (pos.parent.length ? this.find(pos.parent)?.children : this.tree) : [];
		const prev = pos && pos.index > 0 ? siblings?.[pos.index - 1] : undefined;
		if (!pos || !prev || !isContainerKind(prev.kind) || !prev.children) {
			return this.announce(this.t('builder.cannotMove'));
		}
		this.move(path, prev.path, prev.children.length, action);
	}

	/** Out of its section, right after it. */
	outdent(path: Path, action?: string) {
		const parent = path.slice(0, -1);
		const pos = parent.length ? position(this.form, parent) : undefined;
		if (!pos) return this.announce(this.t('builder.cannotMove'));
		this.move(path, pos.parent, pos.index + 1, action);
	}

	duplicate(path: Path) {
		this.#try(() => {
			const { form, key } = duplicateField(this.form, path);
			this.#apply(
				form,
				[...path.slice(0, -1), key],
				this.t('builder.duplicated', { title: this.title(path) })
			);
		});
	}

	remove(path: Path) {
		this.#try(() => {
			const pos = position(this.form, path);
			const title = this.title(path);
			const form = removeField(this.form, path);
			const parent = path.slice(0, -1);
			const siblings = parent.length ? this.find(parent)?.children : this.tree;
			const rest = (siblings ?? []).filter((n) => n.key !== path[path.length - 1]);
			// focus stays in the same place: the next field, else the previous, else the section
			const next = pos ? (rest[pos.index] ?? rest[pos.index - 1]) : undefined;
			const select = next ? next.path : parent.length ? parent : null;
			this.#apply(form, select, this.t('builder.removed', { title }));
		});
	}

	/**
	 * Replace the form by an edit of the selected field (property panel). `path`: its new path
	 * after a rename; `mergeKey`: typing in one input, which the designer may keep as one undo step.
	 */
	edit(next: Form, opts: { path?: string[]; mergeKey?: string } = {}) {
		// a rename changes the path but not the selection (see `selection`)
		if (opts.path) this.selected = opts.path;
		this.#props().emit(next, opts.mergeKey);
	}
}
