import { describe, expect, it } from 'vitest';
import { cleanItem } from '../../../../tests/fixtures/lint/clean-item';
import {
	hasBlockingFindings,
	lintItem,
	RULES,
	SAMPLE_RULE_CONFIG,
	validateRuleConfig
} from './index';

function withOneVisit() {
	const item = cleanItem();
	item.guide.visits = 1; // online-full-with-visits, a warning by default
	return item;
}

describe('rule configuration', () => {
	it('keeps default severities without a config', () => {
		const findings = lintItem(withOneVisit());
		expect(findings.map((f) => [f.rule, f.severity])).toEqual([
			['online-full-with-visits', 'warning']
		]);
		expect(hasBlockingFindings(findings)).toBe(false);
	});

	it('raises a warning to an error, which then blocks publishing', () => {
		const findings = lintItem(withOneVisit(), { config: { 'online-full-with-visits': 'error' } });
		expect(findings.map((f) => f.severity)).toEqual(['error']);
		expect(hasBlockingFindings(findings)).toBe(true);
	});

	it('turns a rule off', () => {
		expect(lintItem(withOneVisit(), { config: { 'online-full-with-visits': 'off' } })).toEqual([]);
	});

	it('lowers an error to info so it no longer blocks', () => {
		const item = cleanItem();
		item.guide.legalBasis = [];
		expect(hasBlockingFindings(lintItem(item))).toBe(true);
		const lowered = lintItem(item, { config: { 'legal-basis-missing': 'info' } });
		expect(lowered.map((f) => [f.rule, f.severity])).toEqual([['legal-basis-missing', 'info']]);
		expect(hasBlockingFindings(lowered)).toBe(false);
	});

	it('enables a strict-local rule without the profile when the config names it', () => {
		const item = cleanItem();
		item.materials[2].supplementDays = 9;
		expect(lintItem(item)).toEqual([]);
		const findings = lintItem(item, { config: { 'local-supplement-margin': 'warning' } });
		expect(findings.map((f) => [f.rule, f.severity])).toEqual([
			['local-supplement-margin', 'warning']
		]);
	});

	it('turns a strict-local rule off even under the profile', () => {
		const item = cleanItem();
		item.materials[2].supplementDays = 9;
		expect(lintItem(item, { profile: 'strict-local' }).map((f) => f.rule)).toEqual([
			'local-supplement-margin'
		]);
		expect(
			lintItem(item, { profile: 'strict-local', config: { 'local-supplement-margin': 'off' } })
		).toEqual([]);
	});
});

describe('validateRuleConfig', () => {
	it('accepts the sample config and every rule at every level', () => {
		expect(validateRuleConfig(SAMPLE_RULE_CONFIG)).toEqual([]);
		for (const level of ['off', 'info', 'warning', 'error']) {
			expect(validateRuleConfig(Object.fromEntries(RULES.map((r) => [r.id, level])))).toEqual([]);
		}
	});

	it('reports an unknown rule id at its key', () => {
		const problems = validateRuleConfig({
			'promised-exceeds-legal': 'error',
			'promised-exeeds-legal': 'off'
		});
		expect(problems).toHaveLength(1);
		expect(problems[0].pointer).toBe('/promised-exeeds-legal');
		expect(problems[0].message).toContain('未知的规则编号');
		expect(validateRuleConfig({ 'no-such-rule': 'off' }, 'en')[0].message).toContain(
			'Unknown rule id'
		);
	});

	it('reports a bad severity', () => {
		const problems = validateRuleConfig({
			'form-field-untitled': 'fatal',
			'fee-items-missing': true
		});
		expect(problems.map((p) => p.pointer)).toEqual(['/form-field-untitled', '/fee-items-missing']);
		expect(problems[0].message).toContain('"fatal"');
	});

	it('rejects a config that is not an object', () => {
		for (const bad of [null, [], 'error', 3]) {
			expect(validateRuleConfig(bad)).toEqual([expect.objectContaining({ pointer: '' })]);
		}
	});

	it('escapes rule ids in pointers', () => {
		expect(validateRuleConfig({ 'a/b': 'off' })[0].pointer).toBe('/a~1b');
	});

	it('documents every rule in both languages with a valid default', () => {
		const ids = new Set<string>();
		for (const r of RULES) {
			expect(r.id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
			expect(ids.has(r.id)).toBe(false);
			ids.add(r.id);
			expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
			expect(r.title.zh && r.title.en && r.description.zh && r.description.en).toBeTruthy();
		}
	});
});
