// The state of one form instance. Data lives in one deeply reactive proxy; every field reads only
// its own property, so typing re-runs that field alone. Errors live in one small reactive cell per
// pointer, created on first read, so showing one field's error touches one field.
import { tick } from 'svelte';
import type { ValidatorType } from '@rjsf/utils';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import type { Locale } from '$lib/domain/i18n';
import { hasCalc } from '$lib/domain/calc/types';
import type { CalcField } from '$lib/domain/calc';
import { valueAt } from '$lib/domain/calc/value-at';
import { jsonEqual } from '$lib/domain/conditions/json-equal';
import type { FormPage } from '$lib/domain/pages/pages';
import type { Pager } from './pages';
import type { CrossFieldCheck } from './cross-field';
import { todayInChina } from '$lib/domain/workdays/today';
import { formTranslator, type FormT } from './messages';
import { fieldId, pointerAncestry, setAt, type Path } from './paths';
import type { FormError, FormValidator } from './validator/types';
import { rjsfValidator } from './validator/rjsf';
import { BATCH_FIELDS, FIRST_FIELDS, LONG_FORM_FIELDS, drawUpTo, fieldWeight } from './progressive';

class ErrorCell {
	messages = $state<string[]>([]);
}

export interface SummaryEntry {
	pointer: string;
	/** pointer of the rendered field the message is shown at (the nearest rendered ancestor) */
	target: string;
	label: string;
	message: string;
}

export interface FormOptions {
	schema: JsonSchema;
	uiSchema: UiSchema;
	validator: FormValidator;
	locale: Locale;
	idPrefix: string;
	liveValidate: boolean;
	readonly: boolean;
	/** draw the first screen of fields at once and the rest after the first paint */
	progressive?: boolean;
	onchange?: (data: unknown) => void;
}

/** What a field tells the form so that it can be checked alone. */
export interface FieldCheck {
	schema: JsonSchema;
	required: boolean;
	value: () => unknown;
}

function sameList(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

export class FormState {
	holder = $state<{ root: unknown }>({ root: undefined });
	summary = $state<SummaryEntry[]>([]);
	/** text for the polite live region (array changes, file checks) */
	announcement = $state('');
	/** how many top-level fields are drawn (all of them unless drawing progressively) */
	drawn = $state(Infinity);
	/** drawn progressively: long enough that drawing it in steps pays */
	readonly long: boolean = false;
	#weights: number[] = [];
	readonly schema: JsonSchema;
	readonly uiSchema: UiSchema;
	readonly locale: Locale;
	readonly t: FormT;
	readonly rv: ValidatorType;
	readonly readonly: boolean;
	#opts: FormOptions;
	// Not reactive on purpose: each cell is; the map itself only finds them.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#cells = new Map<string, ErrorCell>();
	#changePending = false;
	/** calculated fields (`ui:calc`), filled in from the data after every edit */
	#calcs: CalcField[] = [];
	// the calculation library (and its holiday calendar) loads only for a form that has one
	#compute: (typeof import('$lib/domain/calc'))['computeCalc'] | undefined;
	/** settles once the parts this form loads on demand (calculations, cross-field rules) are in */
	readonly ready: Promise<void>;
	// cross-field rules likewise: their check loads only for a form that has them
	#crossField: CrossFieldCheck | undefined;
	/** the steps of a multi-page form (`ui:pages`), null for a single page */
	pages = $state<FormPage[] | null>(null);
	/** the step shown: a page's index, or pages.length for the review before submitting */
	page = $state(0);
	/** the stepper's logic, loaded only for a form with `ui:pages` */
	pager = $state.raw<Pager>();
	// a form with pages shows no section until its pages are read: never all of them at once
	#pagesPending = $state(false);
	/** the page whose errors are shown (multi-page forms show one page's errors at a time) */
	#errorPage: number | null = null;

	constructor(opts: FormOptions) {
		this.#opts = opts;
		this.schema = opts.schema;
		this.uiSchema = opts.uiSchema;
		this.locale = opts.locale;
		this.t = formTranslator(opts.locale);
		this.rv = rjsfValidator(opts.validator);
		this.readonly = opts.readonly;
		const loading: Promise<void>[] = [];
		if (Array.isArray(opts.uiSchema['ui:rules'])) {
			loading.push(
				import('./cross-field').then((m) => {
					this.#crossField = m.crossFieldCheck(opts.schema, opts.uiSchema, opts.locale);
					// errors already on screen now include the rules
					if (this.summary.length) this.validateAll(true);
				})
			);
		}
		if (hasCalc(opts.uiSchema)) {
			loading.push(
				import('$lib/domain/calc').then((lib) => {
					this.#calcs = lib.calcFields(opts.uiSchema).filter((f) => f.calc);
					this.#compute = lib.computeCalc;
					this.recalc();
				})
			);
		}
		// a read-only form (a submission under review, a comparison) shows every answer at once
		const paged = !opts.readonly && Array.isArray(opts.uiSchema['ui:pages']);
		if (paged) {
			this.#pagesPending = true;
			loading.push(
				import('./pages').then((pager) => {
					this.pager = pager;
					this.pages = pager.pagesOf(opts.schema, opts.uiSchema);
					this.#errorPage = this.pages ? 0 : null;
					this.#pagesPending = false;
				})
			);
		}
		this.ready = Promise.all(loading).then(() => undefined);
		// Live validation shows every field's errors from the first keystroke: it draws them all.
		// A multi-page form draws one page at a time anyway.
		if (opts.progressive && !opts.liveValidate && !paged && typeof window !== 'undefined') {
			const props = (opts.schema.properties ?? {}) as Record<string, unknown>;
			const order = opts.uiSchema['ui:order'];
			const first = Array.isArray(order) ? order.filter((n) => n in props) : [];
			const names = [...first, ...Object.keys(props).filter((n) => !first.includes(n))];
			this.#weights = names.map((n) => fieldWeight(props[n]));
			// a form of a screen or two is drawn at once: steps would only cost its keystrokes
			const total = this.#weights.reduce((a, b) => a + b, 0);
			if (total > LONG_FORM_FIELDS) {
				this.drawn = drawUpTo(this.#weights, 0, FIRST_FIELDS);
				this.long = this.drawn < this.#weights.length;
				if (!this.long) this.drawn = Infinity;
			}
		}
	}

	/** Draw the next `fields` fields' worth of top-level fields (progressive drawing). */
	drawMore(fields = BATCH_FIELDS): void {
		if (this.drawn === Infinity) return;
		const next = drawUpTo(this.#weights, this.drawn, fields);
		this.drawn = next >= this.#weights.length ? Infinity : next;
	}

	/** Whether a top-level section is on the step shown (always, for a single-page form). */
	onPage(name: string): boolean {
		if (this.#pagesPending) return false;
		return !this.pages || this.pageOf('/' + name) === this.page;
	}

	/** Show another step; its errors only, none until asked for. */
	goTo(page: number): void {
		if (!this.pages) return;
		this.page = Math.max(0, Math.min(page, this.pages.length));
		this.#errorPage = this.page;
		this.summary = [];
		for (const c of this.#cells.values()) if (c.messages.length) c.messages = [];
	}

	/** The errors of the step shown, at its fields and in the summary (Next). */
	validatePage(): FormError[] {
		this.#errorPage = this.page;
		return this.validateAll(true);
	}

	/** Every error of the form, shown on nothing: which page to go to (submit). */
	check(): FormError[] {
		return this.#run();
	}

	/** The page a field (or its error) is on. */
	pageOf(pointer: string): number {
		return this.pages && this.pager ? this.pager.pageOfPointer(this.pages, pointer) : 0;
	}

	/** Draw every field now: before validating, focusing an error, printing. */
	drawEverything(): void {
		this.drawn = Infinity;
	}

	/**
	 * Fill in the calculated fields from the current data (the domain's library, no `eval`): a
	 * value that can no longer be computed (the ID number was cleared) is removed.
	 */
	recalc(): void {
		const compute = this.#compute;
		if (!compute || this.holder.root === null || typeof this.holder.root !== 'object') return;
		const data = $state.snapshot(this.holder.root);
		const ctx = { today: todayInChina() };
		for (const f of this.#calcs) {
			const next = compute(f.calc!, data, ctx);
			if (jsonEqual(valueAt(data, f.path.join('.')), next)) continue;
			if (next !== undefined) setAt(this.holder as Record<string, unknown>, f.path, next);
			else {
				const parent = valueAt(this.holder.root, f.path.slice(0, -1).join('.'));
				if (parent && typeof parent === 'object')
					delete (parent as Record<string, unknown>)[f.path.at(-1)!];
			}
		}
	}

	/** the form element: set by the form once mounted, so lookups work inside a shadow root too */
	host: HTMLElement | undefined;

	/** An element of this form by id, in the document or the shadow root (the widget) it lives in. */
	element(id: string): HTMLElement | null {
		if (typeof document === 'undefined') return null;
		const root = this.host?.getRootNode();
		const scope = root instanceof ShadowRoot ? root : document;
		return scope.getElementById(id);
	}

	get data(): unknown {
		return this.holder.root;
	}

	id(ptr: string): string {
		return fieldId(this.#opts.idPrefix, ptr);
	}

	cell(ptr: string): ErrorCell {
		let c = this.#cells.get(ptr);
		if (!c) this.#cells.set(ptr, (c = new ErrorCell()));
		return c;
	}

	/**
	 * Nearest rendered field for an error pointer ('' = the form itself). The DOM is the registry:
	 * fields keep no bookkeeping of their own, which keeps mounting a large form cheap.
	 */
	target(ptr: string): string | undefined {
		if (typeof document === 'undefined') return undefined;
		return pointerAncestry(ptr).find((p) => this.element(this.id(p)) !== null);
	}

	/** "Section › Field" for the summary, read from the legends and labels on the page. */
	label(target: string): string {
		const el = typeof document === 'undefined' ? null : this.element(this.id(target));
		if (!el) return '';
		const own =
			el instanceof HTMLFieldSetElement
				? el.querySelector(':scope > legend .bsf-text')
				: (el.closest('.bsf-field')?.querySelector('.bsf-label .bsf-text, .bsf-check .bsf-text') ??
					null);
		const parts = own?.textContent ? [own.textContent] : [];
		for (let up = el.parentElement; up; up = up.parentElement) {
			if (up.classList.contains('bsf')) break;
			const text =
				up instanceof HTMLFieldSetElement && up.classList.contains('bsf-section')
					? up.querySelector(':scope > legend .bsf-text')
					: up.classList.contains('bsf-item')
						? up.querySelector(':scope > .bsf-item-head .bsf-item-title')
						: null;
			if (text?.textContent) parts.unshift(text.textContent);
		}
		return parts.join(' › ');
	}

	set(path: Path, value: unknown, ptr: string, field?: FieldCheck): void {
		setAt(this.holder as Record<string, unknown>, path, value);
		this.changed(ptr, field);
	}

	/** After any edit: tell the owner once the DOM is updated, and refresh errors already shown. */
	changed(ptr: string, field?: FieldCheck): void {
		this.recalc();
		if (this.#opts.liveValidate) this.validateAll(false);
		else if (this.summary.length) this.validateAll(true);
		else if (this.#cells.get(ptr)?.messages.length) this.validateField(ptr, field);
		if (this.#changePending) return;
		this.#changePending = true;
		// Once per burst of edits, after the DOM is updated; the owner's callback reports its own errors.
		void tick().then(() => {
			this.#changePending = false;
			this.#opts.onchange?.(this.holder.root);
		});
	}

	#run(): FormError[] {
		const data = $state.snapshot(this.holder.root);
		const errors = this.#opts.validator.validate(data);
		return this.#crossField ? [...errors, ...this.#crossField(data)] : errors;
	}

	/** Show the errors of one field only (on blur), whatever else is wrong. */
	validateField(ptr: string, field?: FieldCheck): void {
		const v = this.#opts.validator;
		let mine: string[];
		if (field && v.validateValue) {
			const value = field.value();
			mine =
				value === undefined
					? field.required
						? [this.t('form.required')]
						: []
					: v.validateValue(field.schema, $state.snapshot(value), ptr).map((e) => e.message);
		} else {
			mine = this.#run()
				.filter((e) => this.target(e.pointer) === ptr)
				.map((e) => e.message);
		}
		const cell = this.cell(ptr);
		const unique = mine.filter((m, i) => mine.indexOf(m) === i);
		if (!sameList(cell.messages, unique)) cell.messages = unique;
	}

	/** Validate everything and show it at each field; withSummary also fills the summary. */
	validateAll(withSummary: boolean): FormError[] {
		const all = this.#run();
		// a multi-page form shows the errors of the page in view; the others wait for their page
		const shown = this.#errorPage;
		const errors =
			this.pages && shown !== null ? all.filter((e) => this.pageOf(e.pointer) === shown) : all;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local scratch, never rendered
		const byTarget = new Map<string, string[]>();
		const summary: SummaryEntry[] = [];
		for (const e of errors) {
			const target = this.target(e.pointer) ?? '';
			const list = byTarget.get(target) ?? [];
			if (!list.includes(e.message)) {
				list.push(e.message);
				summary.push({
					pointer: e.pointer,
					target,
					label: this.label(target),
					message: e.message
				});
			}
			byTarget.set(target, list);
		}
		for (const [ptr, c] of this.#cells) {
			const next = byTarget.get(ptr) ?? [];
			if (!sameList(c.messages, next)) c.messages = next;
		}
		for (const [ptr, list] of byTarget) if (!this.#cells.has(ptr)) this.cell(ptr).messages = list;
		if (withSummary || this.summary.length) this.summary = this.#inPageOrder(summary);
		return errors;
	}

	/** Ajv reports in schema order (a parent's `required` first); people read top to bottom. */
	#inPageOrder(entries: SummaryEntry[]): SummaryEntry[] {
		if (typeof document === 'undefined') return entries;
		const at = entries.map((e, i) => ({ e, i, el: this.element(this.id(e.target)) }));
		at.sort((a, b) => {
			if (!a.el || !b.el || a.el === b.el) return a.i - b.i;
			return a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
		});
		return at.map((x) => x.e);
	}

	clearErrorsUnder(ptr: string): void {
		for (const [p, c] of this.#cells) {
			if ((p === ptr || p.startsWith(ptr + '/')) && c.messages.length) c.messages = [];
		}
	}

	/** Focus the first field in document order that has an error. */
	async focusFirstError(): Promise<void> {
		await tick();
		if (typeof document === 'undefined') return;
		const els = this.summary
			.map((s) => this.element(this.id(s.target)))
			.filter((el): el is HTMLElement => el !== null);
		els.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
		els[0]?.focus();
	}

	announce(text: string): void {
		// Clearing first makes screen readers repeat an identical message.
		this.announcement = '';
		queueMicrotask(() => (this.announcement = text));
	}
}
