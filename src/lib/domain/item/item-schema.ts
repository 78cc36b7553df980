// The item document's own JSON Schema (2020-12): what the designer's Monaco tab validates and
// autocompletes against, and the first stage of validateItem. Titles and descriptions are the
// national element names so hovering a key in the editor explains it. Closed everywhere: an unknown
// key is almost always a typo that would otherwise be silently ignored.
import { enumValues, label, type LabelEnum } from './labels';
import type { JsonSchema } from './types';
import { URL_PATTERNS } from './urls';
import { MATERIAL_KEYS } from '../onething/vocabulary';
import { vocabularyMessages } from '../onething/vocabulary.messages';

export const ITEM_SCHEMA_ID = 'https://banshi.studio/schemas/item/v1.json';

type S = JsonSchema;

function obj(
	title: string,
	description: string,
	properties: Record<string, S>,
	required: string[] = []
): S {
	return { type: 'object', title, description, properties, required, additionalProperties: false };
}

function str(title: string, description: string, extra: S = {}): S {
	return { type: 'string', title, description, ...extra };
}

function text(title: string, description: string): S {
	return str(title, description, { minLength: 1 });
}

function int(title: string, description: string, minimum = 0): S {
	return { type: 'integer', title, description, minimum };
}

function bool(title: string, description: string): S {
	return { type: 'boolean', title, description };
}

function list(title: string, description: string, items: S, minItems = 0, unique = false): S {
	const s: S = { type: 'array', title, description, items };
	if (minItems) s.minItems = minItems;
	if (unique) s.uniqueItems = true;
	return s;
}

/** An enum with per-value help for Monaco (`markdownEnumDescriptions` is what it shows). */
function choice(enumName: LabelEnum, title: string, description: string, numeric = false): S {
	const keys = enumValues(enumName);
	return {
		type: numeric ? 'integer' : 'string',
		title,
		description,
		enum: numeric ? keys.map(Number) : keys,
		markdownEnumDescriptions: keys.map(
			(k) => `${label(enumName, k, 'zh-CN')}（${label(enumName, k, 'en')}）`
		)
	};
}

const date = (title: string, description: string) => str(title, description, { format: 'date' });

const timeLimit = (title: string, description: string) =>
	obj(
		title,
		description,
		{
			value: int('数值', '时限的数值，非负整数'),
			unit: choice('timeUnit', '单位', '时限单位：工作日、自然日或月'),
			note: str('说明', '时限的补充说明，如“不含专家评审时间”')
		},
		['value', 'unit']
	);

const legalBasis = obj(
	'法律依据',
	'一条法律法规依据',
	{
		law: text('法律法规名称', '如《中华人民共和国食品安全法》'),
		docNumber: str('文号', '如 国务院令第204号'),
		article: str('条款号', '如 第三十五条'),
		text: str('条款内容', '条款原文'),
		effectiveOn: date('施行日期', '依据的施行日期（YYYY-MM-DD）'),
		repealedOn: date('废止日期', '依据的废止日期（YYYY-MM-DD），已废止的依据不得继续引用'),
		lawId: str('法规库编号', '引用的法规库中法律法规的编号（可不填，仅写名称亦可）', {
			pattern: '^[a-z0-9][a-z0-9-]{0,63}$'
		}),
		needsDecision: str('待人工决定', '法规变更后须人工决定的引用：条款已删除或法规已废止', {
			enum: ['article-deleted', 'law-repealed'],
			markdownEnumDescriptions: ['条款已删除（article deleted）', '法规已废止（law repealed）']
		})
	},
	['law']
);

const contact = (title: string, description: string) =>
	obj(
		title,
		description,
		{
			phones: list('电话', '联系电话，至少一个', str('电话号码', '固定电话或手机号码'), 1),
			email: str('电子邮箱', '联系邮箱', { format: 'email' }),
			address: str('地址', '联系地址'),
			url: str('网址', '在线渠道地址（http、https、mailto 或 tel）', {
				format: 'uri',
				pattern: URL_PATTERNS.contact
			})
		},
		['phones']
	);

const templateRef = (title: string, description: string) =>
	obj(
		title,
		description,
		{
			name: text('文件名称', '显示名称，如 申请表（空白）.docx'),
			url: str('文件地址', '门户可访问的相对路径或 http(s) 地址', {
				minLength: 1,
				pattern: URL_PATTERNS.file
			})
		},
		['name', 'url']
	);

const anySchema: S = {
	type: ['object', 'boolean'],
	title: 'JSON Schema',
	description: 'JSON Schema 2020-12'
};

const areaCode = (title: string, description: string) =>
	str(title, description, { pattern: '^[0-9]{12}$' });

const nationalElements: Record<string, S> = {
	powerSource: choice('powerSource', '权力来源', '法定本级行使、上级下放、授权或委托'),
	entrustment: obj(
		'委托部门 / 受托组织',
		'委托、下放或代办时的委托部门与受托组织',
		{
			mode: choice('entrustmentMode', '方式', '委托、下放或代办'),
			department: text('委托部门', '委托或下放该事项的部门'),
			creditCode: str('委托部门统一社会信用代码', '18 位统一社会信用代码'),
			organisation: str('受托组织', '实际办理该事项的受托组织或代办机构'),
			basis: str('委托依据', '委托书、下放文件或代办协议')
		},
		['mode', 'department']
	),
	lineage: obj(
		'事项沿革',
		'本事项由其他事项划转、下放、合并或拆分而来：变更方式与前身事项',
		{
			change: choice('lineageChange', '变更方式', '划转、下放、合并或拆分'),
			date: date('变更日期', 'YYYY-MM-DD'),
			basis: str('变更依据', '划转、合并或拆分的文件'),
			predecessors: list(
				'前身事项',
				'本事项由之而来的事项',
				obj(
					'前身事项',
					'一个前身事项及其最后发布的版本',
					{
						code: text('事项编码', '前身事项的编码'),
						name: str('事项名称', '前身事项的名称'),
						version: int('最后版本', '前身事项最后发布的版本号', 1),
						department: str('原实施部门', '前身事项的实施部门')
					},
					['code']
				),
				1
			)
		},
		['change', 'predecessors']
	),
	jointDepartments: list(
		'联办机构 / 共同实施部门',
		'共同实施或联合办理该事项的部门',
		obj(
			'联办机构',
			'一个联办机构',
			{
				name: text('部门名称', '如 市消防救援支队'),
				creditCode: str('统一社会信用代码', '18 位统一社会信用代码'),
				role: str('承担环节', '该部门承担的办理环节，如 现场核查')
			},
			['name']
		)
	),
	handlingItem: obj(
		'业务办理项',
		'子项按情形细分的业务办理项（新设、变更、延续、注销）',
		{
			code: str('业务办理项编码', '基本编码加两位数字，如 00016421300301', {
				pattern: '^[0-9A-Za-z]{1,50}$'
			}),
			name: str('业务办理项名称', '如 食品经营许可（新办）')
		},
		['code']
	),
	intermediaries: list(
		'中介服务',
		'办理该事项需要的中介服务',
		obj(
			'中介服务',
			'一项中介服务',
			{
				name: text('中介服务名称', '如 建设工程施工图审查'),
				required: bool('是否必要', '申请人是否必须取得该中介服务'),
				provider: str('服务机构', '提供该中介服务的机构或机构类别'),
				timeLimit: timeLimit('中介服务时限', '中介服务的办理时限'),
				feeBasis: str('收费依据', '中介服务的收费依据或不收费的说明')
			},
			['name', 'required']
		)
	),
	quantityLimit: str('数量限制', '对许可数量的限制及其依据，无限制时可不填'),
	supervision: obj('监管', '监管依据与监管方式', {
		basis: list('监管依据', '监管该事项的法律法规依据', legalBasis),
		methods: list(
			'监管方式',
			'双随机一公开、重点监管、信用监管等',
			choice('supervisionMethod', '监管方式', '一种监管方式'),
			0,
			true
		),
		note: str('监管措施', '监管措施的说明')
	}),
	itemStatus: obj(
		'事项状态',
		'在用、暂停或取消，及计划生效、取消日期',
		{
			state: choice('itemState', '状态', '在用、暂停或取消'),
			plannedEffectiveOn: date('计划生效日期', '计划生效日期（YYYY-MM-DD）'),
			plannedCancelOn: date('计划取消日期', '计划取消日期（YYYY-MM-DD），取消的事项必须填写'),
			reason: str('原因', '暂停或取消的原因')
		},
		['state']
	),
	services: obj('服务方式', '是否进驻政务大厅，是否支持预约、网上支付、物流快递、自助终端', {
		lobby: bool('进驻政务大厅', '是否进驻政务服务大厅'),
		appointment: bool('预约办理', '是否支持预约办理'),
		onlinePayment: bool('网上支付', '是否支持网上支付'),
		express: bool('物流快递', '是否支持物流快递送达'),
		selfServiceTerminal: bool('自助终端', '是否支持自助终端办理')
	}),
	topics: obj('主题分类', '面向自然人和法人的主题分类', {
		person: list(
			'自然人主题',
			'面向自然人的主题分类',
			choice('personTopic', '自然人主题', '一个主题'),
			0,
			true
		),
		legalPerson: list(
			'法人主题',
			'面向法人的主题分类',
			choice('legalPersonTopic', '法人主题', '一个主题'),
			0,
			true
		)
	}),
	remedies: obj('救济途径', '对办理结果不服时申请行政复议或提起行政诉讼的途径', {
		reconsideration: str('行政复议', '复议机关、期限与渠道'),
		litigation: str('行政诉讼', '管辖法院、期限与渠道')
	}),
	area: obj('乡镇 / 村居', '镇级、村级事项的乡镇和村居代码', {
		townCode: areaCode('乡镇代码', '12 位统计用区划代码'),
		villageCode: areaCode('村居代码', '12 位统计用区划代码')
	})
};

const guide = obj(
	'办事指南',
	'办事指南要素（依据、条件、流程、时限、收费、地点、咨询投诉、结果）',
	{
		legalBasis: list('设定依据', '设定该事项的法律法规依据', legalBasis, 1),
		implementationBasis: list('实施依据', '本地实施依据', legalBasis),
		conditions: list('受理条件', '申请人应当具备的条件，逐条列出', text('条件', '一条受理条件'), 1),
		refusalCases: list('不予受理情形', '禁止性要求或不予受理的情形', text('情形', '一种情形')),
		process: list(
			'办理流程',
			'办理环节，按顺序列出',
			obj(
				'办理环节',
				'一个办理环节',
				{
					name: text('环节名称', '如 受理、审查、决定、送达'),
					actor: str('办理人员', '该环节的办理岗位'),
					timeLimit: timeLimit('环节时限', '该环节的办理时限'),
					standard: str('审查标准', '该环节的审查标准'),
					result: str('办理结果', '该环节的结果')
				},
				['name']
			),
			1
		),
		legalTimeLimit: timeLimit('法定办结时限', '法律法规规定的办结时限'),
		promisedTimeLimit: timeLimit('承诺办结时限', '本机关承诺的办结时限，不得超过法定办结时限'),
		specialProcedures: list(
			'特别程序',
			'不计入办结时限的特别程序，如专家评审、现场勘验、听证',
			obj(
				'特别程序',
				'一项特别程序',
				{
					name: text('程序名称', '如 现场勘验'),
					timeLimit: timeLimit('程序时限', '该程序的时限'),
					basis: str('依据', '设定该程序的依据')
				},
				['name']
			)
		),
		fees: obj(
			'收费',
			'是否收费及收费项目',
			{
				free: bool('不收费', 'true 表示不收费；false 时须列出收费项目及依据'),
				items: list(
					'收费项目',
					'每一项收费及其依据',
					obj(
						'收费项目',
						'一项收费',
						{
							name: text('收费项目名称', '收费项目名称'),
							amount: {
								type: 'number',
								minimum: 0,
								title: '收费标准（元）',
								description: '金额，单位元'
							},
							unit: str('计费单位', '如 每件'),
							basis: text('收费依据', '收费的法律法规或文件依据'),
							note: str('说明', '收费的补充说明，如减免情形')
						},
						['name', 'amount', 'basis']
					)
				)
			},
			['free']
		),
		channels: list(
			'办理形式',
			'窗口、网上、快递、自助终端',
			choice('channel', '办理形式', '一种办理形式'),
			1,
			true
		),
		locations: list(
			'办理地点',
			'办理地点及时间',
			obj(
				'办理地点',
				'一个办理地点',
				{
					name: text('地点名称', '如 市政务服务中心'),
					address: text('办理地点', '详细地址'),
					hours: text('办理时间', '如 工作日 9:00-12:00，13:30-17:00'),
					phone: str('窗口电话', '窗口联系电话'),
					directions: str('交通指引', '乘车路线等')
				},
				['name', 'address', 'hours']
			)
		),
		consult: contact('咨询方式', '咨询电话等'),
		complaint: contact('监督投诉方式', '监督投诉电话等'),
		visits: int('到办事现场次数', '申请人需要到现场的次数，0 表示零跑动'),
		online: obj(
			'网上办理',
			'是否支持网上办理及网办深度',
			{
				available: bool('是否网办', '是否支持网上办理'),
				url: str('网办地址', '网上办理入口（http 或 https）', {
					format: 'uri',
					pattern: URL_PATTERNS.web
				}),
				depth: choice('onlineDepth', '网办深度', '一级至四级', true)
			},
			['available']
		),
		crossRegion: choice('crossRegion', '通办范围', '可以在哪个范围内通办'),
		result: obj(
			'办理结果',
			'办理结果及送达方式',
			{
				type: choice('resultType', '办理结果类型', '许可证、证明、批准文书等'),
				name: text('办理结果名称', '如 食品经营许可证'),
				delivery: str('送达方式', '如 窗口领取、邮寄、电子证照'),
				sample: str('办理结果样本', '结果样本的地址')
			},
			['type', 'name']
		),
		faq: list(
			'常见问题',
			'常见问题解答',
			obj(
				'常见问题',
				'一问一答',
				{ question: text('问题', '问题'), answer: text('解答', '解答') },
				['question', 'answer']
			)
		),
		...nationalElements
	},
	[
		'legalBasis',
		'conditions',
		'process',
		'legalTimeLimit',
		'promisedTimeLimit',
		'fees',
		'channels',
		'locations',
		'consult',
		'complaint',
		'visits',
		'online',
		'result'
	]
);

const material = obj(
	'申请材料',
	'一份申请材料',
	{
		id: str('材料标识', '事项内唯一，字母开头，由字母、数字、-、_ 组成；提交数据中以此为键', {
			pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
			maxLength: 64
		}),
		name: { ...text('材料名称', '如 营业执照'), maxLength: 200 },
		necessity: choice('necessity', '必要性', '必要、非必要或容缺后补'),
		essential: bool('是否要件', '主要材料（要件）不得容缺'),
		kind: choice('materialKind', '材料类别', '证件证书证明、申请表格文书或其他'),
		medium: choice('medium', '材料形式', '纸质、电子或纸质和电子'),
		originals: int('原件份数', '需要提交的原件份数'),
		copies: int('复印件份数', '需要提交的复印件份数'),
		paperSize: str('纸质材料规格', '如 A4'),
		source: choice('source', '来源渠道', '申请人自备、政府部门核发等'),
		issuer: str('出具单位', '来源为政府部门或中介机构时的出具单位'),
		sharedExempt: bool('免提交', '可通过共享（电子证照库）获取，申请人无需提交'),
		notes: str('填报须知', '填写或准备材料的注意事项'),
		acceptanceStandard: str('受理标准', '窗口收取该材料的标准'),
		basis: str('材料依据', '要求该材料的依据'),
		signature: str('签字盖章要求', '如 法定代表人签字并加盖公章'),
		blankTemplate: templateRef('空白表格', '空白模板下载'),
		sampleTemplate: templateRef('示例样表', '填写示例下载'),
		mediaTypes: list(
			'电子材料格式',
			'可接受的文件类型，如 application/pdf',
			str('文件类型', 'MIME 类型', { pattern: '^[a-z]+/[A-Za-z0-9.+-]+$' }),
			0,
			true
		),
		maxSize: int('文件大小上限', '单个文件的最大字节数', 1),
		supplementDays: int('补交期限（工作日）', '容缺后补的期限；缺省取容缺受理的补交期限', 1),
		condition: {
			...anySchema,
			title: '适用条件',
			description: '对表单数据的 JSON Schema：数据满足时才需要该材料'
		},
		semanticKey: {
			type: 'string',
			title: '材料语义',
			description: '一件事中多个事项要求同一语义的材料时只提交一次（内置词表）',
			enum: MATERIAL_KEYS.map((k) => k.key),
			markdownEnumDescriptions: MATERIAL_KEYS.map(
				(k) =>
					`${vocabularyMessages['zh-CN'][`vocabulary.${k.key}` as keyof (typeof vocabularyMessages)['zh-CN']]}（${vocabularyMessages.en[`vocabulary.${k.key}` as keyof (typeof vocabularyMessages)['zh-CN']]}）`
			)
		}
	},
	[
		'id',
		'name',
		'necessity',
		'essential',
		'kind',
		'medium',
		'originals',
		'copies',
		'source',
		'sharedExempt',
		'mediaTypes',
		'maxSize'
	]
);

const refusal = obj(
	'不予受理条件',
	'可由表单数据判断的不予受理情形',
	{
		id: str('条件标识', '事项内唯一，字母开头，由字母、数字、-、_ 组成', {
			pattern: '^[A-Za-z][A-Za-z0-9_-]*$',
			maxLength: 64
		}),
		text: { ...text('不予受理情形', '与办事指南中列出的不予受理情形一致'), maxLength: 500 },
		condition: {
			...anySchema,
			title: '判断条件',
			description: '对表单数据的 JSON Schema：数据满足时不予受理'
		}
	},
	['id', 'text', 'condition']
);

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
