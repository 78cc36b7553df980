// The logic of a multi-page form's steps, loaded with the stepper only when the uiSchema has
// `ui:pages`: which page shows what (the domain's one reading), Next, Back and submit.
import { tick } from 'svelte';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import { translator } from '$lib/domain/i18n';
import { readPages, type FormPage } from '$lib/domain/pages/pages';
import type { FormState } from '../state.svelte';
import type { FormError } from '../validator/types';
import { pageMessages } from './messages';

export { pageOfPointer } from '$lib/domain/pages/pages';
export type Pager = typeof import('./index');

/** The pages of a form, or null when its `ui:pages` holds none (then it is one page). */
export function pagesOf(schema: JsonSchema, uiSchema: UiSchema): FormPage[] | null {
	const sections = Object.keys((schema.properties ?? {}) as Record<string, unknown>);
	return readPages(uiSchema, sections).pages;
}

export function pageT(form: FormState) {
	return translator(pageMessages, form.locale);
}

/** A step's title: the page's, or the review's after the last page. */
export function stepTitle(form: FormState, step: number): string {
	const pages = form.pages ?? [];
	const t = pageT(form);
	if (step >= pages.length) return t('form.pages.review');
	return pages[step].title || t('form.pages.untitled', { n: step + 1 });
}

/** "第 2 步，共 4 步：经营场所": the review counts as the last step. */
export function stepText(form: FormState, step: number): string {
	const total = (form.pages?.length ?? 0) + 1;
	return pageT(form)('form.pages.step', { n: step + 1, total, title: stepTitle(form, step) });
}

/** Show a step (Back never validates), move focus to its heading and say where we are. */
export function show(form: FormState, step: number): void {
	form.goTo(step);
	form.announce(stepText(form, form.page));
	void tick().then(() => form.element(form.id('') + '-page')?.focus());
}

/** Next: the errors of the page shown stop it; otherwise the next step. */
export function next(form: FormState): boolean {
	if (form.validatePage().length) {
		void form.focusFirstError();
		return false;
	}
	show(form, form.page + 1);
	return true;
}

/** Submit or validate(): every page is checked, and the first page with an error is shown. */
export function validatePages(form: FormState, flush: () => void): FormError[] {
	const all = form.check();
	if (!all.length) return all;
	const first = Math.min(...all.map((e) => form.pageOf(e.pointer)));
	if (form.page !== first) {
		form.goTo(first);
		flush();
	}
	form.validatePage();
	void form.focusFirstError();
	return all;
}
