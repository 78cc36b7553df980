// The spreadsheet importer's words: what is wrong with a row or a column, in the office's terms.
import { defineMessages } from '../i18n';

export const spreadsheetMessages = defineMessages(
	{
		'sheet.mapping.unknownElement': '映射中的“{element}”不是可导入的要素',
		'sheet.mapping.missingColumn': '表格中没有映射所需的列“{column}”',
		'sheet.mapping.required': '映射缺少必填要素“{element}”对应的列',
		'sheet.empty': '表格中没有数据行',
		'sheet.required': '必填，不能为空',
		'sheet.number': '“{value}”不是非负整数',
		'sheet.amount': '“{value}”不是金额',
		'sheet.limit': '“{value}”不是时限（例如 20 或 “20个工作日”）',
		'sheet.promisedOverLegal': '承诺办结时限（{promised}）超过法定办结时限（{legal}）',
		'sheet.unknownDepartment': '“{value}”不是已登记的实施主体',
		'sheet.unknownValue': '“{value}”不是可选值之一：{choices}',
		'sheet.duplicateCode': '事项编码“{code}”已在第 {first} 行出现',
		'sheet.inconsistent': '同一事项的各行此列不一致：第 {first} 行为“{expected}”'
	},
	{
		'sheet.mapping.unknownElement':
			'“{element}” in the mapping is not an element that can be imported',
		'sheet.mapping.missingColumn': 'The sheet has no column “{column}” named by the mapping',
		'sheet.mapping.required': 'The mapping names no column for the required element “{element}”',
		'sheet.empty': 'The sheet has no data rows',
		'sheet.required': 'Required, must not be empty',
		'sheet.number': '“{value}” is not a whole number of zero or more',
		'sheet.amount': '“{value}” is not an amount',
		'sheet.limit': '“{value}” is not a time limit (e.g. 20 or “20个工作日”)',
		'sheet.promisedOverLegal':
			'The promised time limit ({promised}) exceeds the legal one ({legal})',
		'sheet.unknownDepartment': '“{value}” is not a registered implementing department',
		'sheet.unknownValue': '“{value}” is not one of: {choices}',
		'sheet.duplicateCode': 'Item code “{code}” already appears in row {first}',
		'sheet.inconsistent':
			'Rows of the same item differ in this column: row {first} has “{expected}”'
	}
);
