import { describe, expect, it } from 'vitest';
import { compileCondition, viewCondition, writeCondition, type Condition } from '.';

const mobileFilled: Condition = { field: ['shared', 'mobile'], op: 'filled' };
const areaOver50: Condition = { field: ['shared', 'area'], op: 'gt', value: 50 };
const either: Condition = { all: false, parts: [mobileFilled, areaOver50] };

describe('a condition slot as the builder shows and writes it', () => {
	it('no condition is "always", and choosing "always" removes the condition', () => {
		expect(viewCondition(undefined, true)).toEqual({ mode: 'always' });
		expect(writeCondition('always', either)).toBeUndefined();
		expect(writeCondition('when', undefined)).toBeUndefined();
	});

	it('reads back what it writes, so saving and reopening shows the same condition', () => {
		for (const tree of [mobileFilled, areaOver50, either]) {
			const stored = writeCondition('when', tree);
			expect(viewCondition(stored, false)).toEqual({ mode: 'when', tree });
			expect(writeCondition('when', tree)).toEqual(compileCondition(tree));
		}
	});

	it('"not applicable when" is a mode only where the slot allows it (materials)', () => {
		const stored = writeCondition('notApplicable', either);
		expect(stored).toEqual({ not: compileCondition(either) });
		expect(viewCondition(stored, true)).toEqual({ mode: 'notApplicable', tree: either });
		expect(viewCondition(stored, false)).toEqual({ mode: 'when', tree: { not: either } });
	});

	it('keeps JSON the builder cannot express exactly as written', () => {
		const handWritten = {
			properties: { shared: { properties: { area: { type: 'number', multipleOf: 10 } } } }
		};
		expect(viewCondition(handWritten, false)).toEqual({ mode: 'raw', json: handWritten });
		expect(viewCondition({ anyOf: [mobileFilled] }, true).mode).toBe('raw');
	});
});
