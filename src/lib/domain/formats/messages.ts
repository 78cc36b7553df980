// Messages of the Chinese identifier formats: why a value is refused or worth a second look, the
// formats' names. The names of the 统一社会信用代码 registration authorities and their types are in
// uscc-names.messages.ts, loaded only where a code is described or checked with warnings.
import { defineMessages } from '../i18n';

export const formatMessages = defineMessages(
	{
		'formats.notString': '应为文本',
		'formats.title.cn-id-card': '居民身份证号码',
		'formats.title.cn-uscc': '统一社会信用代码',
		'formats.title.cn-region': '行政区划代码',
		'formats.title.cn-mobile': '手机号码',
		'formats.title.cn-postcode': '邮政编码',

		'formats.id-card.legacy15': '15 位旧身份证号码已停用，请填写 18 位号码',
		'formats.id-card.length': '身份证号码应为 18 位，当前为 {length} 位',
		'formats.id-card.shape': '身份证号码前 17 位应为数字，末位为数字或 X',
		'formats.id-card.province': '前两位 {code} 不是有效的省级行政区划代码',
		'formats.id-card.birthInvalid': '出生日期 {birth} 不是有效日期',
		'formats.id-card.birthEarly': '出生日期 {birth} 早于 1900 年',
		'formats.id-card.birthFuture': '出生日期 {birth} 晚于今天',
		'formats.id-card.checkChar': '校验码应为 {expected}，请核对号码',
		'formats.id-card.spaces': '号码中不应有空格',
		'formats.id-card.lowerX': '末位校验码 X 应大写',

		'formats.mobile.digitsOnly': '手机号码只能包含数字（可加 +86 前缀）',
		'formats.mobile.length': '手机号码应为 11 位，当前为 {length} 位',
		'formats.mobile.prefix': '手机号码应以 13–19 开头',
		'formats.mobile.spaces': '号码前后不应有空格',
		'formats.phone.empty': '请填写电话号码',
		'formats.phone.several': '每项只填一个电话号码',
		'formats.phone.areaDigits': '区号 {area} 的电话号码应为 8 位',
		'formats.phone.noArea': '固定电话请加区号，如 0391-1234567',
		'formats.phone.invalid':
			'不是有效的电话号码：应为带区号的固定电话（如 0371-12345678）、12345 等服务热线、400/800 号码或手机号码',

		'formats.postcode.digits': '邮政编码应为 6 位数字',
		'formats.postcode.nine': '邮政编码不以 9 开头',
		'formats.postcode.zero': '邮政编码的前两位不能是 00',
		'formats.postcode.spaces': '邮编前后不应有空格',

		'formats.region.digits': '行政区划代码应为 6 位数字',
		'formats.region.unknown': '行政区划代码 {code} 不存在（数据来源：{source}，截至 {asOf}）',
		'formats.region.spaces': '代码前后不应有空格',

		'formats.uscc.length': '统一社会信用代码应为 18 位，当前为 {length} 位',
		'formats.uscc.char': '含有不允许的字符“{char}”（只能是数字和除 I、O、S、V、Z 以外的大写字母）',
		'formats.uscc.authority': '第 1 位“{char}”不是有效的登记管理部门代码',
		'formats.uscc.region': '第 3–8 位 {region} 不是有效的行政区划代码',
		'formats.uscc.checkChar': '校验码应为 {expected}，请核对代码',
		'formats.uscc.unknownType': '第 2 位“{char}”不是{authority}登记的已知机构类别',
		'formats.uscc.orgCode':
			'第 9–17 位组织机构代码 {org} 的校验位不符（较早赋码的单位可能如此，请核对）',
		'formats.uscc.upperCase': '字母应大写',
		'formats.uscc.spaces': '代码前后不应有空格'
	},
	{
		'formats.notString': 'must be a string',
		'formats.title.cn-id-card': 'Resident identity card number',
		'formats.title.cn-uscc': 'Unified social credit code',
		'formats.title.cn-region': 'Administrative region code',
		'formats.title.cn-mobile': 'Mobile phone number',
		'formats.title.cn-postcode': 'Postcode',

		'formats.id-card.legacy15':
			'15-digit ID numbers are no longer in use; enter the 18-digit number',
		'formats.id-card.length': 'an ID number has 18 characters, this one has {length}',
		'formats.id-card.shape': 'the first 17 characters must be digits and the last a digit or X',
		'formats.id-card.province': '{code} is not a valid province code',
		'formats.id-card.birthInvalid': 'birth date {birth} is not a real date',
		'formats.id-card.birthEarly': 'birth date {birth} is before 1900',
		'formats.id-card.birthFuture': 'birth date {birth} is in the future',
		'formats.id-card.checkChar': 'the check character should be {expected}; check the number',
		'formats.id-card.spaces': 'remove the spaces in the number',
		'formats.id-card.lowerX': 'the final check character X must be upper case',

		'formats.mobile.digitsOnly': 'a mobile number has digits only (optionally +86)',
		'formats.mobile.length': 'a mobile number has 11 digits, this one has {length}',
		'formats.mobile.prefix': 'a mobile number starts with 13–19',
		'formats.mobile.spaces': 'remove the spaces around the number',
		'formats.phone.empty': 'enter a phone number',
		'formats.phone.several': 'enter one phone number per entry',
		'formats.phone.areaDigits': 'numbers in area {area} have 8 digits',
		'formats.phone.noArea': 'add the area code, e.g. 0391-1234567',
		'formats.phone.invalid':
			'not a valid phone number: use a landline with area code (0371-12345678), a hotline such as 12345, a 400/800 number or a mobile',

		'formats.postcode.digits': 'a postcode has 6 digits',
		'formats.postcode.nine': 'postcodes do not start with 9',
		'formats.postcode.zero': 'postcodes do not start with 00',
		'formats.postcode.spaces': 'remove the spaces around the postcode',

		'formats.region.digits': 'a region code has 6 digits',
		'formats.region.unknown': 'region code {code} does not exist (data: {source}, as of {asOf})',
		'formats.region.spaces': 'remove the spaces around the code',

		'formats.uscc.length': 'a unified social credit code has 18 characters, this one has {length}',
		'formats.uscc.char':
			'contains "{char}", which is not allowed (digits and capital letters except I, O, S, V, Z)',
		'formats.uscc.authority': '"{char}" is not a valid registration authority code',
		'formats.uscc.region': 'characters 3–8 ({region}) are not a valid region code',
		'formats.uscc.checkChar': 'the check character should be {expected}; check the code',
		'formats.uscc.unknownType':
			'"{char}" is not a known organisation type for this authority ({authority})',
		'formats.uscc.orgCode':
			'the organisation code {org} (characters 9–17) fails its check (older codes may); please verify',
		'formats.uscc.upperCase': 'letters must be upper case',
		'formats.uscc.spaces': 'remove the spaces around the code'
	}
);
