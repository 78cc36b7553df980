// Titles, descriptions, findings and fixes of the time-limit rules (时限).
import { defineMessages } from '../../i18n';

export const timeLimitRuleMessages = defineMessages(
	{
		'lint.promised-exceeds-legal.title': '承诺时限超过法定时限',
		'lint.promised-exceeds-legal.description':
			'承诺办结时限只能等于或短于法定办结时限。单位不同时仅在可确定超过时报告。',
		'lint.promised-exceeds-legal.message': '承诺办结时限（{promised}）超过法定办结时限（{legal}）',
		'lint.promised-exceeds-legal.fix': '将承诺办结时限缩短至不超过 {legal}',

		'lint.promised-may-exceed-legal.title': '承诺时限可能超过法定时限',
		'lint.promised-may-exceed-legal.description':
			'两个时限单位不同（工作日、自然日、月），节假日不同可能导致承诺时限长于法定时限。建议使用相同单位。',
		'lint.promised-may-exceed-legal.message':
			'承诺办结时限（{promised}）与法定办结时限（{legal}）单位不同，遇节假日时可能超过法定时限',
		'lint.promised-may-exceed-legal.fix': '以与法定办结时限相同的单位填写承诺办结时限',

		'lint.supplement-exceeds-promised.title': '容缺补交期限超过承诺时限',
		'lint.supplement-exceeds-promised.description':
			'容缺材料的补交期限长于承诺办结时限时，部门只能在材料补齐前作出决定或违背承诺。',
		'lint.supplement-exceeds-promised.message':
			'{deadline}（{days} 个工作日）超过承诺办结时限（{promised}）',
		'lint.supplement-exceeds-promised.mayMessage':
			'{deadline}（{days} 个工作日）遇节假日时可能晚于承诺办结日期（承诺办结时限 {promised}）；补交期限应以工作日计并不超过承诺时限',
		'lint.supplement-exceeds-promised.fix': '缩短补交期限，使材料在承诺办结时限内补齐'
	},
	{
		'lint.promised-exceeds-legal.title': 'Promised time limit exceeds the legal one',
		'lint.promised-exceeds-legal.description':
			'The promised time limit may not be longer than the legal one. Across units this is reported only when certain.',
		'lint.promised-exceeds-legal.message':
			'The promised time limit ({promised}) exceeds the legal time limit ({legal})',
		'lint.promised-exceeds-legal.fix': 'Shorten the promised time limit to at most {legal}',

		'lint.promised-may-exceed-legal.title': 'Promised time limit may exceed the legal one',
		'lint.promised-may-exceed-legal.description':
			'The two limits use different units (working days, calendar days, months); depending on holidays the promised one can be longer. Use the same unit.',
		'lint.promised-may-exceed-legal.message':
			'The promised time limit ({promised}) and the legal time limit ({legal}) use different units; around holidays the promised one may be longer',
		'lint.promised-may-exceed-legal.fix':
			'State the promised time limit in the same unit as the legal one',

		'lint.supplement-exceeds-promised.title': 'Supplement deadline exceeds the promised time limit',
		'lint.supplement-exceeds-promised.description':
			'If tolerated materials may arrive after the promised completion, the department must either decide without them or break its promise.',
		'lint.supplement-exceeds-promised.message':
			'{deadline} ({days} working days) exceeds the promised time limit ({promised})',
		'lint.supplement-exceeds-promised.mayMessage':
			'{deadline} ({days} working days) can fall after the promised completion date around holidays (promised time limit {promised}); keep the supplement deadline within the promise',
		'lint.supplement-exceeds-promised.fix':
			'Shorten the supplement deadline so the materials arrive within the promised time limit'
	}
);
