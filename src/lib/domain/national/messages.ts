// Messages of the national exchange import: each names what is wrong; the caller adds where.
import { defineMessages } from '../i18n';

export const nationalMessages = defineMessages(
	{
		'national.notDocument':
			'不是国家政务服务平台交换文件：应为含 basic、materials、fees 的对象，或其列表（items）',
		'national.missing': '缺少必填要素“{key}”',
		'national.notText': '“{key}”应为文本',
		'national.notNumber': '“{key}”应为非负整数',
		'national.notList': '“{key}”应为列表',
		'national.notObject': '“{key}”应为对象',
		'national.unknownCode': '“{key}”的代码“{code}”不在代码表中（可用代码：{codes}）',
		'national.badAmount': '收费标准“{value}”不是金额（元）',
		'national.invalidItem': '导入后的事项不符合规则（{pointer}）：{message}',
		'national.duplicateOrder': '材料排序号 {order} 重复'
	},
	{
		'national.notDocument':
			'Not a national platform exchange file: expected an object with basic, materials and fees, or a list of them (items)',
		'national.missing': 'Required element "{key}" is missing',
		'national.notText': '"{key}" should be text',
		'national.notNumber': '"{key}" should be a whole number, zero or more',
		'national.notList': '"{key}" should be a list',
		'national.notObject': '"{key}" should be an object',
		'national.unknownCode':
			'Code "{code}" of "{key}" is not in the code list (known codes: {codes})',
		'national.badAmount': 'Fee standard "{value}" is not an amount in yuan',
		'national.invalidItem': 'The imported item breaks a rule ({pointer}): {message}',
		'national.duplicateOrder': 'Material order number {order} is used twice'
	}
);
