// Messages of calculated fields, for the applicant (a value that does not match) and the designer.
import { defineMessages } from '../i18n';

export const calcMessages = defineMessages(
	{
		'calc.mismatch': '{field}应为 {expected}（根据所填信息自动计算）',
		'calc.missing': '{field}未填写，应为 {expected}（根据所填信息自动计算）',
		'calc.invalid':
			'无法识别的计算：应为 birthDateFromId、sexFromId、ageFromId、regionFromId、sum、count 或 workdaysFrom 之一，并带齐所需参数',
		'calc.unknownField': '计算引用的字段“{field}”在表单中不存在',
		'calc.fn.birthDateFromId': '由身份证号计算出生日期',
		'calc.fn.sexFromId': '由身份证号计算性别',
		'calc.fn.ageFromId': '由身份证号计算年龄',
		'calc.fn.regionFromId': '由身份证号前六位计算行政区划',
		'calc.fn.sum': '重复组中某项的合计',
		'calc.fn.count': '重复组的条目数',
		'calc.fn.workdaysFrom': '今天起若干个工作日后的日期'
	},
	{
		'calc.mismatch': '{field} should be {expected} (calculated from what was entered)',
		'calc.missing':
			'{field} is missing; it should be {expected} (calculated from what was entered)',
		'calc.invalid':
			'Unknown calculation: use one of birthDateFromId, sexFromId, ageFromId, regionFromId, sum, count or workdaysFrom with the parameters it needs',
		'calc.unknownField': 'The calculation refers to a field "{field}" the form does not have',
		'calc.fn.birthDateFromId': 'Birth date from the ID number',
		'calc.fn.sexFromId': 'Sex from the ID number',
		'calc.fn.ageFromId': 'Age from the ID number',
		'calc.fn.regionFromId': 'Region from the first six digits of the ID number',
		'calc.fn.sum': 'Total of a field over a repeating group',
		'calc.fn.count': 'Number of entries in a repeating group',
		'calc.fn.workdaysFrom': 'The date a number of working days from today'
	}
);
