// Sentences about the application form's fields, as reviewers read them.
import { defineMessages } from '../../i18n';

export const formDiffMessages = defineMessages(
	{
		'diff.form.section': '分组',
		'diff.form.field': '字段',
		'diff.form.removed': '删除{noun}「{name}」',
		'diff.form.removedRequired': '删除必填{noun}「{name}」',
		'diff.form.addedRequired': '新增必填{noun}「{name}」',
		'diff.form.addedOptional': '新增选填{noun}「{name}」',
		'diff.form.changed': '字段「{name}」{parts}',
		'diff.form.renamed': '更名为「{name}」',
		'diff.form.nowRequired': '改为必填',
		'diff.form.nowRequiredSometimes': '在特定情形下改为必填',
		'diff.form.nowOptional': '改为选填',
		'diff.form.nowOptionalSometimes': '在特定情形下不再必填',
		'diff.form.descriptionChanged': '说明信息变更：{reasons}',
		'diff.form.validationChanged': '校验规则变更：{reasons}',
		'diff.form.moved': '字段「{name}」由第 {from} 位移至第 {to} 位',
		'diff.form.rules': '表单整体校验规则变更：{reasons}'
	},
	{
		'diff.form.section': 'section',
		'diff.form.field': 'field',
		'diff.form.removed': '{noun} "{name}" removed',
		'diff.form.removedRequired': 'required {noun} "{name}" removed',
		'diff.form.addedRequired': 'required {noun} "{name}" added',
		'diff.form.addedOptional': 'optional {noun} "{name}" added',
		'diff.form.changed': 'Field "{name}" {parts}',
		'diff.form.renamed': 'renamed to "{name}"',
		'diff.form.nowRequired': 'now required',
		'diff.form.nowRequiredSometimes': 'now required in some cases',
		'diff.form.nowOptional': 'now optional',
		'diff.form.nowOptionalSometimes': 'no longer required in some cases',
		'diff.form.descriptionChanged': 'description changed: {reasons}',
		'diff.form.validationChanged': 'validation changed: {reasons}',
		'diff.form.moved': 'Field "{name}" moved from {from} to {to}',
		'diff.form.rules': 'Form-level validation changed: {reasons}'
	}
);
