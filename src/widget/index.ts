// <banshi-form src="https://…/api/v1/portal/items/{code}/versions/{n}" lang="zh-CN" date="2026-12-01">
// <banshi-form onething="https://…/api/v1/portal/onethings/{code}" lang="zh-CN">
// A custom element that any portal page can drop in to render a published application form and
// check it with the published acceptance rules, or a one-thing's joint form with its one verdict
// from the server. Events (bubbling, composed):
//   banshi-submit   detail: the submission { form, materials, commitment }
//   banshi-decision detail: the decision { decision, missing, tolerated, supplementDeadline, … }
import { mount, unmount } from 'svelte';
import type { Locale } from '$lib/domain/i18n';
import '../lib/components/ui/tokens.css';
import '../lib/portal/theme.css';
import { loadRegionsWith } from '$lib/form/regions.svelte';
import BanshiForm from './BanshiForm.svelte';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Replaced at build time by every stylesheet of the widget (vite.widget.config.ts).
const CSS = '__BANSHI_WIDGET_CSS__';

class BanshiFormElement extends HTMLElement {
	static observedAttributes = ['src', 'onething', 'lang', 'date'];
	#app: Record<string, unknown> | undefined;
	#root: ShadowRoot;

	constructor() {
		super();
		this.#root = this.attachShadow({ mode: 'open' });
		// a constructed stylesheet is not an inline <style>: a host's style-src need not allow it
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(CSS);
		this.#root.adoptedStyleSheets = [sheet];
	}

	connectedCallback() {
		this.#render();
	}

	disconnectedCallback() {
		if (this.#app) void unmount(this.#app);
		this.#app = undefined;
	}

	attributeChangedCallback(_name: string, old: string | null, now: string | null) {
		if (old !== now && this.isConnected) this.#render();
	}

	#emit(type: string, detail: unknown) {
		this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
	}

	#render() {
		if (this.#app) void unmount(this.#app);
		const date = this.getAttribute('date') ?? undefined;
		const locale: Locale = this.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
		this.#app = mount(BanshiForm, {
			target: this.#root,
			props: {
				src: this.getAttribute('src') ?? '',
				onething: this.getAttribute('onething') || undefined,
				locale,
				date: date && DATE.test(date) ? date : undefined,
				onsubmission: (submission) => this.#emit('banshi-submit', submission),
				ondecision: (decision) => this.#emit('banshi-decision', decision),
				onerror: (message) => this.#emit('banshi-error', { message })
			}
		});
	}
}

// The widget carries the provinces only; a province's cities and counties are fetched from next to
// this module when a user picks it (vite.widget.config.ts writes them as regions/{prefix}.json).
// (The base is read into a constant: the bundler rewrites `new URL(…, import.meta.url)` itself.)
const widgetUrl = import.meta.url;
loadRegionsWith(async (prefix) => {
	const response = await fetch(new URL(`./regions/${prefix}.json`, widgetUrl));
	if (!response.ok) throw new Error(`regions/${prefix}.json: HTTP ${response.status}`);
	return (await response.json()) as Record<string, string>;
});

if (!customElements.get('banshi-form')) customElements.define('banshi-form', BanshiFormElement);

export { BanshiFormElement };
