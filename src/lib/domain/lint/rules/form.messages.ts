// Titles, descriptions, findings and fixes of the form rules (申请表).
import { defineMessages } from '../../i18n';

export const formRuleMessages = defineMessages(
	{
		'lint.form-field-untitled.title': '表单字段缺少标题',
		'lint.form-field-untitled.description':
			'每个表单字段（包括分组）都应有中文标题，否则申请人看到的是内部字段名。',
		'lint.form-field-untitled.message': '表单字段“{key}”缺少标题',
		'lint.form-field-untitled.fix': '为该字段填写申请人能看懂的标题',

		'lint.required-field-hidden.title': '必填字段被隐藏且无默认值',
		'lint.required-field-hidden.description':
			'被界面隐藏的必填字段申请人无法填写，除非它有默认值（default）或固定值（const），否则所有申请都无法提交。',
		'lint.required-field-hidden.message':
			'必填字段“{field}”在表单中被隐藏且没有默认值，申请人无法填写',
		'lint.required-field-hidden.fix': '取消隐藏该字段，或为其设置默认值',

		'lint.form-pattern-invalid.title': '正则表达式无效',
		'lint.form-pattern-invalid.description':
			'表单中的 pattern（含 patternProperties 的键）必须是有效的正则表达式（按 Unicode 模式编译）。',
		'lint.form-pattern-invalid.message': '正则表达式 /{pattern}/ 无效：{reason}',
		'lint.form-pattern-invalid.fix':
			'修正正则表达式；身份证号、手机号等请优先使用内置格式（format）',

		'lint.form-pattern-redos.title': '正则表达式可能导致灾难性回溯',
		'lint.form-pattern-redos.description':
			'存在灾难性回溯（ReDoS）风险的正则表达式可被恶意输入拖垮门户和服务器；无法在限定步数内证明安全的表达式同样报告。',
		'lint.form-pattern-redos.message.unsafe': '正则表达式 /{pattern}/ 存在灾难性回溯风险',
		'lint.form-pattern-redos.message.undecided':
			'正则表达式 /{pattern}/ 过于复杂，无法确认不会发生灾难性回溯',
		'lint.form-pattern-redos.fix':
			'避免嵌套或相互重叠的重复（如 (a+)+、\\w+\\s?\\w+），并限定长度（maxLength）；常见证件号码请使用内置格式'
	},
	{
		'lint.form-field-untitled.title': 'Form field without a title',
		'lint.form-field-untitled.description':
			'Every form field (sections included) needs a title; otherwise applicants see the internal key.',
		'lint.form-field-untitled.message': 'Form field “{key}” has no title',
		'lint.form-field-untitled.fix': 'Give the field a title applicants understand',

		'lint.required-field-hidden.title': 'Required field hidden without a default',
		'lint.required-field-hidden.description':
			'Applicants cannot fill a hidden required field; unless it has a default or const, no application can be submitted.',
		'lint.required-field-hidden.message':
			'Required field “{field}” is hidden in the form and has no default, so applicants cannot fill it',
		'lint.required-field-hidden.fix': 'Show the field, or give it a default value',

		'lint.form-pattern-invalid.title': 'Invalid regular expression',
		'lint.form-pattern-invalid.description':
			'Every pattern in the form (patternProperties keys included) must compile as a regular expression in Unicode mode.',
		'lint.form-pattern-invalid.message': 'Regular expression /{pattern}/ is invalid: {reason}',
		'lint.form-pattern-invalid.fix':
			'Correct the expression; for ID numbers, phones and the like prefer a built-in format',

		'lint.form-pattern-redos.title': 'Regular expression may backtrack catastrophically',
		'lint.form-pattern-redos.description':
			'A pattern prone to catastrophic backtracking (ReDoS) lets crafted input stall portals and servers; patterns that cannot be proven safe within the step limit are reported too.',
		'lint.form-pattern-redos.message.unsafe':
			'Regular expression /{pattern}/ can backtrack catastrophically',
		'lint.form-pattern-redos.message.undecided':
			'Regular expression /{pattern}/ is too complex to confirm it cannot backtrack catastrophically',
		'lint.form-pattern-redos.fix':
			'Avoid nested or overlapping repetition (such as (a+)+ or \\w+\\s?\\w+) and bound the length (maxLength); use a built-in format for common identifiers'
	}
);
