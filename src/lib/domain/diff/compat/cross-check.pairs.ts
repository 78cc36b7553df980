// Schema pairs for the data cross-check: one per rule, each with the verdict the rules must give and
// the directions in which a counterexample naturally exists (so generated data must find one).
import type { CompatVerdict, JsonSchema } from './types';

export interface Pair {
	name: string;
	old: JsonSchema;
	new: JsonSchema;
	verdict: CompatVerdict;
	/** directions that are really broken: data valid on one side and invalid on the other exists */
	counterexample?: ('backward' | 'forward')[];
}

const obj = (properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({
	type: 'object',
	properties,
	...extra
});
const closed = (p: Record<string, JsonSchema>, extra: JsonSchema = {}) =>
	obj(p, { additionalProperties: false, ...extra });
const str: JsonSchema = { type: 'string', maxLength: 12 };
/** the designer's "show when": a field that exists only while kind is 'c', in a closed form */
const conditional = (then: Record<string, JsonSchema>): JsonSchema =>
	obj(
		{ kind: { enum: ['p', 'c'] } },
		{
			required: ['kind'],
			allOf: [
				{
					if: { properties: { kind: { const: 'c' } }, required: ['kind'] },
					then: { properties: then }
				}
			],
			unevaluatedProperties: false
		}
	);
const name: JsonSchema = { type: 'string', minLength: 1, maxLength: 12 };

export const PAIRS: Pair[] = [
	{
		name: 'optional field added (closed)',
		old: closed({ name }),
		new: closed({ name, note: str }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'optional field added (unevaluatedProperties false)',
		old: obj({ name }, { unevaluatedProperties: false }),
		new: obj({ name, note: str }, { unevaluatedProperties: false }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'constrained optional field added (open)',
		old: obj({ name }),
		new: obj({ name, age: { type: 'integer', minimum: 0 } }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'unconstrained optional field added (open)',
		old: obj({ name }),
		new: obj({ name, memo: { title: '备注' } }),
		verdict: 'both'
	},
	{
		name: 'field removed (closed)',
		old: closed({ name, note: str }),
		new: closed({ name }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'constrained field removed (open)',
		old: obj({ name, age: { type: 'integer' } }),
		new: obj({ name }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'field renamed (closed)',
		old: closed({ name, a: str }, { required: ['a'] }),
		new: closed({ name, b: str }, { required: ['b'] }),
		verdict: 'breaking',
		counterexample: ['backward', 'forward']
	},
	{
		name: 'required added',
		old: closed({ name, note: str }),
		new: closed({ name, note: str }, { required: ['note'] }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'required removed',
		old: closed({ name, note: str }, { required: ['name'] }),
		new: closed({ name, note: str }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'type narrowed number → integer',
		old: closed({ n: { type: 'number' } }, { required: ['n'] }),
		new: closed({ n: { type: 'integer' } }, { required: ['n'] }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'type widened string → string|null',
		old: closed({ s: { type: 'string' } }, { required: ['s'] }),
		new: closed({ s: { type: ['string', 'null'] } }, { required: ['s'] }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'type changed string → integer',
		old: closed({ s: { type: 'string' } }, { required: ['s'] }),
		new: closed({ s: { type: 'integer' } }, { required: ['s'] }),
		verdict: 'breaking',
		counterexample: ['backward', 'forward']
	},
	{
		name: 'enum value dropped',
		old: closed({ k: { enum: ['a', 'b', 'c'] } }, { required: ['k'] }),
		new: closed({ k: { enum: ['a', 'b'] } }, { required: ['k'] }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'enum value added',
		old: closed({ k: { enum: ['a', 'b'] } }, { required: ['k'] }),
		new: closed({ k: { enum: ['a', 'b', 'c'] } }, { required: ['k'] }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'oneOf code list value added',
		old: closed(
			{
				k: {
					type: 'string',
					oneOf: [
						{ const: 'p', title: '个人' },
						{ const: 'c', title: '单位' }
					]
				}
			},
			{ required: ['k'] }
		),
		new: closed(
			{
				k: {
					type: 'string',
					oneOf: [
						{ const: 'p', title: '个人' },
						{ const: 'c', title: '单位' },
						{ const: 'o', title: '其他组织' }
					]
				}
			},
			{ required: ['k'] }
		),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'const changed',
		old: closed({ k: { const: 'a' } }, { required: ['k'] }),
		new: closed({ k: { const: 'b' } }, { required: ['k'] }),
		verdict: 'breaking',
		counterexample: ['backward', 'forward']
	},
	{
		name: 'pattern added',
		old: closed({ code: { type: 'string', maxLength: 8 } }, { required: ['code'] }),
		new: closed(
			{ code: { type: 'string', maxLength: 8, pattern: '^[0-9]{6}$' } },
			{ required: ['code'] }
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'pattern changed',
		old: closed({ code: { type: 'string', pattern: '^[a-z]{3}$' } }, { required: ['code'] }),
		new: closed({ code: { type: 'string', pattern: '^[0-9]{3}$' } }, { required: ['code'] }),
		verdict: 'breaking',
		counterexample: ['backward', 'forward']
	},
	{
		name: 'format added (email)',
		old: closed({ mail: { type: 'string', maxLength: 40 } }, { required: ['mail'] }),
		new: closed(
			{ mail: { type: 'string', maxLength: 40, format: 'email' } },
			{ required: ['mail'] }
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'format removed (email)',
		old: closed({ mail: { type: 'string', format: 'email' } }, { required: ['mail'] }),
		new: closed({ mail: { type: 'string' } }, { required: ['mail'] }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'maxLength tightened',
		old: closed({ s: { type: 'string', maxLength: 30 } }, { required: ['s'] }),
		new: closed({ s: { type: 'string', maxLength: 5 } }, { required: ['s'] }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'maxLength loosened',
		old: closed({ s: { type: 'string', maxLength: 5 } }, { required: ['s'] }),
		new: closed({ s: { type: 'string', maxLength: 30 } }, { required: ['s'] }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'minimum raised',
		old: closed({ n: { type: 'integer', minimum: 0, maximum: 100 } }, { required: ['n'] }),
		new: closed({ n: { type: 'integer', minimum: 50, maximum: 100 } }, { required: ['n'] }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'minimum lowered',
		old: closed({ n: { type: 'integer', minimum: 50, maximum: 100 } }, { required: ['n'] }),
		new: closed({ n: { type: 'integer', minimum: 0, maximum: 100 } }, { required: ['n'] }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'exclusiveMaximum added',
		old: closed({ n: { type: 'number', minimum: 0, maximum: 10 } }, { required: ['n'] }),
		new: closed(
			{ n: { type: 'number', minimum: 0, maximum: 10, exclusiveMaximum: 5 } },
			{ required: ['n'] }
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'multipleOf 2 → 4',
		old: closed(
			{ n: { type: 'integer', minimum: 0, maximum: 100, multipleOf: 2 } },
			{ required: ['n'] }
		),
		new: closed(
			{ n: { type: 'integer', minimum: 0, maximum: 100, multipleOf: 4 } },
			{ required: ['n'] }
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'items: nested maxLength tightened',
		old: closed(
			{
				list: {
					type: 'array',
					maxItems: 4,
					items: closed({ label: { type: 'string', maxLength: 20 } }, { required: ['label'] })
				}
			},
			{ required: ['list'] }
		),
		new: closed(
			{
				list: {
					type: 'array',
					maxItems: 4,
					items: closed({ label: { type: 'string', maxLength: 3 } }, { required: ['label'] })
				}
			},
			{ required: ['list'] }
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'items: field added to closed item',
		old: closed({ list: { type: 'array', maxItems: 4, items: closed({ label: str }) } }),
		new: closed({
			list: { type: 'array', maxItems: 4, items: closed({ label: str, qty: { type: 'integer' } }) }
		}),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'minItems raised',
		old: closed(
			{ list: { type: 'array', maxItems: 6, items: { type: 'integer' } } },
			{ required: ['list'] }
		),
		new: closed(
			{ list: { type: 'array', minItems: 2, maxItems: 6, items: { type: 'integer' } } },
			{ required: ['list'] }
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'if/then added',
		old: closed({ kind: { enum: ['p', 'c'] }, code: str }, { required: ['kind'] }),
		new: closed(
			{ kind: { enum: ['p', 'c'] }, code: str },
			{
				required: ['kind'],
				if: { properties: { kind: { const: 'c' } } },
				then: { required: ['code'] }
			}
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'then tightened under the same if',
		old: closed(
			{ kind: { enum: ['p', 'c'] }, code: str, tel: str },
			{
				required: ['kind'],
				if: { properties: { kind: { const: 'c' } } },
				then: { required: ['code'] }
			}
		),
		new: closed(
			{ kind: { enum: ['p', 'c'] }, code: str, tel: str },
			{
				required: ['kind'],
				if: { properties: { kind: { const: 'c' } } },
				then: { required: ['code', 'tel'] }
			}
		),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'closed (additionalProperties false added)',
		old: obj({ name }),
		new: closed({ name }),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'anyOf branch added',
		old: closed({ v: { anyOf: [{ type: 'integer' }, { type: 'boolean' }] } }, { required: ['v'] }),
		new: closed(
			{ v: { anyOf: [{ type: 'integer' }, { type: 'boolean' }, { type: 'null' }] } },
			{ required: ['v'] }
		),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'conditional field removed (unevaluatedProperties false)',
		old: conditional({ code: str }),
		new: conditional({}),
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'conditional field added (unevaluatedProperties false)',
		old: conditional({}),
		new: conditional({ code: str }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: 'allOf entry declaring a new field (unevaluatedProperties false)',
		old: obj({ name }, { unevaluatedProperties: false }),
		new: obj({ name }, { unevaluatedProperties: false, allOf: [{ properties: { memo: str } }] }),
		verdict: 'breaking',
		counterexample: ['forward']
	},
	{
		name: 'anyOf removed',
		old: closed({ v: { anyOf: [{ type: 'integer' }, { type: 'boolean' }] } }, { required: ['v'] }),
		new: closed({ v: {} }, { required: ['v'] }),
		verdict: 'backward',
		counterexample: ['forward']
	},
	{
		name: '$ref target tightened',
		old: {
			$defs: { code: { type: 'string', maxLength: 20 } },
			...closed({ a: { $ref: '#/$defs/code' } }, { required: ['a'] })
		},
		new: {
			$defs: { code: { type: 'string', maxLength: 2 } },
			...closed({ a: { $ref: '#/$defs/code' } }, { required: ['a'] })
		},
		verdict: 'forward',
		counterexample: ['backward']
	},
	{
		name: 'annotations only',
		old: closed({ name: { ...name, title: '姓名' } }),
		new: closed({
			name: { ...name, title: '申请人姓名', description: '与证件一致', default: '张三' }
		}),
		verdict: 'both'
	}
];
