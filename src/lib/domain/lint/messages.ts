// Messages of the lint runner, the rule configuration and the phrases several rule families share.
import { defineMessages } from '../i18n';

export const lintMessages = defineMessages(
	{
		'lint.run.ruleFailed': '规则“{rule}”无法检查当前文档，请先修正文档结构错误',
		'lint.config.notObject': '规则配置必须是一个 JSON 对象（规则编号 → 级别）',
		'lint.config.unknownRule': '未知的规则编号“{id}”',
		'lint.config.badLevel':
			'规则“{id}”的级别必须是 off、info、warning 或 error 之一，而不是 {value}',
		'lint.limit.workday.one': '{n} 个工作日',
		'lint.limit.workday.other': '{n} 个工作日',
		'lint.limit.day.one': '{n} 日',
		'lint.limit.day.other': '{n} 日',
		'lint.limit.month.one': '{n} 个月',
		'lint.limit.month.other': '{n} 个月',
		'lint.deadline.default': '容缺材料默认补交期限',
		'lint.deadline.material': '材料“{material}”的补交期限',
		'lint.fix.setTo': '改为 {value}',
		'lint.fix.atMostWorkdays': '改为不超过 {n} 个工作日'
	},
	{
		'lint.run.ruleFailed':
			'Rule “{rule}” could not check this document; fix its structural errors first',
		'lint.config.notObject': 'The rule configuration must be a JSON object (rule id → severity)',
		'lint.config.unknownRule': 'Unknown rule id “{id}”',
		'lint.config.badLevel':
			'The severity of rule “{id}” must be one of off, info, warning, error, not {value}',
		'lint.limit.workday.one': '{n} working day',
		'lint.limit.workday.other': '{n} working days',
		'lint.limit.day.one': '{n} calendar day',
		'lint.limit.day.other': '{n} calendar days',
		'lint.limit.month.one': '{n} month',
		'lint.limit.month.other': '{n} months',
		'lint.deadline.default': 'The default supplement deadline',
		'lint.deadline.material': 'The supplement deadline of “{material}”',
		'lint.fix.setTo': 'Set it to {value}',
		'lint.fix.atMostWorkdays': 'Set it to at most {n} working days'
	}
);
