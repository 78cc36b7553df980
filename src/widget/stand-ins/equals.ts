// Stands in for fast-equals in the widget build (vite.widget.plugins.ts). @rjsf/utils is its only
// user there, through deepEquals, which compares schemas and form data; in the widget both are JSON
// (parsed from the bundle, or typed and picked by the applicant): no functions, no cycles, no Maps
// or Dates. For JSON the domain's own equality, already on the page for conditions, answers the
// same, and the widget need not carry a second deep-equality library (about 3 KB gzip).
import { jsonEqual } from '$lib/domain/conditions/json-equal';

export function createCustomEqual(): (a: unknown, b: unknown) => boolean {
	return jsonEqual;
}
