// The national catalogue's further elements of a service guide (权力来源, 委托, 变更, 监管, 区划 …),
// spread into the guide part of the item meta-schema.
import {
	bool,
	choice,
	date,
	int,
	legalBasis,
	list,
	obj,
	str,
	text,
	timeLimit,
	type S
} from './meta-schema-common';

const areaCode = (title: string, description: string) =>
	str(title, description, { pattern: '^[0-9]{12}$' });

export const nationalElements: Record<string, S> = {
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
