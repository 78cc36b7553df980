// Calculated fields: a fixed library of named calculations with parameters, written in the uiSchema
// entry of the field that shows the result (`"ui:calc": { "fn": "ageFromId", "id": "applicant.idNumber" }`).
// No expressions and no `eval`: a strict Content Security Policy allows them, and each calculation
// is one tested function of the domain (`library.ts`), run the same by the form, `decide` and the
// widget. Field parameters are dotted keys from the root of the form ('applicant.idNumber').

export const CALC_FUNCTIONS = [
	'birthDateFromId',
	'sexFromId',
	'ageFromId',
	'regionFromId',
	'sum',
	'count',
	'workdaysFrom'
] as const;
export type CalcFunction = (typeof CALC_FUNCTIONS)[number];

export type Calc =
	/** 出生日期 (YYYY-MM-DD) from an 18-character 居民身份证号码 */
	| { fn: 'birthDateFromId'; id: string }
	/** 性别 from the ID number's 17th digit (odd: male); the values written default to 男 / 女 */
	| { fn: 'sexFromId'; id: string; male?: string; female?: string }
	/** 年龄 in whole years on the day of filling in (decide: the day of acceptance) */
	| { fn: 'ageFromId'; id: string }
	/** 行政区划 from the ID number's first six digits: the code (default) or its full name */
	| { fn: 'regionFromId'; id: string; as?: 'code' | 'name' }
	/** the sum of a number field over a repeating group (`of` absent: the elements themselves) */
	| { fn: 'sum'; items: string; of?: string }
	/** how many entries a repeating group has */
	| { fn: 'count'; items: string }
	/** the date N working days after today (the holiday calendar in force) */
	| { fn: 'workdaysFrom'; days: number };

/** The uiSchema keyword of a calculated field. */
export const CALC_KEYWORD = 'ui:calc';

/** Whether any field of a uiSchema is calculated: lets a form skip loading the library. */
export function hasCalc(uiSchema: unknown, maxDepth = 32): boolean {
	const walk = (node: unknown, depth: number): boolean =>
		node !== null &&
		typeof node === 'object' &&
		!Array.isArray(node) &&
		depth <= maxDepth &&
		(CALC_KEYWORD in node ||
			Object.entries(node).some(([k, v]) => !k.startsWith('ui:') && walk(v, depth + 1)));
	return walk(uiSchema, 0);
}
