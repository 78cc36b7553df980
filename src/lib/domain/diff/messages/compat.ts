// Why a change of the application schema is (or is not) compatible for portals: one reason per
// judged change, in the reviewer's language.
import { defineMessages } from '../../i18n';

export const compatMessages = defineMessages(
	{
		'diff.compat.none': '无',
		'diff.compat.rejectsAll': '新版拒绝一切取值',
		'diff.compat.acceptsSome': '旧版拒绝一切取值，新版放开',
		'diff.compat.anyType': '任意',
		'diff.compat.annotation': '说明性关键字「{keyword}」已修改',
		'diff.compat.undecidable': '「{keyword}」已修改，无法判定新旧数据的包含关系，按不兼容处理',
		'diff.compat.constraintAdded': '新增约束「{keyword}」',
		'diff.compat.constraintRemoved': '删除约束「{keyword}」',
		'diff.compat.uniqueAdded': '新增元素不得重复的限制',
		'diff.compat.uniqueRemoved': '取消元素不得重复的限制',

		'diff.compat.requiredAdded': '字段「{name}」改为必填',
		'diff.compat.requiredRemoved': '字段「{name}」不再必填',
		'diff.compat.fieldAdded': '新增字段「{name}」：旧版为封闭结构，新版数据带有该字段时旧版会拒绝',
		'diff.compat.fieldAddedOpen':
			'新增字段「{name}」：旧版为开放结构，旧数据中同名字段可能是任意值，新版对其加了约束',
		'diff.compat.fieldAddedFree': '新增字段「{name}」（无约束）',
		'diff.compat.fieldRemoved': '删除字段「{name}」：新版为封闭结构，带有该字段的旧数据会被拒绝',
		'diff.compat.fieldRemovedOpen':
			'删除字段「{name}」：新版为开放结构，该字段可为任意值，旧版的约束不再检查',
		'diff.compat.fieldRemovedFree': '删除字段「{name}」（无约束）',
		'diff.compat.closed': '未声明的字段受到更严格的限制（结构收紧）',
		'diff.compat.opened': '未声明的字段限制放宽（结构放开）',
		'diff.compat.conditionalAdded': '新增条件约束（if/then/else）',
		'diff.compat.conditionalRemoved': '删除条件约束（if/then/else）',
		'diff.compat.anyOfAdded': '新增「anyOf」约束',
		'diff.compat.anyOfRemoved': '删除「anyOf」约束',
		'diff.compat.narrowed': '「{keyword}」收紧',
		'diff.compat.widened': '「{keyword}」放宽',

		'diff.compat.type-widened': '类型由 {old} 放宽为 {new}',
		'diff.compat.type-narrowed': '类型由 {old} 收窄为 {new}',
		'diff.compat.type-changed': '类型由 {old} 改为 {new}',
		'diff.compat.enumAdded': '新增取值范围限制',
		'diff.compat.enumRemoved': '取消取值范围限制',
		'diff.compat.valuesDropped': '删除可选值 {values}',
		'diff.compat.valuesAdded': '新增可选值 {values}',
		'diff.compat.relabelled': '选项 {key} 的名称由「{old}」改为「{new}」',
		'diff.compat.boundTightened': '「{keyword}」由 {old} 收紧为 {new}',
		'diff.compat.boundLoosened': '「{keyword}」由 {old} 放宽为 {new}',
		'diff.compat.multipleOf': '「multipleOf」由 {old} 改为 {new}',
		'diff.compat.rule.pattern': '格式正则',
		'diff.compat.rule.format': '格式',
		'diff.compat.ruleAdded': '新增{rule}限制 {value}',
		'diff.compat.ruleRemoved': '取消{rule}限制 {value}',
		'diff.compat.ruleChanged': '{rule}由 {old} 改为 {new}，无法判定包含关系，按不兼容处理'
	},
	{
		'diff.compat.none': 'none',
		'diff.compat.rejectsAll': 'the new schema rejects every value',
		'diff.compat.acceptsSome': 'the old schema rejected every value; the new one accepts some',
		'diff.compat.anyType': 'any',
		'diff.compat.annotation': 'annotation "{keyword}" changed',
		'diff.compat.undecidable':
			'"{keyword}" changed and the relation cannot be decided; treated as breaking',
		'diff.compat.constraintAdded': 'constraint "{keyword}" added',
		'diff.compat.constraintRemoved': 'constraint "{keyword}" removed',
		'diff.compat.uniqueAdded': 'items must now be unique',
		'diff.compat.uniqueRemoved': 'items need no longer be unique',

		'diff.compat.requiredAdded': '"{name}" is now required',
		'diff.compat.requiredRemoved': '"{name}" is no longer required',
		'diff.compat.fieldAdded':
			'field "{name}" added: the old schema is closed and rejects new data carrying it',
		'diff.compat.fieldAddedOpen':
			'field "{name}" added with constraints: the old schema was open, so old data may hold any value under that key',
		'diff.compat.fieldAddedFree': 'unconstrained field "{name}" added',
		'diff.compat.fieldRemoved':
			'field "{name}" removed: the new schema is closed and rejects old data carrying it',
		'diff.compat.fieldRemovedOpen':
			'field "{name}" removed: the new schema is open, so new data may hold any value there',
		'diff.compat.fieldRemovedFree': 'unconstrained field "{name}" removed',
		'diff.compat.closed': 'undeclared fields are now restricted',
		'diff.compat.opened': 'undeclared fields are now less restricted',
		'diff.compat.conditionalAdded': 'conditional constraint (if/then/else) added',
		'diff.compat.conditionalRemoved': 'conditional constraint (if/then/else) removed',
		'diff.compat.anyOfAdded': '"anyOf" constraint added',
		'diff.compat.anyOfRemoved': '"anyOf" constraint removed',
		'diff.compat.narrowed': '"{keyword}" narrowed',
		'diff.compat.widened': '"{keyword}" widened',

		'diff.compat.type-widened': 'type {old} → {new}',
		'diff.compat.type-narrowed': 'type {old} → {new}',
		'diff.compat.type-changed': 'type {old} → {new}',
		'diff.compat.enumAdded': 'value list added',
		'diff.compat.enumRemoved': 'value list removed',
		'diff.compat.valuesDropped': 'values dropped: {values}',
		'diff.compat.valuesAdded': 'values added: {values}',
		'diff.compat.relabelled': 'option {key} relabelled "{old}" → "{new}"',
		'diff.compat.boundTightened': '"{keyword}" tightened from {old} to {new}',
		'diff.compat.boundLoosened': '"{keyword}" loosened from {old} to {new}',
		'diff.compat.multipleOf': '"multipleOf" {old} → {new}',
		'diff.compat.rule.pattern': 'pattern',
		'diff.compat.rule.format': 'format',
		'diff.compat.ruleAdded': '{rule} {value} added',
		'diff.compat.ruleRemoved': '{rule} {value} removed',
		'diff.compat.ruleChanged':
			'{rule} changed from {old} to {new}; relation undecidable, treated as breaking'
	}
);
