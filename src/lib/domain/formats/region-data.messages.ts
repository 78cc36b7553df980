// Messages about a replacement region dataset (setRegionData): apart from messages.ts because only
// the administrators' upload reads them, not a page that checks region codes.
import { defineMessages } from '../i18n';

export const regionDataMessages = defineMessages(
	{
		'formats.regionData.invalid': '行政区划数据有误：{problems}',
		'formats.regionData.notObject': '行政区划数据应为 JSON 对象',
		'formats.regionData.source': '请填写数据来源（source）',
		'formats.regionData.asOf': '请填写数据截至日期 asOf（YYYY-MM-DD）',
		'formats.regionData.regions': 'regions 应为“代码: 名称”对象',
		'formats.regionData.noProvince': '至少应包含一个省级行政区',
		'formats.regionData.code': '代码 {code} 应为 6 位数字',
		'formats.regionData.province': '代码 {code} 的前两位不是省级行政区划代码',
		'formats.regionData.name': '代码 {code} 缺少名称',
		'formats.regionData.parent': '代码 {code} 所属的省级行政区 {province} 不在数据中'
	},
	{
		'formats.regionData.invalid': 'Invalid region data: {problems}',
		'formats.regionData.notObject': 'region data must be a JSON object',
		'formats.regionData.source': 'source (where the codes come from) is required',
		'formats.regionData.asOf': 'asOf must be a date (YYYY-MM-DD)',
		'formats.regionData.regions': 'regions must be an object of code: name',
		'formats.regionData.noProvince': 'at least one province is required',
		'formats.regionData.code': 'code {code} must be 6 digits',
		'formats.regionData.province': '{code} does not start with a province code',
		'formats.regionData.name': 'code {code} has no name',
		'formats.regionData.parent': 'province {province} of {code} is missing'
	}
);
