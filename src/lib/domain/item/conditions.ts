// A material condition is a JSON Schema over the form data. Every field it names must exist in the
// form, or the condition silently never (or always) matches once published. We walk the condition the
// way it addresses data: `properties` and `required` name fields, `items`/`contains` step into array
// elements, and the in-place applicators (allOf, anyOf, oneOf, not, if/then/else) keep the same level.
import { translator, type Locale } from '../i18n';
import { pointer } from '../pointer';
import type { FormField } from './fields';
import { itemMessages as messages } from './messages';
import { isSchemaObject } from './schema-walk';
import type { Problem } from './types';

const IN_PLACE_SINGLE = ['not', 'if', 'then', 'else'];
const IN_PLACE_ARRAY = ['allOf', 'anyOf', 'oneOf'];
const ITEM_SINGLE = ['items', 'contains', 'unevaluatedItems'];

/** Data paths (dotted keys, '*' for array elements) a condition refers to, with where it says so. */
export function conditionReferences(
	condition: unknown,
	maxDepth = 64
): { key: string; tokens: string[] }[] {
	const out: { key: string; tokens: string[] }[] = [];
	if (!isSchemaObject(condition)) return out;
	const stack: { node: Record<string, unknown>; tokens: string[]; path: string[] }[] = [
		{ node: condition, tokens: [], path: [] }
	];
	while (stack.length) {
		const { node, tokens, path } = stack.pop()!;
		if (tokens.length > maxDepth * 3) continue;
		const push = (child: unknown, t: string[], p: string[]) => {
			if (isSchemaObject(child)) stack.push({ node: child, tokens: [...tokens, ...t], path: p });
		};
		if (Array.isArray(node.required)) {
			node.required.forEach((name, i) => {
				if (typeof name === 'string')
					out.push({ key: [...path, name].join('.'), tokens: [...tokens, 'required', String(i)] });
			});
		}
		if (isSchemaObject(node.properties)) {
			for (const [name, child] of Object.entries(node.properties)) {
				out.push({ key: [...path, name].join('.'), tokens: [...tokens, 'properties', name] });
				push(child, ['properties', name], [...path, name]);
			}
		}
		for (const k of IN_PLACE_SINGLE) push(node[k], [k], path);
		for (const k of IN_PLACE_ARRAY) {
			if (Array.isArray(node[k]))
				(node[k] as unknown[]).forEach((s, i) => push(s, [k, String(i)], path));
		}
		for (const k of ITEM_SINGLE) push(node[k], [k], [...path, '*']);
		if (Array.isArray(node.prefixItems)) {
			node.prefixItems.forEach((s, i) => push(s, ['prefixItems', String(i)], [...path, '*']));
		}
	}
	return out.sort((a, b) => (pointer(...a.tokens) < pointer(...b.tokens) ? -1 : 1));
}

/** Problems for condition references to fields the form does not have. */
export function checkConditionFields(
	condition: unknown,
	fields: FormField[],
	base: string,
	locale?: Locale
): Problem[] {
	const known = new Set(fields.map((f) => f.key));
	const problems: Problem[] = [];
	for (const ref of conditionReferences(condition)) {
		if (known.has(ref.key)) continue;
		problems.push({
			pointer: base + pointer(...ref.tokens),
			code: 'unknown-field',
			message: translator(messages, locale)('item.condition.unknownField', { field: ref.key })
		});
	}
	return problems;
}
