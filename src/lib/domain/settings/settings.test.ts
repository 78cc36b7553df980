import { describe, expect, it } from 'vitest';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import { DEFAULT_POLICY } from '../item/policy';
import type { Item } from '../item/types';
import { lintItem, RULES } from '../lint';
import {
	defaultSettings,
	lintOptionsOf,
	newlyBlocked,
	validateSettings,
	type Settings
} from './index';

/** The sample item with the applicant's name field left untitled: a warning by default. */
function untitledField(): Item {
	const item = sampleItem();
	const schema = item.form.schema as {
		properties: { applicant: { properties: Record<string, { title?: string }> } };
	};
	delete schema.properties.applicant.properties.name.title;
	return item;
}

const subjects = (...items: [string, Item][]) =>
	items.map(([code, item]) => ({ code, name: `${code} name`, item }));

describe('settings documents', () => {
	it('the defaults check exactly as lint did before settings existed', () => {
		const item = untitledField();
		expect(lintItem(item, lintOptionsOf(defaultSettings(), 'en'))).toEqual(
			lintItem(item, { locale: 'en' })
		);
		expect(defaultSettings().policy).toEqual(DEFAULT_POLICY);
	});

	it('an empty document reads as the defaults, with the fallback zone', () => {
		const r = validateSettings({}, { fallbackZone: 'Asia/Urumqi' });
		expect(r.ok && r.settings).toEqual(defaultSettings('Asia/Urumqi'));
	});

	it('a complete document survives a round trip', () => {
		const s: Settings = {
			...defaultSettings(),
			rules: { 'form-field-untitled': 'error', 'local-supplement-max': 'warning' },
			strictLocal: true,
			supplementDays: 10,
			timeZone: 'Asia/Hong_Kong'
		};
		s.policy.classes.encouraged.maxMissing = 5;
		const r = validateSettings(JSON.parse(JSON.stringify(s)));
		expect(r.ok && r.settings).toEqual(s);
	});

	it('every problem is located by a JSON pointer and worded in the language asked for', () => {
		const r = validateSettings(
			{
				rules: { 'no-such-rule': 'error', 'form-field-untitled': 'loud' },
				strictLocal: 'yes',
				supplementDays: 0,
				timeZone: 'Mars/Olympus',
				policy: {
					classes: {
						control: { toleranceAllowed: false, maxMissing: 2 },
						cautious: { toleranceAllowed: true, maxMissing: 1 },
						risky: {}
					}
				},
				colour: 'red'
			},
			{ locale: 'en' }
		);
		expect(r.ok).toBe(false);
		const pointers = r.problems.map((p) => p.pointer).sort();
		expect(pointers).toEqual(
			[
				'/colour',
				'/policy/classes/control/maxMissing',
				'/policy/classes/encouraged',
				'/policy/classes/risky',
				'/rules/form-field-untitled',
				'/rules/no-such-rule',
				'/strictLocal',
				'/supplementDays',
				'/timeZone'
			].sort()
		);
		expect(r.problems.find((p) => p.pointer === '/timeZone')?.message).toContain('Mars/Olympus');
		const zh = validateSettings({ colour: 1 });
		expect(zh.problems[0].message).toContain('未知的设置项');
	});

	it('refuses what is not an object', () => {
		for (const bad of [null, [], 'x', 3]) expect(validateSettings(bad).ok).toBe(false);
	});
});

describe('what a change of settings newly blocks', () => {
	const before = defaultSettings();

	it('raising a warning to an error blocks the items that have it, and only those', () => {
		const after = { ...before, rules: { 'form-field-untitled': 'error' as const } };
		const blocked = newlyBlocked(
			before,
			after,
			subjects(['A', untitledField()], ['B', sampleItem()]),
			'en'
		);
		expect(blocked.map((b) => b.code)).toEqual(['A']);
		expect(blocked[0].findings.map((f) => [f.rule, f.pointer])).toEqual([
			['form-field-untitled', '/form/schema/properties/applicant/properties/name']
		]);
	});

	it('the national element rules take their severity from the settings like the others', () => {
		const item = sampleItem();
		item.guide.process = [{ name: '受理' }, { name: '审查' }];
		item.guide.itemStatus = { state: 'cancelled' };
		const after = {
			...before,
			rules: { 'process-incomplete': 'error' as const, 'cancel-date-missing': 'off' as const }
		};
		expect(RULES.map((r) => r.id)).toEqual(
			expect.arrayContaining(['licensing-at-village', 'process-exceeds-promised'])
		);
		const rules = (s: Settings) =>
			lintItem(item, lintOptionsOf(s)).map((f) => [f.rule, f.severity]);
		expect(rules(before)).toEqual(
			expect.arrayContaining([
				['process-incomplete', 'warning'],
				['cancel-date-missing', 'error']
			])
		);
		expect(rules(after)).toContainEqual(['process-incomplete', 'error']);
		expect(rules(after).map(([r]) => r)).not.toContain('cancel-date-missing');
		expect(
			newlyBlocked(before, after, subjects(['A', item]))[0].findings.map((f) => f.rule)
		).toEqual(['process-incomplete']);
	});

	it('a stricter tolerance policy blocks items that tolerate what their class no longer may', () => {
		const after = structuredClone(before);
		after.policy.classes.cautious = { toleranceAllowed: false, maxMissing: 0 };
		const blocked = newlyBlocked(before, after, subjects(['A', sampleItem()]));
		expect(blocked[0].findings.map((f) => f.rule)).toContain('tolerance-forbidden-for-risk-class');
	});

	it('an error already there is not news, and relaxing settings blocks nothing', () => {
		const strict = { ...before, rules: { 'form-field-untitled': 'error' as const } };
		expect(newlyBlocked(strict, strict, subjects(['A', untitledField()]))).toEqual([]);
		expect(newlyBlocked(strict, before, subjects(['A', untitledField()]))).toEqual([]);
	});

	it('turning on the strict local profile is a change like any other', () => {
		const item = sampleItem();
		item.tolerance.supplementDays = 60;
		const after = { ...before, strictLocal: true };
		const findings = newlyBlocked(before, after, subjects(['A', item])).flatMap((b) => b.findings);
		// the error the item had already (a period beyond its promised time) is not repeated
		expect(findings.map((f) => f.rule)).not.toContain('supplement-exceeds-promised');
		expect(findings.length).toBeGreaterThan(0);
		const local = new Set(RULES.filter((r) => r.profile === 'strict-local').map((r) => r.id));
		expect(findings.every((f) => local.has(f.rule))).toBe(true);
	});
});
