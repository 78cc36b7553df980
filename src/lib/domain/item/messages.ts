// Messages about an item document: JSON syntax, meta-schema and semantic problems, the embedded
// form schema, references, conditions and the item code.
import { defineMessages } from '../i18n';

export const itemMessages = defineMessages(
	{
		'item.json.syntax': 'JSON 语法错误（{where}）：{reason}',
		'item.json.where': '第 {line} 行第 {column} 列',
		'item.json.noText': '没有收到文本',
		'item.json.empty': '文件为空',
		'item.json.end': '文件意外结束（内容不完整，可能被截断）',
		'item.json.string': '字符串中含有未转义的控制字符（如换行）',
		'item.json.escape': '字符串中的转义序列无效',
		'item.json.number': '数字格式无效',
		'item.json.trailing': 'JSON 结束后还有多余内容“{char}”',
		'item.json.char': '意外的字符“{char}”',

		'item.problem.at': '{where}：{text}',
		'item.problem.named': '{where}（{name}）：{text}',
		'item.problem.root': '（文档根）',
		'item.problem.index': '第{n}项',
		'item.problem.required': '缺少必填项',
		'item.problem.type': '应当是{type}',
		'item.problem.unknownProperty': '不允许的属性“{name}”，此处可用的属性：{allowed}',
		'item.problem.enum': '应当是以下值之一：{values}',
		'item.problem.enumValue': '{value}（{help}）',
		'item.problem.const': '应当等于 {value}',
		'item.problem.url.web': '只接受 http:// 或 https:// 开头的网址',
		'item.problem.url.contact': '只接受 http(s) 网址、mailto: 邮箱或 tel: 电话',
		'item.problem.url.file': '只接受 http(s) 网址或门户上的相对路径',
		'item.number.notFinite': '数值超出范围（JSON 中的 {value} 无法表示）',
		'item.type.integer': '整数',
		'item.type.number': '数字',
		'item.type.string': '字符串',
		'item.type.boolean': '布尔值（true 或 false）',
		'item.type.object': '对象',
		'item.type.array': '数组',
		'item.type.null': 'null',

		'item.internal': '校验时发生内部错误：{reason}',
		'item.text.unsafe': '文本含有控制字符或无效的 Unicode 字符',
		'item.text.tooLong': '文本过长（{length} 个字符，上限 {limit}）',
		'item.document.cycle': '文档含有循环引用，无法序列化为 JSON',
		'item.document.tooDeep': '文档嵌套超过 {limit} 层',
		'item.document.notJson': '文档无法序列化为 JSON',
		'item.document.tooLarge': '文档过大（{size} 个字符，上限 {limit}）',
		'item.timeLimit.exceeds': '承诺办结时限（{promised}）不得超过法定办结时限（{legal}）',
		'item.fees.missing': '收费事项须列出收费项目及依据',
		'item.fees.free': '不收费的事项不应列出收费项目',
		'item.basis.repealed': '设定依据已于 {date} 废止，不能继续作为依据',
		'item.form.tooManyFields': '表单字段过多（{count} 个，上限 {limit}）',
		'item.material.duplicateId': '材料标识“{id}”与第 {first} 项重复',
		'item.material.tolerableEssential': '要件（主要材料）不得容缺后补',
		'item.refusal.duplicateId': '不予受理条件标识“{id}”与第 {first} 项重复',
		'item.refusal.unlisted': '该不予受理情形应当同样列在办事指南的“不予受理情形”中',
		'item.semantic.unknown': '字段语义“{key}”不在内置词表中',
		'item.semantic.notText': 'ui:semantic 应为内置词表中的一个键（文本）',
		'item.condition.unknownField': '适用条件引用了表单中不存在的字段“{field}”',

		'item.schema.what.form': '表单结构',
		'item.schema.what.condition': '适用条件',
		'item.schema.dialect': '只支持 JSON Schema 2020-12：$schema 应为 {dialect} 或省略',
		'item.schema.uiKeyword': '“{key}”是界面配置，请写在 uiSchema 中',
		'item.schema.unknownKeyword': '未知的关键字“{key}”（检查拼写；自定义扩展请以 x- 开头）',
		'item.schema.unknownFormat': '未知的格式“{format}”',
		'item.schema.invalidPattern': '正则表达式无效：{pattern}',
		'item.schema.tooDeep': '{what}嵌套超过 {max} 层，请减少嵌套（例如拆分为并列的分组）',
		'item.schema.tooLarge': '{what}过大（{nodes} 个子结构，上限 {max}）',
		'item.schema.invalid': '不是有效的 JSON Schema：{reason}',
		'item.schema.notCompiled': '{what}无法编译：{reason}',

		'item.ref.nestedId': '表单内不允许嵌套 $id：它会改变引用的解析基准',
		'item.ref.notString': '{keyword} 应当是字符串',
		'item.ref.remote':
			'不允许引用外部资源“{ref}”：只能引用本文档内的定义（以 # 开头，如 #/$defs/address）',
		'item.ref.missingTarget': '引用“{ref}”的目标不存在',
		'item.ref.cycle': '引用循环无法终止：{cycle}（引用链回到自身而没有进入下一层数据）',

		'item.code.notString': '事项编码应当是字符串',
		'item.code.base': '基本编码应为 12 位数字或大写字母，实际为 {length} 位“{code}”',
		'item.code.length':
			'实施编码应为 31 位（18 位统一社会信用代码 + 1 位行使层级 + 12 位基本编码），实际为 {length} 位',
		'item.code.creditCode': '实施编码前 18 位不是有效的统一社会信用代码：{reason}',
		'item.code.department':
			'实施编码前 18 位 {uscc} 与实施主体统一社会信用代码 {department} 不一致',
		'item.code.levelDigit': '实施编码第 19 位应为行使层级代码 1–6，实际为“{digit}”',
		'item.code.levelNotDeclared': '实施编码第 19 位表示{level}，不在事项的行使层级中',
		'item.code.baseTail': '实施编码后 12 位应为基本编码（数字或大写字母），实际为“{base}”'
	},
	{
		'item.json.syntax': 'JSON syntax error ({where}): {reason}',
		'item.json.where': 'line {line}, column {column}',
		'item.json.noText': 'no text was given',
		'item.json.empty': 'the file is empty',
		'item.json.end': 'unexpected end of file (incomplete, perhaps truncated)',
		'item.json.string': 'unescaped control character (such as a line break) in a string',
		'item.json.escape': 'invalid escape sequence in a string',
		'item.json.number': 'invalid number',
		'item.json.trailing': 'unexpected "{char}" after the end of the JSON',
		'item.json.char': 'unexpected character "{char}"',

		'item.problem.at': '{where}: {text}',
		'item.problem.named': '{where} ({name}): {text}',
		'item.problem.root': '(document root)',
		'item.problem.index': 'item {n}',
		'item.problem.required': 'is required but missing',
		'item.problem.type': 'must be {type}',
		'item.problem.unknownProperty': 'unknown property "{name}"; allowed here: {allowed}',
		'item.problem.enum': 'must be one of: {values}',
		'item.problem.enumValue': '{value} ({help})',
		'item.problem.const': 'must be {value}',
		'item.problem.url.web': 'only addresses starting with http:// or https:// are accepted',
		'item.problem.url.contact': 'only http(s) addresses, mailto: or tel: are accepted',
		'item.problem.url.file': 'only http(s) addresses or a relative path on the portal are accepted',
		'item.number.notFinite': 'the number is out of range ({value} cannot be represented)',
		'item.type.integer': 'an integer',
		'item.type.number': 'a number',
		'item.type.string': 'a string',
		'item.type.boolean': 'a boolean (true or false)',
		'item.type.object': 'an object',
		'item.type.array': 'an array',
		'item.type.null': 'null',

		'item.internal': 'internal error while validating: {reason}',
		'item.text.unsafe': 'text contains control characters or invalid Unicode',
		'item.text.tooLong': 'text too long ({length} characters, limit {limit})',
		'item.document.cycle': 'the document contains a cycle and cannot be serialised as JSON',
		'item.document.tooDeep': 'the document is nested deeper than {limit} levels',
		'item.document.notJson': 'the document cannot be serialised as JSON',
		'item.document.tooLarge': 'the document is too large ({size} characters, limit {limit})',
		'item.timeLimit.exceeds':
			'the promised time limit ({promised}) must not exceed the legal one ({legal})',
		'item.fees.missing': 'a charged item must list each fee with its basis',
		'item.fees.free': 'a free item must not list fees',
		'item.basis.repealed': 'this legal basis was repealed on {date} and can no longer be cited',
		'item.form.tooManyFields': 'the form has too many fields ({count}, limit {limit})',
		'item.material.duplicateId': 'material id "{id}" repeats material {first}',
		'item.material.tolerableEssential': 'an essential material cannot be tolerated',
		'item.refusal.duplicateId': 'refusal condition id "{id}" repeats refusal condition {first}',
		'item.refusal.unlisted': "list this refusal case in the guide's refusal cases as well",
		'item.semantic.unknown': 'the field meaning "{key}" is not in the built-in vocabulary',
		'item.semantic.notText': 'ui:semantic must be one key of the built-in vocabulary (a string)',
		'item.condition.unknownField':
			'the condition refers to the form field "{field}", which the form does not have',

		'item.schema.what.form': 'form schema',
		'item.schema.what.condition': 'condition',
		'item.schema.dialect':
			'only JSON Schema 2020-12 is supported: $schema must be {dialect} or left out',
		'item.schema.uiKeyword': '"{key}" is a ui setting: put it in the uiSchema',
		'item.schema.unknownKeyword':
			'unknown keyword "{key}" (check the spelling; custom extensions start with x-)',
		'item.schema.unknownFormat': 'unknown format "{format}"',
		'item.schema.invalidPattern': 'invalid regular expression: {pattern}',
		'item.schema.tooDeep':
			'the {what} is nested deeper than {max} levels; flatten it (e.g. into sibling sections)',
		'item.schema.tooLarge': 'the {what} is too large ({nodes} subschemas, limit {max})',
		'item.schema.invalid': 'not a valid JSON Schema: {reason}',
		'item.schema.notCompiled': 'the {what} does not compile: {reason}',

		'item.ref.nestedId': 'a nested $id is not allowed: it changes how references resolve',
		'item.ref.notString': '{keyword} must be a string',
		'item.ref.remote':
			'external reference "{ref}" is not allowed: only references inside this document (starting with #, e.g. #/$defs/address)',
		'item.ref.missingTarget': 'the target of reference "{ref}" does not exist',
		'item.ref.cycle':
			'reference cycle never terminates: {cycle} (the chain returns to itself without descending into the data)',

		'item.code.notString': 'the item code must be a string',
		'item.code.base':
			'a base code has 12 digits or capital letters; got {length} characters "{code}"',
		'item.code.length':
			'an implementation code has 31 characters (18-character credit code + level digit + 12-character base code); got {length}',
		'item.code.creditCode': 'the first 18 characters are not a valid credit code: {reason}',
		'item.code.department':
			"the first 18 characters {uscc} differ from the department's credit code {department}",
		'item.code.levelDigit': 'character 19 must be a level digit 1–6; got "{digit}"',
		'item.code.levelNotDeclared':
			"character 19 means {level}, which is not among the item's levels",
		'item.code.baseTail':
			'the last 12 characters must be a base code (digits or capital letters); got "{base}"'
	}
);
