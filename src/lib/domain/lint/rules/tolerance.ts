// 容缺受理: what the deployment's risk policy allows, and whether the settings are coherent.
import { bothLanguages, lookup, translator, type Locale } from '../../i18n';
import type { RiskClass } from '../../item/types';
import { pointer } from '../../pointer';
import { lintMessages } from '../messages';
import type { RawFinding, Rule, RuleContext } from '../types';
import { toleranceRuleMessages as messages } from './tolerance.messages';

function riskName(risk: RiskClass, locale?: Locale): string {
	return lookup(messages, locale, `lint.risk.${risk}`) ?? String(risk);
}

function tolerableCount(ctx: RuleContext): number {
	return (ctx.item.materials ?? []).filter((m) => m?.necessity === 'tolerable').length;
}

const disableFix = (locale?: Locale) => ({
	message: translator(messages, locale)('lint.tolerance.disable'),
	patch: [{ op: 'replace' as const, path: '/tolerance/enabled', value: false }]
});

export const toleranceForbiddenForRiskClass: Rule = {
	id: 'tolerance-forbidden-for-risk-class',
	family: 'tolerance',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.tolerance-forbidden-for-risk-class.title'),
	description: bothLanguages(messages, 'lint.tolerance-forbidden-for-risk-class.description'),
	check(ctx) {
		const { item, policy, locale } = ctx;
		const cls = policy.classes[item.riskClass];
		if (!item.tolerance?.enabled || !cls || cls.toleranceAllowed) return [];
		const t = translator(messages, locale);
		return [
			{
				pointer: '/tolerance/enabled',
				message: t('lint.tolerance-forbidden-for-risk-class.message', {
					risk: riskName(item.riskClass, locale)
				}),
				fix: disableFix(locale)
			}
		];
	}
};

export const toleranceOnImmediateCase: Rule = {
	id: 'tolerance-on-immediate-case',
	family: 'tolerance',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.tolerance-on-immediate-case.title'),
	description: bothLanguages(messages, 'lint.tolerance-on-immediate-case.description'),
	check({ item, policy, locale }) {
		if (!item.tolerance?.enabled || item.caseType !== 'immediate' || policy.immediateCasesTolerate)
			return [];
		return [
			{
				pointer: '/tolerance/enabled',
				message: translator(messages, locale)('lint.tolerance-on-immediate-case.message'),
				fix: disableFix(locale)
			}
		];
	}
};

export const maxMissingExceedsTolerable: Rule = {
	id: 'max-missing-exceeds-tolerable',
	family: 'tolerance',
	defaultSeverity: 'warning',
	title: bothLanguages(messages, 'lint.max-missing-exceeds-tolerable.title'),
	description: bothLanguages(messages, 'lint.max-missing-exceeds-tolerable.description'),
	check(ctx) {
		const { item, locale } = ctx;
		const t = item.tolerance;
		const n = tolerableCount(ctx);
		// with no tolerable material at all, tolerance-without-tolerable-material says it better
		if (!t?.enabled || n === 0 || !(t.maxMissing > n)) return [];
		// the suggested value must not break the policy maximum in turn
		const cls = ctx.policy.classes[item.riskClass];
		const to = cls?.toleranceAllowed ? Math.min(n, cls.maxMissing) : n;
		return [
			{
				pointer: '/tolerance/maxMissing',
				message: translator(messages, locale)('lint.max-missing-exceeds-tolerable.message', {
					maxMissing: t.maxMissing,
					tolerable: n
				}),
				fix: {
					message: translator(lintMessages, locale)('lint.fix.setTo', { value: to }),
					patch: [{ op: 'replace', path: '/tolerance/maxMissing', value: to }]
				}
			}
		];
	}
};

export const maxMissingExceedsPolicy: Rule = {
	id: 'max-missing-exceeds-policy',
	family: 'tolerance',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.max-missing-exceeds-policy.title'),
	description: bothLanguages(messages, 'lint.max-missing-exceeds-policy.description'),
	check({ item, policy, locale }) {
		const t = item.tolerance;
		const cls = policy.classes[item.riskClass];
		// a class without tolerance is reported by tolerance-forbidden-for-risk-class instead
		if (!t?.enabled || !cls?.toleranceAllowed || !(t.maxMissing > cls.maxMissing)) return [];
		return [
			{
				pointer: '/tolerance/maxMissing',
				message: translator(messages, locale)('lint.max-missing-exceeds-policy.message', {
					maxMissing: t.maxMissing,
					risk: riskName(item.riskClass, locale),
					limit: cls.maxMissing
				}),
				fix: {
					message: translator(lintMessages, locale)('lint.fix.setTo', { value: cls.maxMissing }),
					patch: [{ op: 'replace', path: '/tolerance/maxMissing', value: cls.maxMissing }]
				}
			}
		];
	}
};

export const toleranceWithoutTolerableMaterial: Rule = {
	id: 'tolerance-without-tolerable-material',
	family: 'tolerance',
	defaultSeverity: 'warning',
	title: bothLanguages(messages, 'lint.tolerance-without-tolerable-material.title'),
	description: bothLanguages(messages, 'lint.tolerance-without-tolerable-material.description'),
	check(ctx) {
		if (!ctx.item.tolerance?.enabled || tolerableCount(ctx) > 0) return [];
		const t = translator(messages, ctx.locale);
		return [
			{
				pointer: '/tolerance/enabled',
				message: t('lint.tolerance-without-tolerable-material.message'),
				fix: { message: t('lint.tolerance-without-tolerable-material.fix') }
			}
		];
	}
};

export const tolerableMaterialWhileDisabled: Rule = {
	id: 'tolerable-material-tolerance-disabled',
	family: 'tolerance',
	defaultSeverity: 'info',
	title: bothLanguages(messages, 'lint.tolerable-material-tolerance-disabled.title'),
	description: bothLanguages(messages, 'lint.tolerable-material-tolerance-disabled.description'),
	check({ item, locale }) {
		if (item.tolerance?.enabled) return [];
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		(item.materials ?? []).forEach((m, i) => {
			if (m?.necessity !== 'tolerable') return;
			out.push({
				pointer: pointer('materials', i, 'necessity'),
				message: t('lint.tolerable-material-tolerance-disabled.message', { material: m.name })
			});
		});
		return out;
	}
};

export const toleranceRules: Rule[] = [
	toleranceForbiddenForRiskClass,
	toleranceOnImmediateCase,
	maxMissingExceedsTolerable,
	maxMissingExceedsPolicy,
	toleranceWithoutTolerableMaterial,
	tolerableMaterialWhileDisabled
];
