// What a leaf field needs to know that depends only on its schema and uiSchema: computed once
// per (schema, uiSchema) pair and shared by every instance, so mounting 1000 fields does the work
// once per distinct field definition.
import type { Component } from 'svelte';
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import { uiOptions, type FieldKind } from '../schema';
import { inputInfo } from '../widgets/input-info';
import type { WidgetProps } from '../types';
import TextInput from '../widgets/TextInput.svelte';
import TextArea from '../widgets/TextArea.svelte';
import TypedInput from '../widgets/TypedInput.svelte';
import SelectInput from '../widgets/SelectInput.svelte';
import RadioInput from '../widgets/RadioInput.svelte';
import CheckboxInput from '../widgets/CheckboxInput.svelte';
import CheckboxesInput from '../widgets/CheckboxesInput.svelte';
import FileInput from '../widgets/FileInput.svelte';
import RegionInput from '../widgets/RegionInput.svelte';
import IdentifierInput from '../widgets/IdentifierInput.svelte';

export interface LeafMeta {
	options: Record<string, unknown>;
	widget: string;
	title: string | undefined;
	showLabel: boolean;
	description: string | undefined;
	help: string | undefined;
	control: Component<WidgetProps>;
	/** a group of controls, named by a legend rather than a label */
	group: boolean;
	/** a single checkbox carries its own label */
	selfLabelled: boolean;
	necessity: 'required' | 'optional' | 'tolerable' | undefined;
	essential: boolean;
	readonly: boolean;
}

const NO_UI = {};
const cache = new WeakMap<JsonSchema, WeakMap<object, Map<FieldKind, LeafMeta>>>();

function controlFor(
	kind: FieldKind,
	widget: string,
	schema: JsonSchema,
	options: Record<string, unknown>
): Component<WidgetProps> {
	switch (kind) {
		case 'file':
			return FileInput;
		case 'region':
			return RegionInput;
		case 'identifier':
			return IdentifierInput;
		case 'checkboxes':
			return CheckboxesInput;
		case 'choice':
			return widget === 'radio' ? RadioInput : SelectInput;
		case 'boolean':
			return widget === 'radio' ? RadioInput : widget === 'select' ? SelectInput : CheckboxInput;
		default:
			if (widget === 'textarea') return TextArea;
			return inputInfo(schema, widget, options).inputType === 'text' ? TextInput : TypedInput;
	}
}

function compute(schema: JsonSchema, ui: UiSchema | undefined, kind: FieldKind): LeafMeta {
	const options = uiOptions(ui);
	const widget = typeof ui?.['ui:widget'] === 'string' ? (ui['ui:widget'] as string) : '';
	const control = controlFor(kind, widget, schema, options);
	const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
	return {
		options,
		widget,
		title: str(options.title) ?? str(schema.title),
		showLabel: options.label !== false,
		description: str(options.description) ?? str(schema.description),
		help: str(options.help),
		control,
		group:
			kind === 'checkboxes' ||
			kind === 'region' ||
			((kind === 'choice' || kind === 'boolean') && widget === 'radio'),
		selfLabelled: control === CheckboxInput,
		necessity: options.necessity as LeafMeta['necessity'],
		essential: options.essential === true,
		// a calculated field (`ui:calc`) is filled in by the form, not typed
		readonly: schema.readOnly === true || 'const' in schema || (ui ?? {})['ui:calc'] !== undefined
	};
}

export function leafMeta(schema: JsonSchema, ui: UiSchema | undefined, kind: FieldKind): LeafMeta {
	let byUi = cache.get(schema);
	if (!byUi) cache.set(schema, (byUi = new WeakMap()));
	const uiKey = ui ?? NO_UI;
	let byKind = byUi.get(uiKey);
	if (!byKind) byUi.set(uiKey, (byKind = new Map()));
	let meta = byKind.get(kind);
	if (!meta) byKind.set(kind, (meta = compute(schema, ui, kind)));
	return meta;
}
