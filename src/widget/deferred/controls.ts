// The widget's rarer controls — a file picker, the region picker, the identifier input, a list's
// rows and checkboxes, and the chooser between oneOf/anyOf alternatives — are chunks of their own (vite.widget.plugins.ts puts
// these stand-ins where the form imports them). A bundle that uses one has it fetched beside its
// validators, before the form is drawn, so no field appears late; one that does not never
// downloads it.
import type { Component } from 'svelte';
import type { Bundle } from '$lib/domain/compile/types';

type Loader = () => Promise<{ default: Component<never> }>;

export const CONTROLS = {
	file: () => import('$lib/form/widgets/FileInput.svelte'),
	region: () => import('$lib/form/widgets/RegionInput.svelte'),
	identifier: () => import('$lib/form/widgets/IdentifierInput.svelte'),
	checkboxes: () => import('$lib/form/widgets/CheckboxesInput.svelte'),
	array: () => import('$lib/form/fields/ArrayField.svelte'),
	multi: () => import('$lib/form/fields/MultiSchemaField.svelte')
} satisfies Record<string, Loader>;

export type ControlName = keyof typeof CONTROLS;

const loaded = new Map<ControlName, Component<never>>();
const pending = new Map<ControlName, Promise<Component<never>>>();

/** The control if it has arrived, else undefined. */
export function loadedControl(name: ControlName): Component<never> | undefined {
	return loaded.get(name);
}

/** Fetch a control once; every caller gets the same promise. */
export function loadControl(name: ControlName): Promise<Component<never>> {
	let p = pending.get(name);
	if (!p) {
		p = (CONTROLS[name] as Loader)().then((m) => {
			loaded.set(name, m.default);
			return m.default;
		});
		// a failed fetch may be retried by the next field that needs it
		p.catch(() => pending.delete(name));
		pending.set(name, p);
	}
	return p;
}

/**
 * The controls a bundle's form may draw, judged from its schema's and uiSchema's text (as the
 * form's field kinds decide them: src/lib/form/schema.ts). Erring towards more only fetches a
 * chunk that goes unused.
 */
export function controlsOf(bundle: Pick<Bundle, 'applicationSchema' | 'uiSchema'>): ControlName[] {
	const schema = JSON.stringify(bundle.applicationSchema);
	const ui = JSON.stringify(bundle.uiSchema ?? {});
	const names: ControlName[] = [];
	if (/"ui:widget":"file"/.test(ui)) names.push('file');
	if (schema.includes('"cn-region"')) names.push('region');
	if (/"cn-(id-card|uscc)"/.test(schema)) names.push('identifier');
	if (/"array"|"items":/.test(schema)) names.push('array', 'checkboxes');
	if (/"(oneOf|anyOf)":/.test(schema)) names.push('multi');
	return names;
}

/** Fetch the controls a bundle's form needs. */
export function preloadControls(
	bundle: Pick<Bundle, 'applicationSchema' | 'uiSchema'>
): Promise<unknown> {
	return Promise.all(controlsOf(bundle).map(loadControl));
}
