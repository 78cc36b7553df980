// The item document's own JSON Schema (2020-12): what the designer's Monaco tab validates and
// autocompletes against, and the first stage of validateItem. Titles and descriptions are the
// national element names so hovering a key in the editor explains it. Closed everywhere: an unknown
// key is almost always a typo that would otherwise be silently ignored.
import { bool, choice, int, list, obj, str, text, type S } from './meta-schema-common';
import { guide } from './meta-schema-guide';
import { material, refusal } from './meta-schema-materials';

export const ITEM_SCHEMA_ID = 'https://banshi.studio/schemas/item/v1.json';

const tolerance = obj(
	'容缺受理',
	'容缺受理与告知承诺',
	{
		enabled: bool('是否容缺受理', '是否允许容缺受理'),
		maxMissing: int('最多容缺份数', '最多允许缺少的容缺材料份数'),
		commitmentText: str('承诺书内容', '申请人签署的承诺书文本'),
		supplementDays: int('补交期限（工作日）', '容缺材料的补交期限', 1),
		consequence: str('未按期补交的后果', '如 撤销许可并记入信用记录')
	},
	['enabled', 'maxMissing', 'commitmentText', 'supplementDays', 'consequence']
);

const form = obj(
	'申请表单',
	'申请表单：JSON Schema 2020-12 与 rjsf 风格的 uiSchema',
	{
		schema: { type: 'object', title: '表单结构', description: '申请表单的 JSON Schema 2020-12' },
		uiSchema: {
			type: 'object',
			title: '界面配置',
			description: 'rjsf 风格的 uiSchema（ui:widget、ui:order 等）'
		}
	},
	['schema', 'uiSchema']
);

export const itemSchema: S = {
	$schema: 'https://json-schema.org/draft/2020-12/schema',
	$id: ITEM_SCHEMA_ID,
	...obj(
		'政务服务事项',
		'一个政务服务事项的定义：基本信息、办事指南、申请材料、容缺受理与申请表单',
		{
			$schema: str('模式', '本文档遵循的模式地址', { const: ITEM_SCHEMA_ID }),
			schemaVersion: { const: 1, title: '文档格式版本', description: '事项文档格式版本，目前为 1' },
			// at most 64 characters and no slash, so every code can be a path segment (src/params/code.ts)
			code: {
				...text('事项编码', '事项编码；可按 codeProfile 校验结构'),
				maxLength: 64,
				pattern: '^[^/\\\\]+$'
			},
			codeProfile: choice(
				'codeProfile',
				'编码规则',
				'base：12 位基本编码；implementation：31 位实施编码'
			),
			name: { ...text('事项名称', '如 食品经营许可'), maxLength: 200 },
			kind: choice('kind', '事项类型', '行政许可、行政确认、公共服务等'),
			department: obj(
				'实施主体',
				'实施该事项的部门',
				{
					name: text('实施主体名称', '如 某市市场监督管理局'),
					creditCode: str('实施主体统一社会信用代码', '18 位统一社会信用代码（GB 32100）'),
					nature: choice(
						'departmentNature',
						'实施主体性质',
						'法定机关、授权组织、受委托组织或其他；不填视为法定机关'
					)
				},
				['name', 'creditCode']
			),
			levels: list(
				'行使层级',
				'国家级、省级、市级、县级、镇级、村级',
				choice('level', '行使层级', '一个层级'),
				1,
				true
			),
			applicantTypes: list(
				'服务对象',
				'自然人、法人、其他组织',
				choice('applicantType', '服务对象', '一种服务对象'),
				1,
				true
			),
			caseType: choice('caseType', '办件类型', '即办件或承诺件'),
			riskClass: choice('riskClass', '风险分类', '控制类、慎审类或鼓励类，决定容缺受理的范围'),
			base: obj(
				'基本目录事项',
				'本实施清单事项所依据的基本目录事项',
				{
					code: text('基本目录编码', '基本目录事项的编码'),
					version: int('基本目录版本', '所依据的版本号', 1)
				},
				['code', 'version']
			),
			compatibility: choice('compatibility', '兼容性承诺', '对门户承诺的申请表单兼容性'),
			guide,
			materials: list('申请材料', '申请材料清单', material),
			refusals: list('不予受理条件', '可由表单数据判断的不予受理情形（可选）', refusal),
			tolerance,
			form
		},
		[
			'schemaVersion',
			'code',
			'name',
			'kind',
			'department',
			'levels',
			'applicantTypes',
			'caseType',
			'riskClass',
			'guide',
			'materials',
			'tolerance',
			'form'
		]
	)
};
