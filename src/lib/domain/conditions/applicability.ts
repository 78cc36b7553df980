// A condition slot as the builder shows it: absent (always), a condition the builder can edit, its
// negation ("not applicable when …", for materials) or JSON the builder cannot express. Materials,
// refusal cases and one-thing members all read and write their condition through these two, so a
// hand-written condition is never rewritten into something it did not say.
import type { JsonSchema } from '../item/types';
import { compileCondition } from './compile';
import { readCondition } from './read';
import type { Condition } from './types';

export type ConditionMode = 'always' | 'when' | 'notApplicable';

export type ConditionView =
	| { mode: 'always' }
	| { mode: 'when' | 'notApplicable'; tree: Condition }
	/** JSON the builder cannot express: shown as it is, never rewritten */
	| { mode: 'raw'; json: unknown };

/** How the builder shows a stored condition; `negatable`: a top-level `not` is its own mode. */
export function viewCondition(schema: unknown, negatable: boolean): ConditionView {
	if (schema === undefined) return { mode: 'always' };
	const read = readCondition(schema);
	if (!read) return { mode: 'raw', json: schema };
	if (negatable && 'not' in read) return { mode: 'notApplicable', tree: read.not };
	return { mode: 'when', tree: read };
}

/** The JSON Schema the builder stores for a mode and a tree; undefined: always (no condition). */
export function writeCondition(
	mode: ConditionMode,
	tree: Condition | undefined
): JsonSchema | undefined {
	if (mode === 'always' || !tree) return undefined;
	return compileCondition(mode === 'notApplicable' ? { not: tree } : tree);
}
