// Messages of compiling an item into its published bundle.
import { defineMessages } from '../i18n';

export const compileMessages = defineMessages(
	{
		'compile.failed': '事项定义有 {count} 处问题，无法编译：{problems}',
		'compile.reservedField': '字段名 materials 已保留给申请材料，请改用其他名称',
		'compile.essentialTolerable': '主要材料（要件）不能容缺'
	},
	{
		'compile.failed': 'The item has {count} problem(s) and cannot be compiled: {problems}',
		'compile.reservedField':
			'the field name "materials" is reserved for the application materials; rename it',
		'compile.essentialTolerable': 'an essential material cannot be tolerable'
	}
);
