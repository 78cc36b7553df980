// Messages of conditions and cross-field rules: the applicant's corrections and the designer's words.
import { defineMessages } from '../i18n';

export const conditionMessages = defineMessages(
	{
		'conditions.rule.dateAfter': '{field}应晚于{other}',
		'conditions.rule.dateNotBefore': '{field}不得早于{other}',
		'conditions.rule.sumEquals': '{items}中各项{of}合计应等于 {total}，现为 {sum}',
		'conditions.rule.sumAtMost': '{items}中各项{of}合计不得超过 {total}，现为 {sum}',
		'conditions.rule.invalid':
			'无法识别的跨字段规则：应为 dateAfter（field、after、可选 orSame）或 sumEquals / sumAtMost（items、of、total）',
		'conditions.rule.unknownField': '规则引用的字段“{field}”在表单中不存在',
		'conditions.kind.dateAfter': '日期晚于另一日期',
		'conditions.kind.sumEquals': '合计等于',
		'conditions.kind.sumAtMost': '合计不超过',
		'conditions.yes': '是',
		'conditions.no': '否',
		'conditions.and': '且',
		'conditions.or': '，或',
		'conditions.listSeparator': '、',
		'conditions.paren': '（{text}）',
		'conditions.not': '并非{text}',
		'conditions.describe.equals': '「{field}」为“{value}”',
		'conditions.describe.notEquals': '「{field}」不为“{value}”',
		'conditions.describe.oneOf': '「{field}」为“{value}”之一',
		'conditions.describe.contains': '「{field}」包含“{value}”',
		'conditions.describe.includes': '「{field}」选中“{value}”',
		'conditions.describe.gt': '「{field}」大于 {value}',
		'conditions.describe.gte': '「{field}」不小于 {value}',
		'conditions.describe.lt': '「{field}」小于 {value}',
		'conditions.describe.lte': '「{field}」不大于 {value}',
		'conditions.describe.filled': '填写了「{field}」',
		'conditions.describe.empty': '未填写「{field}」',
		'conditions.describe.dateBefore': '「{field}」早于 {value}',
		'conditions.describe.dateAfter': '「{field}」晚于 {value}'
	},
	{
		'conditions.rule.dateAfter': '{field} must be after {other}',
		'conditions.rule.dateNotBefore': '{field} must not be before {other}',
		'conditions.rule.sumEquals':
			'The {of} of all {items} must add up to {total}; they add up to {sum}',
		'conditions.rule.sumAtMost':
			'The {of} of all {items} must add up to at most {total}; they add up to {sum}',
		'conditions.rule.invalid':
			'Unknown cross-field rule: use dateAfter (field, after, optional orSame) or sumEquals / sumAtMost (items, of, total)',
		'conditions.rule.unknownField': 'The rule refers to a field "{field}" the form does not have',
		'conditions.kind.dateAfter': 'Date after another date',
		'conditions.kind.sumEquals': 'Total equals',
		'conditions.kind.sumAtMost': 'Total at most',
		'conditions.yes': 'yes',
		'conditions.no': 'no',
		'conditions.and': ' and ',
		'conditions.or': ', or ',
		'conditions.listSeparator': ', ',
		'conditions.paren': '({text})',
		'conditions.not': 'not {text}',
		'conditions.describe.equals': '"{field}" is "{value}"',
		'conditions.describe.notEquals': '"{field}" is not "{value}"',
		'conditions.describe.oneOf': '"{field}" is one of "{value}"',
		'conditions.describe.contains': '"{field}" contains "{value}"',
		'conditions.describe.includes': '"{field}" includes "{value}"',
		'conditions.describe.gt': '"{field}" is greater than {value}',
		'conditions.describe.gte': '"{field}" is at least {value}',
		'conditions.describe.lt': '"{field}" is less than {value}',
		'conditions.describe.lte': '"{field}" is at most {value}',
		'conditions.describe.filled': '"{field}" is filled in',
		'conditions.describe.empty': '"{field}" is empty',
		'conditions.describe.dateBefore': '"{field}" is before {value}',
		'conditions.describe.dateAfter': '"{field}" is after {value}'
	}
);
