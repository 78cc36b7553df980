// The conditions a clerk builds without writing JSON: comparisons of form fields with values,
// combined in AND / OR groups. Every condition compiles to plain JSON Schema 2020-12 (`compile.ts`)
// and the schemas the compiler writes read back to the same condition (`read.ts`), so the published
// bundle carries nothing but standard keywords and any portal's validator evaluates it.

/** What a comparison asks of one field. */
export type ComparisonOp =
	| 'equals'
	| 'notEquals'
	/** the value is one of `value` (a list) */
	| 'oneOf'
	/** text contains `value` */
	| 'contains'
	/** a multiple choice includes `value` */
	| 'includes'
	| 'gt'
	| 'gte'
	| 'lt'
	| 'lte'
	/** the field has a value */
	| 'filled'
	/** the field has no value */
	| 'empty'
	/** a date (YYYY-MM-DD) strictly before `value` */
	| 'dateBefore'
	/** a date (YYYY-MM-DD) strictly after `value` */
	| 'dateAfter';

export const COMPARISON_OPS: readonly ComparisonOp[] = [
	'equals',
	'notEquals',
	'oneOf',
	'contains',
	'includes',
	'gt',
	'gte',
	'lt',
	'lte',
	'filled',
	'empty',
	'dateBefore',
	'dateAfter'
];

/** Operators without a value. */
export const UNARY_OPS: ReadonlySet<ComparisonOp> = new Set(['filled', 'empty']);

export interface Comparison {
	/** data path of the source field, relative to the object the condition is evaluated on */
	field: string[];
	op: ComparisonOp;
	/** absent for `filled` / `empty`; a list for `oneOf`; a number for gt…lte; YYYY-MM-DD for dates */
	value?: unknown;
}

export interface Group {
	/** `and`: every part holds; `or`: at least one does */
	all: boolean;
	parts: Condition[];
}

/** Negation: a material "not applicable when …". */
export interface Not {
	not: Condition;
}

export type Condition = Comparison | Group | Not;

export const isGroup = (c: Condition): c is Group => 'parts' in c;
export const isNot = (c: Condition): c is Not => 'not' in c;
export const isComparison = (c: Condition): c is Comparison => 'op' in c;
