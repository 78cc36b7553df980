// Display labels for every enum of the item document, in one place, so the designer, diff sentences,
// lint messages and the portal guide all say the same thing.
import type { Locale } from '../i18n';

type LabelTable = Record<string, readonly [zh: string, en: string]>;

export const LABELS = {
	kind: {
		licensing: ['行政许可', 'Administrative licensing'],
		penalty: ['行政处罚', 'Administrative penalty'],
		enforcement: ['行政强制', 'Administrative enforcement'],
		levy: ['行政征收', 'Administrative levy'],
		payment: ['行政给付', 'Administrative payment'],
		inspection: ['行政检查', 'Administrative inspection'],
		confirmation: ['行政确认', 'Administrative confirmation'],
		reward: ['行政奖励', 'Administrative reward'],
		adjudication: ['行政裁决', 'Administrative adjudication'],
		'other-power': ['其他行政权力', 'Other administrative power'],
		'public-service': ['公共服务', 'Public service']
	},
	level: {
		national: ['国家级', 'National'],
		province: ['省级', 'Provincial'],
		city: ['市级', 'Municipal'],
		county: ['县级', 'County'],
		town: ['镇（乡、街道）级', 'Town / township / sub-district'],
		village: ['村（社区）级', 'Village / community']
	},
	applicantType: {
		person: ['自然人', 'Natural person'],
		'legal-person': ['法人', 'Legal person'],
		'other-organisation': ['其他组织', 'Other organisation']
	},
	caseType: {
		immediate: ['即办件', 'Decided on the spot'],
		promised: ['承诺件', 'Decided within the promised time']
	},
	riskClass: {
		control: ['控制类', 'Control (no tolerance)'],
		cautious: ['慎审类', 'Cautious (limited tolerance)'],
		encouraged: ['鼓励类', 'Encouraged (wider tolerance)']
	},
	necessity: {
		required: ['必要', 'Required'],
		optional: ['非必要', 'Optional'],
		tolerable: ['容缺后补', 'May be supplied later']
	},
	materialKind: {
		certificate: ['证件证书证明', 'Certificate or proof'],
		form: ['申请表格文书', 'Application form or document'],
		other: ['其他', 'Other']
	},
	medium: {
		paper: ['纸质', 'Paper'],
		electronic: ['电子', 'Electronic'],
		both: ['纸质和电子', 'Paper and electronic']
	},
	source: {
		applicant: ['申请人自备', 'Prepared by the applicant'],
		government: ['政府部门核发', 'Issued by a government department'],
		intermediary: ['中介机构出具', 'Issued by an intermediary'],
		other: ['其他', 'Other']
	},
	channel: {
		window: ['窗口办理', 'At the service window'],
		online: ['网上办理', 'Online'],
		mail: ['快递申请', 'By post'],
		'self-service': ['自助终端', 'Self-service kiosk']
	},
	onlineDepth: {
		'1': ['一级（信息发布）', 'Level 1 (information only)'],
		'2': ['二级（在线预审）', 'Level 2 (online pre-check)'],
		'3': ['三级（在线办理）', 'Level 3 (online processing)'],
		'4': ['四级（全程网办）', 'Level 4 (fully online)']
	},
	crossRegion: {
		none: ['不通办', 'Local only'],
		city: ['全市通办', 'Anywhere in the city'],
		province: ['全省通办', 'Anywhere in the province'],
		'cross-province': ['跨省通办', 'Across provinces'],
		national: ['全国通办', 'Nationwide']
	},
	resultType: {
		licence: ['许可证', 'Licence'],
		certificate: ['证明/证书', 'Certificate'],
		'approval-document': ['批准文书', 'Approval document'],
		payment: ['给付', 'Payment'],
		other: ['其他', 'Other']
	},
	timeUnit: {
		workday: ['工作日', 'working days'],
		day: ['自然日', 'calendar days'],
		month: ['月', 'months']
	},
	codeProfile: {
		base: ['基本编码（12位）', 'Base code (12 characters)'],
		implementation: ['实施编码（31位）', 'Implementation code (31 characters)']
	},
	compatibility: {
		backward: ['向后兼容', 'Backward compatible'],
		forward: ['向前兼容', 'Forward compatible'],
		full: ['完全兼容', 'Fully compatible'],
		none: ['不承诺兼容', 'No compatibility promise']
	}
} as const satisfies Record<string, LabelTable>;

export type LabelEnum = keyof typeof LABELS;

/** The display label of an enum value; the raw value when unknown so nothing renders blank. */
export function label(enumName: LabelEnum, value: string | number, locale?: Locale): string {
	const table: LabelTable = LABELS[enumName];
	const entry = table[String(value)];
	if (!entry) return String(value);
	return locale === 'en' ? entry[1] : entry[0];
}

/** All values of an enum in display order, for pickers. */
export function enumValues(enumName: LabelEnum): string[] {
	return Object.keys(LABELS[enumName]);
}
