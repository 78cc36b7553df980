// The guide part of the item meta-schema: 办事指南 — basis, conditions, process, time limits, fees,
// places, consultation and complaint, result.
import { URL_PATTERNS } from './urls';
import {
	bool,
	choice,
	int,
	legalBasis,
	list,
	obj,
	str,
	text,
	timeLimit
} from './meta-schema-common';
import { nationalElements } from './meta-schema-national';

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

export const guide = obj(
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
