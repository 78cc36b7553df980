// What the condition editor offers for a field: which comparisons make sense for its type, which
// values it can take, and the value a new comparison starts with. Pure, so it is unit-tested.
import type { ComparisonOp, Condition, Group } from '$lib/domain/conditions';
import type { FormField } from '$lib/domain/item';

export type ValueInput = 'choice' | 'choices' | 'number' | 'date' | 'text' | 'none';

export function opsFor(f: FormField | undefined): ComparisonOp[] {
	if (!f) return ['equals'];
	if (f.array) return f.enum ? ['includes', 'filled', 'empty'] : ['filled', 'empty'];
	if (f.type === 'boolean') return ['equals', 'notEquals', 'filled', 'empty'];
	if (f.enum) return ['equals', 'notEquals', 'oneOf', 'filled', 'empty'];
	if (f.type === 'number' || f.type === 'integer')
		return ['equals', 'notEquals', 'gt', 'gte', 'lt', 'lte', 'filled', 'empty'];
	if (f.format === 'date')
		return ['dateBefore', 'dateAfter', 'equals', 'notEquals', 'filled', 'empty'];
	return ['equals', 'notEquals', 'contains', 'filled', 'empty'];
}

/** The fixed values of a field (its options, yes / no), when it has them. */
export function choicesOf(f: FormField | undefined): unknown[] | undefined {
	if (!f) return undefined;
	if (f.enum) return f.enum;
	if (f.type === 'boolean') return [true, false];
	return undefined;
}

export function inputFor(f: FormField | undefined, op: ComparisonOp): ValueInput {
	if (op === 'filled' || op === 'empty') return 'none';
	if (op === 'oneOf') return 'choices';
	if (op === 'dateBefore' || op === 'dateAfter') return 'date';
	if (op === 'contains') return 'text';
	if (choicesOf(f)) return 'choice';
	if (f && (f.type === 'number' || f.type === 'integer')) return 'number';
	return 'text';
}

/** A sensible value for a new comparison (the first option, today's date, 0, ''). */
export function startValue(f: FormField | undefined, op: ComparisonOp, today: string): unknown {
	const input = inputFor(f, op);
	const choices = choicesOf(f);
	switch (input) {
		case 'none':
			return undefined;
		case 'choices':
			return choices ? [choices[0]] : [];
		case 'choice':
			return choices?.[0];
		case 'number':
			return 0;
		case 'date':
			return today;
		default:
			return '';
	}
}

/** A condition as the editor shows it: always a group at the top. */
export function asGroup(c: Condition | undefined): Group {
	if (!c) return { all: true, parts: [] };
	if ('parts' in c) return c;
	return { all: true, parts: [c] };
}

/** Fields a condition may test: filled-in values, not sections; inside a repeating group only the
 * target's own group (`within`: the group's data path). */
export function sourceFields(
	fields: FormField[],
	within: string[] = [],
	exclude?: string
): FormField[] {
	return fields.filter((f) => {
		if (f.section || f.key === exclude) return false;
		const star = f.path.lastIndexOf('*');
		if (star < 0) return true;
		const group = f.path.slice(0, star + 1);
		return group.length <= within.length && group.every((k, i) => within[i] === k);
	});
}
