import type { JsonSchema, UiSchema } from '$lib/domain/item';
import type { Locale } from '$lib/domain/i18n';

/** The props of an inspector panel that edits the form's uiSchema (cross-field rules, pages). */
export interface UiSchemaPanelProps {
	schema: JsonSchema;
	uiSchema: UiSchema;
	locale: Locale | undefined;
	onchange: (uiSchema: UiSchema) => void;
}
