// Messages of compiling an item into its published bundle.
import { defineMessages } from '../i18n';

export const compileMessages = defineMessages(
	{
		'compile.failed': '事项定义有 {count} 处问题，无法编译：{problems}',
		'compile.reservedField': '字段名 materials 已保留给申请材料，请改用其他名称',
		'compile.essentialTolerable': '主要材料（要件）不能容缺',
		'compile.renderCycle':
			'引用 {ref} 指回正在显示的表单自身，表单会无限嵌套、无法显示；请把递归放在列表（items）中',
		'compile.renderTooDeep': '表单嵌套超过 {limit} 层，无法显示'
	},
	{
		'compile.failed': 'The item has {count} problem(s) and cannot be compiled: {problems}',
		'compile.reservedField':
			'the field name "materials" is reserved for the application materials; rename it',
		'compile.essentialTolerable': 'an essential material cannot be tolerable',
		'compile.renderCycle':
			'the reference {ref} points back to the form being drawn, so it would nest without end and cannot be shown; put recursion inside a list (items)',
		'compile.renderTooDeep': 'the form is nested deeper than {limit} levels and cannot be shown'
	}
);
