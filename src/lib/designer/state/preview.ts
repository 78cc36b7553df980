// The application form as the portal will render it, built with the compiler's own steps but
// without the full validation pass (which takes hundreds of ms on a large form): the preview
// follows an edit at once, while the complete checks run in the background.
import {
	buildApplicationSchema,
	buildUiSchema,
	preparedForm
} from '$lib/domain/compile/application';
import { toleranceInForce } from '$lib/domain/compile';
import type { Item, JsonSchema, UiSchema } from '$lib/domain/item';

export interface PreviewForm {
	schema: JsonSchema;
	uiSchema: UiSchema;
}

/** The published form of a document, or undefined when the document is too broken to build. */
export function previewForm(item: Item): PreviewForm | undefined {
	try {
		const tolerance = toleranceInForce(item);
		return {
			schema: buildApplicationSchema(item, preparedForm(item)),
			uiSchema: buildUiSchema(item, tolerance.tolerableIds)
		};
	} catch {
		return undefined;
	}
}
