// Titles, descriptions, findings and fixes of the strict-local rules (地方规范).
import { defineMessages } from '../../i18n';

export const localProfileRuleMessages = defineMessages(
	{
		'lint.local-supplement-max.title': '补交期限超过 {max} 个工作日（地方规范）',
		'lint.local-supplement-max.description':
			'部分城市规定容缺材料补交期限不得超过 {max} 个工作日。',
		'lint.local-supplement-max.message':
			'{deadline}（{days} 个工作日）超过地方规定的 {max} 个工作日',

		'lint.local-supplement-margin.title': '补交期限未比承诺时限少 {margin} 个工作日（地方规范）',
		'lint.local-supplement-margin.description':
			'部分城市规定补交期限至少比承诺办结时限少 {margin} 个工作日，留出审查时间。',
		'lint.local-supplement-margin.message':
			'{deadline}（{days} 个工作日）应至少比承诺办结时限（{promised}）少 {margin} 个工作日',
		'lint.local-supplement-margin.fix': '缩短补交期限或延长承诺办结时限'
	},
	{
		'lint.local-supplement-max.title':
			'Supplement deadline over {max} working days (local profile)',
		'lint.local-supplement-max.description':
			'Some cities limit the supplement deadline to {max} working days.',
		'lint.local-supplement-max.message':
			'{deadline} ({days} working days) exceeds the local maximum of {max} working days',

		'lint.local-supplement-margin.title':
			'Supplement deadline not {margin} working days inside the promised limit (local profile)',
		'lint.local-supplement-margin.description':
			'Some cities require the supplement deadline to end at least {margin} working days before the promised limit, leaving time for review.',
		'lint.local-supplement-margin.message':
			'{deadline} ({days} working days) must end at least {margin} working days before the promised time limit ({promised})',
		'lint.local-supplement-margin.fix':
			'Shorten the supplement deadline or lengthen the promised limit'
	}
);
