// Reads a settings document (the administrator's form, the API body, an exported file): every
// problem with the JSON pointer of the value at fault, and parts left out take their defaults, so
// an older export or a file naming only some rules still reads.
import { translator, type Locale } from '../i18n';
import type { RiskClass } from '../item/types';
import type { Problem } from '../item/types';
import { validateRuleConfig } from '../lint/config';
import type { RuleConfig } from '../lint/types';
import { escapeToken } from '../pointer';
import { isTimeZone } from '../time';
import { defaultSettings } from './defaults';
import { settingsMessages } from './messages';
import { MAX_POLICY_MISSING, MAX_SUPPLEMENT_DAYS, type Settings } from './types';

const KEYS = ['rules', 'strictLocal', 'policy', 'supplementDays', 'timeZone'] as const;
const POLICY_KEYS = ['classes', 'immediateCasesTolerate'] as const;
const CLASS_KEYS = ['toleranceAllowed', 'maxMissing'] as const;
const RISK_CLASSES: readonly RiskClass[] = ['control', 'cautious', 'encouraged'];

export type SettingsResult =
	{ ok: true; settings: Settings; problems: [] } | { ok: false; problems: Problem[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

/** Check and complete a settings document; `fallbackZone` is the zone when none is given. */
export function validateSettings(
	json: unknown,
	opts: { locale?: Locale; fallbackZone?: string } = {}
): SettingsResult {
	const t = translator(settingsMessages, opts.locale);
	const problems: Problem[] = [];
	const out = defaultSettings(opts.fallbackZone);
	if (!isObject(json))
		return { ok: false, problems: [problem('', 'type', t('settings.notObject'))] };

	const unknownKeys = (obj: Record<string, unknown>, keys: readonly string[], at: string) => {
		for (const key of Object.keys(obj))
			if (!keys.includes(key))
				problems.push(
					problem(`${at}/${escapeToken(key)}`, 'unknown-key', t('settings.unknownKey', { key }))
				);
	};
	const boolean = (value: unknown, at: string, key: string): boolean | undefined => {
		if (typeof value === 'boolean') return value;
		problems.push(problem(at, 'type', t('settings.notBoolean', { key })));
	};
	const integer = (value: unknown, at: string, key: string, min: number, max: number) => {
		if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)
			return value as number;
		problems.push(problem(at, 'range', t('settings.notInteger', { key, min, max })));
	};

	unknownKeys(json, KEYS, '');
	if (json.rules !== undefined) {
		const ruleProblems = validateRuleConfig(json.rules, opts.locale);
		problems.push(...ruleProblems.map((p) => ({ ...p, pointer: '/rules' + p.pointer })));
		if (!ruleProblems.length) out.rules = { ...(json.rules as RuleConfig) };
	}
	if (json.strictLocal !== undefined)
		out.strictLocal = boolean(json.strictLocal, '/strictLocal', 'strictLocal') ?? false;
	if (json.supplementDays !== undefined)
		out.supplementDays =
			integer(json.supplementDays, '/supplementDays', 'supplementDays', 1, MAX_SUPPLEMENT_DAYS) ??
			out.supplementDays;
	if (json.timeZone !== undefined) {
		if (typeof json.timeZone === 'string' && isTimeZone(json.timeZone))
			out.timeZone = json.timeZone;
		else
			problems.push(
				problem('/timeZone', 'time-zone', t('settings.badZone', { value: String(json.timeZone) }))
			);
	}
	if (json.policy !== undefined) {
		const policy = json.policy;
		if (!isObject(policy)) problems.push(problem('/policy', 'type', t('settings.notObject')));
		else {
			unknownKeys(policy, POLICY_KEYS, '/policy');
			if (policy.immediateCasesTolerate !== undefined)
				out.policy.immediateCasesTolerate =
					boolean(
						policy.immediateCasesTolerate,
						'/policy/immediateCasesTolerate',
						'immediateCasesTolerate'
					) ?? false;
			if (policy.classes !== undefined) readClasses(policy.classes);
		}
	}

	function readClasses(classes: unknown) {
		if (!isObject(classes)) {
			problems.push(problem('/policy/classes', 'type', t('settings.notObject')));
			return;
		}
		for (const key of Object.keys(classes))
			if (!(RISK_CLASSES as readonly string[]).includes(key))
				problems.push(
					problem(
						`/policy/classes/${escapeToken(key)}`,
						'unknown-class',
						t('settings.unknownClass', { key })
					)
				);
		for (const cls of RISK_CLASSES) {
			const at = `/policy/classes/${cls}`;
			const c = classes[cls];
			if (c === undefined) {
				problems.push(problem(at, 'required', t('settings.missingClass', { key: cls })));
				continue;
			}
			if (!isObject(c)) {
				problems.push(problem(at, 'type', t('settings.notObject')));
				continue;
			}
			unknownKeys(c, CLASS_KEYS, at);
			const allowed = boolean(c.toleranceAllowed, `${at}/toleranceAllowed`, 'toleranceAllowed');
			const max = integer(c.maxMissing, `${at}/maxMissing`, 'maxMissing', 0, MAX_POLICY_MISSING);
			if (allowed === false && max !== undefined && max > 0)
				problems.push(
					problem(
						`${at}/maxMissing`,
						'policy',
						t('settings.maxMissingWithoutTolerance', { key: cls })
					)
				);
			if (allowed !== undefined && max !== undefined)
				out.policy.classes[cls] = { toleranceAllowed: allowed, maxMissing: max };
		}
	}

	return problems.length ? { ok: false, problems } : { ok: true, settings: out, problems: [] };
}

function problem(pointer: string, code: string, message: string): Problem {
	return { pointer, code, message };
}
