import { describe, expect, it } from 'vitest';
import { newItem } from './new-item';
import { validateItem } from './validate';

describe('newItem', () => {
	it('is valid as created, with a blank form', () => {
		const item = newItem();
		expect(validateItem(item).problems).toEqual([]);
		expect(item.form.schema).toEqual({ type: 'object', properties: {} });
	});

	it('takes the given elements and stays valid', () => {
		const item = newItem({ name: '食品经营许可', kind: 'public-service', levels: ['county'] });
		expect(item.name).toBe('食品经营许可');
		expect(item.kind).toBe('public-service');
		expect(validateItem(item).ok).toBe(true);
	});

	it('returns independent copies', () => {
		const a = newItem();
		a.guide.conditions.push('x');
		expect(newItem().guide.conditions).toHaveLength(1);
	});
});
