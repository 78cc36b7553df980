import { describe, expect, it } from 'vitest';
import { compileItem } from '../compile';
import { decide } from '../acceptance/decide';
import type { Item, JsonSchema } from '../item/types';
import { escapeToken } from '../pointer';
import { createAjv } from '../validation/ajv';
import { sampleForPattern } from './pattern';
import { sampleData, type SampleProblem } from './sample';

const templates = import.meta.glob<Item>('../../../../templates/*.json', {
	eager: true,
	import: 'default'
});

function checker(schema: JsonSchema) {
	const validate = createAjv('form').compile(schema);
	return (data: unknown): SampleProblem[] => {
		validate(data);
		return (validate.errors ?? []).map((e) => {
			const extra = (e.params as { unevaluatedProperty?: string }).unevaluatedProperty;
			return {
				pointer: extra === undefined ? e.instancePath : `${e.instancePath}/${escapeToken(extra)}`,
				keyword: e.keyword
			};
		});
	};
}

describe('sample data', () => {
	for (const [file, item] of Object.entries(templates)) {
		it(`is a valid, complete application of ${file.split('/').pop()}`, () => {
			const bundle = compileItem(item);
			const check = checker(bundle.applicationSchema);
			const data = sampleData(bundle.applicationSchema, check) as Record<string, unknown>;
			expect(check(data)).toEqual([]);
			const { materials = {}, ...form } = data;
			const d = decide(
				bundle,
				{ form, materials: materials as never, commitment: true },
				'2026-03-02'
			);
			expect(d.errors).toEqual([]);
			expect(d.missing).toEqual([]);
			expect(d.decision).toBe('accept');
		});
	}

	it('writes strings for the patterns forms use', () => {
		for (const p of [
			'^[0-9]{12,30}$',
			'^\\d{6}$',
			'^[A-Z]{2}\\d{8}$',
			'^(0\\d{2,3}-)?\\d{7,8}$',
			'^1[3-9]\\d{9}$'
		]) {
			const s = sampleForPattern(p);
			expect(s, p).toBeDefined();
			expect(new RegExp(p, 'u').test(s!)).toBe(true);
		}
		expect(sampleForPattern('^(?=a)b$')).toBeUndefined();
	});
});
