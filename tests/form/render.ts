// Mounts SchemaForm into the test page and records what it reports to its owner.
import { flushSync, mount, tick, unmount } from 'svelte';
import { SchemaForm, type FormError } from '$lib/form';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';

export interface Rendered {
	form: HTMLFormElement;
	changes: unknown[];
	submits: { data: unknown; errors: FormError[] }[];
	/** the latest data the form reported */
	data(): Record<string, unknown>;
	/** the component's programmatic validate() */
	validate(): FormError[];
	/** settles once the parts the form loads on demand (calculations, cross-field rules) are in */
	ready(): Promise<void>;
	destroy(): void;
}

let mounted: (() => void) | undefined;

export function render(props: {
	schema: JsonSchema;
	uiSchema?: UiSchema;
	data?: unknown;
	locale?: 'zh-CN' | 'en';
	liveValidate?: boolean;
	readonly?: boolean;
	progressive?: boolean;
	onstep?: (step: number, last: boolean) => void;
}): Rendered {
	mounted?.();
	document.body.innerHTML = '';
	const target = document.createElement('div');
	document.body.append(target);
	const changes: unknown[] = [];
	const submits: Rendered['submits'] = [];
	const app = mount(SchemaForm, {
		target,
		props: {
			...props,
			onchange: (d: unknown) => changes.push(JSON.parse(JSON.stringify(d))),
			onsubmit: (data: unknown, errors: FormError[]) => submits.push({ data, errors })
		}
	});
	flushSync();
	const destroy = () => {
		unmount(app);
		mounted = undefined;
	};
	mounted = destroy;
	return {
		form: target.querySelector('form')!,
		changes,
		submits,
		data: () => (changes.at(-1) ?? {}) as Record<string, unknown>,
		validate: () => (app as unknown as { validate(): FormError[] }).validate(),
		ready: () => (app as unknown as { ready(): Promise<void> }).ready(),
		destroy
	};
}

/** Let Svelte apply pending updates and the form report them. */
export async function settle(): Promise<void> {
	await tick();
	await new Promise((r) => setTimeout(r, 0));
	flushSync();
}

/** The accessible name a label or legend gives a control (what a screen reader announces). */
export function labelOf(el: HTMLElement): string {
	const labels = (el as HTMLInputElement).labels;
	const own = labels && labels.length ? [...labels].map((l) => l.textContent ?? '').join(' ') : '';
	return (own || el.getAttribute('aria-label') || '').trim();
}

export function control(form: HTMLElement, label: string): HTMLInputElement {
	const found = [...form.querySelectorAll<HTMLInputElement>('input, select, textarea')].find((el) =>
		labelOf(el).replace(/\s+/g, '').startsWith(label)
	);
	if (!found) throw new Error(`no control labelled ${label}`);
	return found;
}
