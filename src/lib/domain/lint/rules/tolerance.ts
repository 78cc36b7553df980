// 容缺受理: what the deployment's risk policy allows, and whether the settings are coherent.
import { msg, type Locale } from '../../i18n';
import type { RiskClass } from '../../item/types';
import { pointer } from '../../pointer';
import type { RawFinding, Rule, RuleContext } from '../types';

const RISK_NAMES: Record<RiskClass, { zh: string; en: string }> = {
	control: { zh: '控制类', en: 'control' },
	cautious: { zh: '慎审类', en: 'cautious' },
	encouraged: { zh: '鼓励类', en: 'encouraged' }
};

function riskName(risk: RiskClass, locale?: Locale): string {
	const n = RISK_NAMES[risk];
	return n ? msg(locale, n.zh, n.en) : String(risk);
}

function tolerableCount(ctx: RuleContext): number {
	return (ctx.item.materials ?? []).filter((m) => m?.necessity === 'tolerable').length;
}

const disableFix = (locale?: Locale) => ({
	message: msg(locale, '关闭容缺受理', 'Disable tolerance'),
	patch: [{ op: 'replace' as const, path: '/tolerance/enabled', value: false }]
});

export const toleranceForbiddenForRiskClass: Rule = {
	id: 'tolerance-forbidden-for-risk-class',
	family: 'tolerance',
	defaultSeverity: 'error',
	title: {
		zh: '该风险类别不允许容缺受理',
		en: 'Tolerance not allowed for the risk class'
	},
	description: {
		zh: '按本地区容缺受理政策，该风险类别（如控制类）的事项不得启用容缺受理。',
		en: 'Under the deployment’s tolerance policy, items of this risk class (e.g. control) may not enable tolerance.'
	},
	check(ctx) {
		const { item, policy, locale } = ctx;
		const cls = policy.classes[item.riskClass];
		if (!item.tolerance?.enabled || !cls || cls.toleranceAllowed) return [];
		return [
			{
				pointer: '/tolerance/enabled',
				message: msg(
					locale,
					`${riskName(item.riskClass, locale)}事项不得启用容缺受理`,
					`Items of the ${riskName(item.riskClass, locale)} risk class may not enable tolerance`
				),
				fix: disableFix(locale)
			}
		];
	}
};

export const toleranceOnImmediateCase: Rule = {
	id: 'tolerance-on-immediate-case',
	family: 'tolerance',
	defaultSeverity: 'error',
	title: { zh: '即办件启用了容缺受理', en: 'Tolerance on an immediate case' },
	description: {
		zh: '即办件当场办结，没有补交材料的期间，不适用容缺受理。',
		en: 'Immediate cases are decided on the spot, leaving no time to supply missing materials.'
	},
	check({ item, policy, locale }) {
		if (!item.tolerance?.enabled || item.caseType !== 'immediate' || policy.immediateCasesTolerate)
			return [];
		return [
			{
				pointer: '/tolerance/enabled',
				message: msg(
					locale,
					'即办件不适用容缺受理',
					'Tolerance does not apply to an immediate case (即办件)'
				),
				fix: disableFix(locale)
			}
		];
	}
};

export const maxMissingExceedsTolerable: Rule = {
	id: 'max-missing-exceeds-tolerable',
	family: 'tolerance',
	defaultSeverity: 'warning',
	title: {
		zh: '容缺数量上限大于容缺材料数',
		en: 'maxMissing exceeds the number of tolerable materials'
	},
	description: {
		zh: '允许缺少的材料数不应多于可容缺的材料数。',
		en: 'No more materials can be missing than there are tolerable materials.'
	},
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
				message: msg(
					locale,
					`容缺数量上限（${t.maxMissing}）大于可容缺材料数（${n}）`,
					`maxMissing (${t.maxMissing}) is larger than the number of tolerable materials (${n})`
				),
				fix: {
					message: msg(locale, `改为 ${to}`, `Set it to ${to}`),
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
	title: {
		zh: '容缺数量上限超过政策规定',
		en: 'maxMissing above the policy maximum'
	},
	description: {
		zh: '允许缺少的材料数不得超过本地区政策对该风险类别规定的上限。',
		en: 'maxMissing may not exceed the maximum the deployment’s policy sets for the risk class.'
	},
	check({ item, policy, locale }) {
		const t = item.tolerance;
		const cls = policy.classes[item.riskClass];
		// a class without tolerance is reported by tolerance-forbidden-for-risk-class instead
		if (!t?.enabled || !cls?.toleranceAllowed || !(t.maxMissing > cls.maxMissing)) return [];
		return [
			{
				pointer: '/tolerance/maxMissing',
				message: msg(
					locale,
					`容缺数量上限（${t.maxMissing}）超过${riskName(item.riskClass, locale)}事项的政策上限（${cls.maxMissing}）`,
					`maxMissing (${t.maxMissing}) is above the policy maximum for ${riskName(item.riskClass, locale)} items (${cls.maxMissing})`
				),
				fix: {
					message: msg(locale, `改为 ${cls.maxMissing}`, `Set it to ${cls.maxMissing}`),
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
	title: {
		zh: '启用容缺但没有可容缺材料',
		en: 'Tolerance enabled with no tolerable material'
	},
	description: {
		zh: '启用容缺受理后，至少应有一项材料的必要性为“容缺后补”，否则容缺受理不起作用。',
		en: 'With tolerance enabled, at least one material should be tolerable; otherwise tolerance has no effect.'
	},
	check(ctx) {
		if (!ctx.item.tolerance?.enabled || tolerableCount(ctx) > 0) return [];
		return [
			{
				pointer: '/tolerance/enabled',
				message: msg(
					ctx.locale,
					'已启用容缺受理，但没有任何材料可以容缺后补',
					'Tolerance is enabled but no material is tolerable'
				),
				fix: {
					message: msg(
						ctx.locale,
						'将可后补的非要件材料设为“容缺后补”，或关闭容缺受理',
						'Mark the non-essential materials that may follow later as tolerable, or disable tolerance'
					)
				}
			}
		];
	}
};

export const tolerableMaterialWhileDisabled: Rule = {
	id: 'tolerable-material-tolerance-disabled',
	family: 'tolerance',
	defaultSeverity: 'info',
	title: {
		zh: '未启用容缺但有容缺材料',
		en: 'Tolerable material while tolerance is disabled'
	},
	description: {
		zh: '事项未启用容缺受理，材料的“容缺后补”设置不会生效，该材料按必要材料处理。',
		en: 'Tolerance is disabled, so a tolerable material is treated as required.'
	},
	check({ item, locale }) {
		if (item.tolerance?.enabled) return [];
		const out: RawFinding[] = [];
		(item.materials ?? []).forEach((m, i) => {
			if (m?.necessity !== 'tolerable') return;
			out.push({
				pointer: pointer('materials', i, 'necessity'),
				message: msg(
					locale,
					`材料“${m.name}”设为容缺后补，但事项未启用容缺受理，将按必要材料处理`,
					`Material “${m.name}” is tolerable but tolerance is disabled, so it is treated as required`
				)
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
