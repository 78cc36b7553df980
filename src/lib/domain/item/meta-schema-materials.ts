// The materials part of the item meta-schema (申请材料) and the refusal cases the form data can
// decide (不予受理条件).
import { URL_PATTERNS } from './urls';
import { MATERIAL_KEYS } from '../onething/vocabulary';
import { vocabularyMessages } from '../onething/vocabulary.messages';
import { anySchema, bool, choice, int, list, obj, str, text } from './meta-schema-common';

/** A material's or refusal case's id: a key of the submitted data, so a plain identifier. */
const localId = (title: string, description: string) =>
	str(title, description, { pattern: '^[A-Za-z][A-Za-z0-9_-]*$', maxLength: 64 });

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

export const material = obj(
	'申请材料',
	'一份申请材料',
	{
		id: localId('材料标识', '事项内唯一，字母开头，由字母、数字、-、_ 组成；提交数据中以此为键'),
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

export const refusal = obj(
	'不予受理条件',
	'可由表单数据判断的不予受理情形',
	{
		id: localId('条件标识', '事项内唯一，字母开头，由字母、数字、-、_ 组成'),
		text: { ...text('不予受理情形', '与办事指南中列出的不予受理情形一致'), maxLength: 500 },
		condition: {
			...anySchema,
			title: '判断条件',
			description: '对表单数据的 JSON Schema：数据满足时不予受理'
		}
	},
	['id', 'text', 'condition']
);
