import { describe, expect, it } from 'vitest';
import { restaurant } from '../../../../tests/fixtures/onething-restaurant';
import { validateOneThing } from './validate';

describe('validateOneThing', () => {
	it('accepts the restaurant one-thing', () => {
		const r = validateOneThing(restaurant());
		expect(r.problems).toEqual([]);
		expect(r.ok).toBe(true);
	});

	it('locates what is wrong, in Chinese and in English', () => {
		const doc = restaurant() as unknown as Record<string, unknown>;
		const members = doc.members as { code: string; pin: unknown }[];
		members[2].code = members[0].code;
		members[1].pin = 0;
		doc.sharedFields = [
			{ key: 'shoe-size', fields: [{ member: 'NOPE', path: ['a'] }] },
			{ key: 'custom:店招', fields: [{ member: members[0].code, path: ['x'] }] }
		];
		delete (doc.guide as Record<string, unknown>).window;
		doc.colour = 'red';
		const zh = validateOneThing(doc);
		expect(zh.ok).toBe(false);
		const at = Object.fromEntries(zh.problems.map((p) => [p.pointer, p.message]));
		expect(at['/members/2/code']).toMatch(/重复/);
		expect(at['/members/1/pin']).toBeDefined();
		expect(at['/sharedFields/0/key']).toMatch(/词表/);
		expect(at['/sharedFields/0/fields/0/member']).toMatch(/NOPE/);
		expect(at['/guide/window']).toMatch(/必填/);
		expect(at['/colour']).toMatch(/colour/);
		expect(at['/sharedFields/1/key']).toBeUndefined();
		const en = validateOneThing(doc, { locale: 'en' });
		expect(en.problems.find((p) => p.pointer === '/guide/window')?.message).toMatch(/required/);
	});

	it('is not fooled by something that is not a document', () => {
		expect(validateOneThing(null).ok).toBe(false);
		expect(validateOneThing([]).problems[0].pointer).toBe('');
	});
});
