// Every rule id in RULES has a case that triggers it and a near miss that does not.
import { describe, expect, it } from 'vitest';
import { cleanItem } from '../../../../tests/fixtures/lint/clean-item';
import { lintItem, RULES } from './index';
import { FORM_AND_LOCAL_CASES } from '../../../../tests/fixtures/lint/form-and-local';
import { GUIDE_AND_TIME_CASES } from '../../../../tests/fixtures/lint/guide-and-time';
import { NATIONAL_CASES } from '../../../../tests/fixtures/lint/national';
import { MATERIAL_AND_TOLERANCE_CASES } from '../../../../tests/fixtures/lint/materials-and-tolerance';
import { strict, type Case, type RuleCases } from '../../../../tests/fixtures/lint/case-types';

const CASES: Record<string, RuleCases> = {
	...GUIDE_AND_TIME_CASES,
	...MATERIAL_AND_TOLERANCE_CASES,
	...FORM_AND_LOCAL_CASES,
	...NATIONAL_CASES
};

function run(c: Case) {
	const item = cleanItem();
	c.mutate(item);
	return lintItem(item, c.opts);
}

describe('every rule has a trigger and a near miss', () => {
	it('covers every rule in RULES and nothing else', () => {
		expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
	});

	for (const meta of RULES) {
		const cases = CASES[meta.id];
		if (!cases) continue;
		describe(meta.id, () => {
			it.each(cases.trigger.map((c) => [c.name, c] as const))('reports: %s', (_name, c) => {
				const hits = run(c).filter((f) => f.rule === meta.id);
				expect(hits.length).toBeGreaterThan(0);
				if (c.pointer) expect(hits.map((h) => h.pointer)).toContain(c.pointer);
				if (c.says) expect(hits.map((h) => h.message).join('\n')).toContain(c.says);
				for (const h of hits) expect(h.severity).toBe(meta.defaultSeverity);
				const en = run({ ...c, opts: { ...c.opts, locale: 'en' } }).filter(
					(f) => f.rule === meta.id
				);
				expect(en.map((h) => h.pointer)).toEqual(hits.map((h) => h.pointer));
				en.forEach((h, k) => {
					expect(h.message).not.toBe(hits[k].message);
					expect(h.message).toMatch(/[A-Za-z]{3}/);
				});
			});
			it.each(cases.pass.map((c) => [c.name, c] as const))('stays quiet: %s', (_name, c) => {
				expect(run(c).filter((f) => f.rule === meta.id)).toEqual([]);
			});
		});
	}

	it('the clean fixture has no findings under either profile', () => {
		expect(lintItem(cleanItem())).toEqual([]);
		expect(lintItem(cleanItem(), strict)).toEqual([]);
	});
});
