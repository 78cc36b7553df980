// Titles, descriptions, findings and fixes of the tolerance rules (容缺受理).
import { defineMessages } from '../../i18n';

export const toleranceRuleMessages = defineMessages(
	{
		'lint.risk.control': '控制类',
		'lint.risk.cautious': '慎审类',
		'lint.risk.encouraged': '鼓励类',
		'lint.tolerance.disable': '关闭容缺受理',

		'lint.tolerance-forbidden-for-risk-class.title': '该风险类别不允许容缺受理',
		'lint.tolerance-forbidden-for-risk-class.description':
			'按本地区容缺受理政策，该风险类别（如控制类）的事项不得启用容缺受理。',
		'lint.tolerance-forbidden-for-risk-class.message': '{risk}事项不得启用容缺受理',

		'lint.tolerance-on-immediate-case.title': '即办件启用了容缺受理',
		'lint.tolerance-on-immediate-case.description':
			'即办件当场办结，没有补交材料的期间，不适用容缺受理。',
		'lint.tolerance-on-immediate-case.message': '即办件不适用容缺受理',

		'lint.max-missing-exceeds-tolerable.title': '容缺数量上限大于容缺材料数',
		'lint.max-missing-exceeds-tolerable.description': '允许缺少的材料数不应多于可容缺的材料数。',
		'lint.max-missing-exceeds-tolerable.message':
			'容缺数量上限（{maxMissing}）大于可容缺材料数（{tolerable}）',

		'lint.max-missing-exceeds-policy.title': '容缺数量上限超过政策规定',
		'lint.max-missing-exceeds-policy.description':
			'允许缺少的材料数不得超过本地区政策对该风险类别规定的上限。',
		'lint.max-missing-exceeds-policy.message':
			'容缺数量上限（{maxMissing}）超过{risk}事项的政策上限（{limit}）',

		'lint.tolerance-without-tolerable-material.title': '启用容缺但没有可容缺材料',
		'lint.tolerance-without-tolerable-material.description':
			'启用容缺受理后，至少应有一项材料的必要性为“容缺后补”，否则容缺受理不起作用。',
		'lint.tolerance-without-tolerable-material.message':
			'已启用容缺受理，但没有任何材料可以容缺后补',
		'lint.tolerance-without-tolerable-material.fix':
			'将可后补的非要件材料设为“容缺后补”，或关闭容缺受理',

		'lint.tolerable-material-tolerance-disabled.title': '未启用容缺但有容缺材料',
		'lint.tolerable-material-tolerance-disabled.description':
			'事项未启用容缺受理，材料的“容缺后补”设置不会生效，该材料按必要材料处理。',
		'lint.tolerable-material-tolerance-disabled.message':
			'材料“{material}”设为容缺后补，但事项未启用容缺受理，将按必要材料处理'
	},
	{
		'lint.risk.control': 'control',
		'lint.risk.cautious': 'cautious',
		'lint.risk.encouraged': 'encouraged',
		'lint.tolerance.disable': 'Disable tolerance',

		'lint.tolerance-forbidden-for-risk-class.title': 'Tolerance not allowed for the risk class',
		'lint.tolerance-forbidden-for-risk-class.description':
			'Under the deployment’s tolerance policy, items of this risk class (e.g. control) may not enable tolerance.',
		'lint.tolerance-forbidden-for-risk-class.message':
			'Items of the {risk} risk class may not enable tolerance',

		'lint.tolerance-on-immediate-case.title': 'Tolerance on an immediate case',
		'lint.tolerance-on-immediate-case.description':
			'Immediate cases are decided on the spot, leaving no time to supply missing materials.',
		'lint.tolerance-on-immediate-case.message':
			'Tolerance does not apply to an immediate case (即办件)',

		'lint.max-missing-exceeds-tolerable.title':
			'maxMissing exceeds the number of tolerable materials',
		'lint.max-missing-exceeds-tolerable.description':
			'No more materials can be missing than there are tolerable materials.',
		'lint.max-missing-exceeds-tolerable.message':
			'maxMissing ({maxMissing}) is larger than the number of tolerable materials ({tolerable})',

		'lint.max-missing-exceeds-policy.title': 'maxMissing above the policy maximum',
		'lint.max-missing-exceeds-policy.description':
			'maxMissing may not exceed the maximum the deployment’s policy sets for the risk class.',
		'lint.max-missing-exceeds-policy.message':
			'maxMissing ({maxMissing}) is above the policy maximum for {risk} items ({limit})',

		'lint.tolerance-without-tolerable-material.title':
			'Tolerance enabled with no tolerable material',
		'lint.tolerance-without-tolerable-material.description':
			'With tolerance enabled, at least one material should be tolerable; otherwise tolerance has no effect.',
		'lint.tolerance-without-tolerable-material.message':
			'Tolerance is enabled but no material is tolerable',
		'lint.tolerance-without-tolerable-material.fix':
			'Mark the non-essential materials that may follow later as tolerable, or disable tolerance',

		'lint.tolerable-material-tolerance-disabled.title':
			'Tolerable material while tolerance is disabled',
		'lint.tolerable-material-tolerance-disabled.description':
			'Tolerance is disabled, so a tolerable material is treated as required.',
		'lint.tolerable-material-tolerance-disabled.message':
			'Material “{material}” is tolerable but tolerance is disabled, so it is treated as required'
	}
);
