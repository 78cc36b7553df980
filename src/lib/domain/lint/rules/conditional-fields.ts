// A field that a condition makes required (allOf/if/then `required`) but that is declared among the
// object's own properties is shown, and in the tab order, even when the condition does not hold —
// a citizen who answers 是否委托代理人办理 = 否 still sees three starred 代理人 fields. The
// designer's "show when" puts the field itself in `then.properties`, so the renderer shows it (and
// the submission carries it) only while the condition holds. The fix moves it there.
import { bothLanguages, translator } from '../../i18n';
import type { JsonSchema } from '../../item/types';
import { pointer } from '../../pointer';
import type { JsonPatchOp, RawFinding, Rule } from '../types';
import { conditionalFieldMessages as messages } from './conditional-fields.messages';

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

interface Hit {
	/** tokens from the item root to the object schema */
	at: (string | number)[];
	key: string;
	title: string;
	rule: number;
	branch: 'then' | 'else';
	patch: JsonPatchOp[];
}

function visit(node: unknown, at: (string | number)[], out: Hit[]): void {
	if (!isObject(node)) return;
	const props = isObject(node.properties) ? node.properties : {};
	const required = new Set(Array.isArray(node.required) ? node.required : []);
	const rules = Array.isArray(node.allOf) ? node.allOf : [];
	const moved = new Set<string>();
	rules.forEach((rule, i) => {
		if (!isObject(rule) || !('if' in rule)) return;
		for (const branch of ['then', 'else'] as const) {
			const b = rule[branch];
			if (!isObject(b) || !Array.isArray(b.required)) continue;
			// a field rule that also forbids the field in the other branch hides it already
			const other = rule[branch === 'then' ? 'else' : 'then'];
			const forbidden = (key: string) =>
				isObject(other) && isObject(other.properties) && other.properties[key] === false;
			for (const key of b.required) {
				if (
					typeof key !== 'string' ||
					!(key in props) ||
					required.has(key) ||
					moved.has(key) ||
					forbidden(key)
				) {
					continue;
				}
				moved.add(key);
				const field = props[key] as JsonSchema;
				const bprops = isObject(b.properties) ? b.properties : undefined;
				const refinement = isObject(bprops?.[key]) ? (bprops[key] as JsonSchema) : {};
				const value = { ...field, ...refinement };
				const branchPtr = pointer(...at, 'allOf', i, branch);
				const patch: JsonPatchOp[] = [
					bprops
						? {
								op: bprops[key] === undefined ? 'add' : 'replace',
								path: pointer(...at, 'allOf', i, branch, 'properties', key),
								value
							}
						: { op: 'add', path: `${branchPtr}/properties`, value: { [key]: value } },
					{ op: 'remove', path: pointer(...at, 'properties', key) }
				];
				out.push({
					at,
					key,
					title: typeof field.title === 'string' ? field.title : key,
					rule: i,
					branch,
					patch
				});
			}
		}
	});
	for (const [k, v] of Object.entries(props)) visit(v, [...at, 'properties', k], out);
	rules.forEach((rule, i) => {
		if (!isObject(rule)) return;
		for (const branch of ['then', 'else'] as const) {
			const b = rule[branch];
			if (!isObject(b) || !isObject(b.properties)) continue;
			for (const [k, v] of Object.entries(b.properties)) {
				visit(v, [...at, 'allOf', i, branch, 'properties', k], out);
			}
		}
	});
	if (isObject(node.items)) visit(node.items, [...at, 'items'], out);
}

export const conditionalFieldShown: Rule = {
	id: 'conditional-field-shown',
	family: 'form',
	defaultSeverity: 'warning',
	title: bothLanguages(messages, 'lint.conditional-field-shown.title'),
	description: bothLanguages(messages, 'lint.conditional-field-shown.description'),
	check(ctx) {
		const t = translator(messages, ctx.locale);
		const hits: Hit[] = [];
		visit(ctx.item.form?.schema, ['form', 'schema'], hits);
		return hits.map((h): RawFinding => ({
			pointer: pointer(...h.at, 'properties', h.key),
			message: t('lint.conditional-field-shown.message', { field: h.title }),
			fix: { message: t('lint.conditional-field-shown.fix'), patch: h.patch }
		}));
	}
};
