// Per-deployment rule configuration. The file is a flat JSON object from rule id to severity:
//
//   {
//     "online-full-with-visits": "error",      // raise a warning to an error (blocks publishing)
//     "form-field-untitled": "off",            // not checked at all
//     "local-supplement-max": "warning"        // a strict-local rule, enabled without the profile
//   }
//
// Values are "off", "info", "warning" or "error". Rules not named keep their default severity;
// strict-local rules run only with the strict-local profile unless named here. An unknown rule id
// is an error, so a typo cannot silently leave a rule at its default.
import { translator, type Locale } from '../i18n';
import type { Problem } from '../item/types';
import { escapeToken } from '../pointer';
import { lintMessages } from './messages';
import { findRule } from './registry';
import type { RuleConfig } from './types';

const LEVELS = ['off', 'info', 'warning', 'error'] as const;

/** An example deployment config, as documented above. */
export const SAMPLE_RULE_CONFIG: RuleConfig = {
	'online-full-with-visits': 'error',
	'promised-may-exceed-legal': 'error',
	'form-field-untitled': 'error',
	'tolerable-material-tolerance-disabled': 'off',
	'local-supplement-max': 'warning'
};

export function validateRuleConfig(json: unknown, locale?: Locale): Problem[] {
	const t = translator(lintMessages, locale);
	if (json === null || typeof json !== 'object' || Array.isArray(json)) {
		return [
			{
				pointer: '',
				code: 'type',
				message: t('lint.config.notObject')
			}
		];
	}
	const problems: Problem[] = [];
	for (const [id, level] of Object.entries(json)) {
		const ptr = '/' + escapeToken(id);
		if (!findRule(id)) {
			problems.push({
				pointer: ptr,
				code: 'unknown-rule',
				message: t('lint.config.unknownRule', { id })
			});
			continue;
		}
		if (!(LEVELS as readonly unknown[]).includes(level)) {
			problems.push({
				pointer: ptr,
				code: 'enum',
				message: t('lint.config.badLevel', { id, value: JSON.stringify(level) })
			});
		}
	}
	return problems;
}
