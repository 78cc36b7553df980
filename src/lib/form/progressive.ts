// Progressive drawing of a long form: the first top-level fields are drawn at once (about a screen
// of fields), the rest a batch at a time after the browser has painted. Each top-level field
// weighs the number of fields it holds, so a form of ten-field sections and a flat form both get
// about the same amount of work per step.
import type { JsonSchema } from '$lib/domain/item/types';

/** Forms with more fields than this are drawn progressively; shorter ones at once. */
export const LONG_FORM_FIELDS = 120;
/** Fields drawn before the first paint: more than a tall screen shows. */
export const FIRST_FIELDS = 40;
/** Fields drawn in the first later step; later steps are sized to take about BATCH_MS. */
export const BATCH_FIELDS = 40;
/** What one later step may take: about a frame, so a keystroke in between is not kept waiting. */
export const BATCH_MS = 12;

/** How many fields a schema draws (an object its properties, anything else one). */
export function fieldWeight(schema: unknown, depth = 0): number {
	if (!schema || typeof schema !== 'object' || depth > 8) return 1;
	const props = (schema as JsonSchema).properties as Record<string, unknown> | undefined;
	if (!props) return 1;
	let sum = 0;
	for (const p of Object.values(props)) sum += fieldWeight(p, depth + 1);
	return Math.max(sum, 1);
}

/**
 * How many of the top-level fields (in order) to draw so that at least `fields` fields are drawn
 * beyond the first `from`; the count of all of them when that reaches the end.
 */
export function drawUpTo(weights: number[], from: number, fields: number): number {
	let n = from;
	let sum = 0;
	while (n < weights.length && sum < fields) sum += weights[n++];
	return n;
}
