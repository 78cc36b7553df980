// Props shared by the leaf widgets: LeafField owns the label, help and errors; a widget owns the
// control(s) and reports its own findings (a wrong file type, an ID check digit) through setLocal.
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';

export interface WidgetProps {
	id: string;
	schema: JsonSchema;
	ui: UiSchema | undefined;
	options: Record<string, unknown>;
	value: unknown;
	set: (value: unknown) => void;
	onblur: () => void;
	setLocal: (message: string) => void;
	describedBy: string | undefined;
	invalid: boolean;
	disabled: boolean;
	readonly: boolean;
	required: boolean;
	label: string;
	widget: string;
}

export type { FileRef } from '$lib/domain/compile/types';
