// Whether a form can be drawn at all. A form renderer (ours, rjsf, JSON Forms) draws every property
// of an object at once, follows `$ref`, merges `allOf` and shows the first choice of `oneOf` /
// `anyOf`; list entries are drawn only once added. A reference back to an ancestor along that path
// (`{"$ref": "#"}` as a property) is valid JSON Schema — validation stops where the data stops —
// but the renderer would draw the form inside itself forever and crash the apply page (issue 12).
// This walk follows exactly those edges and reports the reference that closes such a loop, or a
// form that would be drawn deeper than `maxDepth`.
import type { JsonSchema, Problem } from '../item/types';
import { translator, type Locale } from '../i18n';
import { escapeToken, parsePointer } from '../pointer';
import { compileMessages } from './messages';

const isObject = (v: unknown): v is JsonSchema =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

function resolveLocal(root: JsonSchema, ref: string): JsonSchema | undefined {
	if (!ref.startsWith('#')) return undefined;
	let tokens: string[];
	try {
		tokens = parsePointer(decodeURIComponent(ref.slice(1)));
	} catch {
		return undefined;
	}
	let cur: unknown = root;
	for (const t of tokens) {
		if (!isObject(cur) && !Array.isArray(cur)) return undefined;
		cur = (cur as Record<string, unknown>)[t];
	}
	return isObject(cur) ? cur : undefined;
}

/** Problems (located under `base`) that keep the form from being drawn; empty when it can be. */
export function checkRenderable(
	root: JsonSchema,
	base: string,
	opts: { locale?: Locale; maxDepth?: number } = {}
): Problem[] {
	const t = translator(compileMessages, opts.locale);
	const maxDepth = opts.maxDepth ?? 64;
	const problems: Problem[] = [];
	const onPath = new Set<JsonSchema>();
	let budget = 100_000;

	const visit = (node: JsonSchema, at: string, depth: number): boolean => {
		if (budget-- <= 0) return false;
		if (depth > maxDepth) {
			problems.push({
				pointer: base + at,
				code: 'render-depth',
				message: t('compile.renderTooDeep', { limit: maxDepth })
			});
			return false;
		}
		onPath.add(node);
		try {
			const next: [JsonSchema, string, boolean][] = [];
			if (typeof node.$ref === 'string') {
				const target = resolveLocal(root, node.$ref);
				if (target && onPath.has(target)) {
					problems.push({
						pointer: base + at + '/$ref',
						code: 'render-cycle',
						message: t('compile.renderCycle', { ref: node.$ref })
					});
					return false;
				}
				if (target) next.push([target, at + '/$ref', false]);
			}
			if (isObject(node.properties))
				for (const [k, v] of Object.entries(node.properties))
					if (isObject(v)) next.push([v, `${at}/properties/${escapeToken(k)}`, true]);
			if (Array.isArray(node.allOf))
				node.allOf.forEach((v, i) => isObject(v) && next.push([v, `${at}/allOf/${i}`, false]));
			for (const key of ['oneOf', 'anyOf'] as const) {
				const first = (node[key] as unknown[] | undefined)?.[0];
				if (Array.isArray(node[key]) && isObject(first))
					next.push([first, `${at}/${key}/0`, false]);
			}
			// entries drawn from the start: a minimum number of them
			if (isObject(node.items) && typeof node.minItems === 'number' && node.minItems > 0)
				next.push([node.items, `${at}/items`, true]);
			for (const [child, ptr, deeper] of next)
				if (!visit(child, ptr, depth + (deeper ? 1 : 0))) return false;
			return true;
		} finally {
			onPath.delete(node);
		}
	};
	visit(root, '', 0);
	return problems;
}
