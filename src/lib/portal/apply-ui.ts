// The form's layout on an apply page, an item's or a one-thing's: the page has its own submit button
// below the commitment, so the form's is not drawn, and the materials section is titled in the
// page's language (the bundle's title is Chinese).
import type { UiSchema } from '$lib/domain/item/types';

export function applyUiSchema(uiSchema: UiSchema, materialsTitle: string): UiSchema {
	return {
		...uiSchema,
		materials: {
			...((uiSchema.materials as UiSchema | undefined) ?? {}),
			'ui:title': materialsTitle
		},
		'ui:submitButtonOptions': { norender: true }
	};
}
