import { describe, expect, it } from 'vitest';
import { createAjv } from '../validation/ajv';
import {
	COMPARISON_OPS,
	compileCondition,
	conditionHolds,
	datePattern,
	readCondition,
	type Comparison,
	type ComparisonOp,
	type Condition
} from '.';

/** A small deterministic generator, so a failure is the same failure on every run. */
function rng(seed: number) {
	let s = seed >>> 0;
	const next = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
	return { next, int, pick };
}

const FIELDS = [['type'], ['age'], ['a', 'start'], ['a', 'note'], ['b', 'tags'], ['b', 'c', 'n']];
const STRINGS = ['个人', '企业', '代理 (委托)', 'a.b', ''];
const DATES = ['2024-01-01', '2024-03-15', '2025-12-31', '1999-09-09', '2000-10-30'];

function randomComparison(r: ReturnType<typeof rng>): Comparison {
	const op = r.pick(COMPARISON_OPS.filter((o) => o !== 'equals' || r.next() < 2)) as ComparisonOp;
	const field = r.pick(FIELDS);
	switch (op) {
		case 'filled':
		case 'empty':
			return { field, op };
		case 'oneOf':
			return { field, op, value: [r.pick(STRINGS), r.int(5)] };
		case 'gt':
		case 'gte':
		case 'lt':
		case 'lte':
			return { field, op, value: r.int(10) - 3 };
		case 'dateBefore':
		case 'dateAfter':
			return { field, op, value: r.pick(DATES) };
		case 'contains':
			return { field, op, value: r.pick(STRINGS.filter(Boolean)) };
		default:
			return { field, op, value: r.pick([...STRINGS, 1, 2, true, false]) };
	}
}

function randomCondition(r: ReturnType<typeof rng>, depth: number): Condition {
	if (depth === 0 || r.next() < 0.45) return randomComparison(r);
	if (r.next() < 0.1) {
		const inner = randomCondition(r, depth - 1);
		// `not` of a single equals / filled is written (and read) as notEquals / empty
		if ('op' in inner) return randomComparison(r);
		return { not: inner };
	}
	const n = 2 + r.int(3);
	return {
		all: r.next() < 0.5,
		parts: Array.from({ length: n }, () => randomCondition(r, depth - 1))
	};
}

function randomValue(r: ReturnType<typeof rng>, depth: number): unknown {
	const k = r.int(depth > 0 ? 9 : 7);
	switch (k) {
		case 0:
			return undefined;
		case 1:
			return r.pick(STRINGS);
		case 2:
			return r.int(10) - 3;
		case 3:
			return r.pick(DATES.concat(['2024-03-14', '2024-03-16', '2024-3-15', '2025-13-01']));
		case 4:
			return r.next() < 0.5;
		case 5:
			return [r.pick(STRINGS), r.int(5)];
		case 6:
			return null;
		default: {
			const o: Record<string, unknown> = {};
			for (const key of ['type', 'age', 'a', 'b', 'c', 'start', 'note', 'tags', 'n']) {
				const v = randomValue(r, depth - 1);
				if (v !== undefined && r.next() < 0.6) o[key] = v;
			}
			return o;
		}
	}
}

describe('conditions', () => {
	it('reads back exactly what it writes', () => {
		const r = rng(15);
		for (let i = 0; i < 500; i++) {
			const c = randomCondition(r, 3);
			const schema = compileCondition(c);
			const read = readCondition(JSON.parse(JSON.stringify(schema)));
			expect(read).toBeDefined();
			expect(compileCondition(read!)).toEqual(schema);
		}
	});

	it('holds exactly when Ajv finds the compiled schema valid', () => {
		const ajv = createAjv('form');
		const r = rng(2026);
		for (let i = 0; i < 300; i++) {
			const c = randomCondition(r, 3);
			const validate = ajv.compile(compileCondition(c));
			for (let j = 0; j < 20; j++) {
				const data = randomValue(r, 3) ?? {};
				expect(conditionHolds(c, data), JSON.stringify({ c, data })).toBe(validate(data));
			}
		}
	});

	it('reads an older builder\'s "show when X equals V" as a group of one', () => {
		expect(readCondition({ properties: { agent: { const: true } }, required: ['agent'] })).toEqual({
			field: ['agent'],
			op: 'equals',
			value: true
		});
		expect(
			readCondition({
				not: {
					properties: { a: { properties: { t: { const: '个人' } }, required: ['t'] } },
					required: ['a']
				}
			})
		).toEqual({ field: ['a', 't'], op: 'notEquals', value: '个人' });
	});

	it('reports JSON it cannot express instead of guessing', () => {
		for (const s of [
			{ properties: { a: { const: 1, title: 'x' } }, required: ['a'] },
			{ properties: { a: { const: 1 } } },
			{ anyOf: [{ required: ['a'] }] },
			{ properties: { a: { type: 'string', pattern: '^a+$' } }, required: ['a'] },
			{ if: { required: ['a'] } },
			true
		]) {
			expect(readCondition(s)).toBeUndefined();
		}
	});

	it('compares dates as dates, in a pattern any validator understands', () => {
		const before = new RegExp(datePattern('2024-03-15', 'before'), 'u');
		const after = new RegExp(datePattern('2024-03-15', 'after'), 'u');
		for (const d of ['2024-03-14', '2023-12-31', '1999-01-01', '2024-02-29'])
			expect([before.test(d), after.test(d)]).toEqual([true, false]);
		for (const d of ['2024-03-16', '2024-04-01', '2030-01-01'])
			expect([before.test(d), after.test(d)]).toEqual([false, true]);
		expect([before.test('2024-03-15'), after.test('2024-03-15')]).toEqual([false, false]);
		expect(before.test('2024-3-1')).toBe(false);
	});
});
