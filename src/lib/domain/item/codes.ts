// Our enum keys are English words so documents stay readable and stable; exchange with the national
// platform (国家政务服务平台) uses the national code lists of the base catalog / implementation list
// element set. Every mapping lives here and nowhere else.
//
// Where our model and the national lists disagree (noted at each table), the mapping says how we
// bridge it. Code values follow the national element set as published for the 基本目录/实施清单;
// a province that uses a local variant replaces this module's tables, not the callers.
import type {
	ApplicantType,
	CaseType,
	Channel,
	CrossRegionScope,
	DepartmentNature,
	ItemKind,
	ItemState,
	LegalPersonTopic,
	Level,
	Material,
	MaterialKind,
	MaterialSource,
	Medium,
	Necessity,
	OnlineDepth,
	PersonTopic,
	PowerSource,
	ResultType,
	TimeUnit
} from './types';

/** 事项类型. The national list also has 行政备案 in recent versions; we have no key for it yet. */
export const KIND_CODES: Record<ItemKind, string> = {
	licensing: '01',
	penalty: '02',
	enforcement: '03',
	levy: '04',
	payment: '05',
	inspection: '06',
	confirmation: '07',
	reward: '08',
	adjudication: '09',
	'other-power': '10',
	'public-service': '20'
};

/** 行使层级: the same digit is the level position (19th character) of an implementation code. */
export const LEVEL_CODES: Record<Level, string> = {
	national: '1',
	province: '2',
	city: '3',
	county: '4',
	town: '5',
	village: '6'
};

/**
 * 服务对象. The national list splits legal persons (企业法人, 事业法人, 社会组织法人, 机关法人) and
 * other organisations (非法人企业, 其他组织); we keep three keys because the application form, not
 * the item, decides the finer type. Exporting picks the first code; importing maps every code back.
 */
export const APPLICANT_TYPE_CODES: Record<ApplicantType, readonly string[]> = {
	person: ['1'],
	'legal-person': ['2', '3', '4', '6'],
	'other-organisation': ['5', '9']
};

/** 办件类型 */
export const CASE_TYPE_CODES: Record<CaseType, string> = {
	immediate: '1',
	promised: '2'
};

/** 材料必要性 (`is_need`): 1 必要, 2 非必要, 3 容缺后补. */
export const NECESSITY_CODES: Record<Necessity, string> = {
	required: '1',
	optional: '2',
	tolerable: '3'
};

/** 材料类型 (`material_type`) of the national exchange: 证件证书证明 / 申请表格文书 / 其他. */
export const MATERIAL_KIND_CODES: Record<MaterialKind, string> = {
	certificate: '1',
	form: '2',
	other: '3'
};

/**
 * Some local systems use 材料类型 for 原件 / 复印件 / 原件和复印件 instead — we do not store it: it
 * follows from the `originals` and `copies` counts (the exchange carries them as `original_amount`
 * and `copy_amount`).
 */
export const MATERIAL_TYPE_CODES = {
	original: '1',
	copy: '2',
	'original-and-copy': '3'
} as const;
export type MaterialTypeKey = keyof typeof MATERIAL_TYPE_CODES;

export function materialTypeOf(m: Pick<Material, 'originals' | 'copies'>): MaterialTypeKey {
	if (m.originals > 0 && m.copies > 0) return 'original-and-copy';
	if (m.copies > 0) return 'copy';
	return 'original';
}

/** 材料形式 */
export const MEDIUM_CODES: Record<Medium, string> = {
	paper: '1',
	electronic: '2',
	both: '3'
};

/** 来源渠道 (`source_type`): 10 申请人自备, 20 政府部门核发, 99 其他; 30 中介机构出具 is a variant. */
export const SOURCE_CODES: Record<MaterialSource, string> = {
	applicant: '10',
	government: '20',
	intermediary: '30',
	other: '99'
};

/**
 * 办理形式 (`handle_type`): 1 窗口办理, 2 网上办理, 3 快递申请; the exchange has no 自助终端, so it
 * takes GB/T 39046's 9 其他.
 */
export const CHANNEL_CODES: Record<Channel, string> = {
	window: '1',
	online: '2',
	mail: '3',
	'self-service': '9'
};

/** 时限单位 (`anticipate_type`, `promise_type`): 1 工作日 as in the feeds; 2 自然日 and 3 月 are ours. */
export const TIME_UNIT_CODES: Record<TimeUnit, string> = {
	workday: '1',
	day: '2',
	month: '3'
};

/**
 * 审批结果类型 (`result_type`): 10 证照, 20 批文, 30 其他. Several of our keys share a code; the
 * first listed wins on import, and the exact key travels in the exchange extension.
 */
export const RESULT_TYPE_CODES: Record<ResultType, string> = {
	licence: '10',
	certificate: '10',
	'approval-document': '20',
	other: '30',
	payment: '30'
};

/** 网办深度 一级…四级 */
export const ONLINE_DEPTH_CODES: Record<OnlineDepth, string> = {
	1: '1',
	2: '2',
	3: '3',
	4: '4'
};

/** 通办范围. The national list has no explicit "not cross-region"; we export it as empty. */
export const CROSS_REGION_CODES: Record<CrossRegionScope, string> = {
	national: '1',
	'cross-province': '2',
	province: '3',
	city: '4',
	none: ''
};

/**
 * 权力来源 (`power_source`). The values are those provincial implementation lists use (法定本级行使,
 * 上级下放, 上级授权, 同级授权, 上级委托, 同级委托); the digits follow their order and are not yet
 * checked against a published code table.
 */
export const POWER_SOURCE_CODES: Record<PowerSource, string> = {
	statutory: '1',
	delegated: '2',
	'authorised-superior': '3',
	'authorised-peer': '4',
	'entrusted-superior': '5',
	'entrusted-peer': '6'
};

/** 实施主体性质 (`dept_type`): 1 法定机关, 2 授权组织, 3 受委托组织, 9 其他 (GB/T 39046 A.3). */
export const DEPARTMENT_NATURE_CODES: Record<DepartmentNature, string> = {
	'statutory-organ': '1',
	'authorised-organisation': '2',
	'entrusted-organisation': '3',
	other: '9'
};

/** 事项状态 (`task_state`): 1 在用, 2 暂停, 3 取消. */
export const ITEM_STATE_CODES: Record<ItemState, string> = {
	active: '1',
	suspended: '2',
	cancelled: '3'
};

/**
 * 主题分类 (`user_topic_type`, `corp_topic_type`). The element set names the two lists but not
 * their code tables; these three-digit codes (1xx natural person, 2xx legal person) are ours until
 * a deployment replaces them with its platform's table.
 */
export const PERSON_TOPIC_CODES: Record<PersonTopic, string> = {
	'birth-adoption': '101',
	household: '102',
	education: '103',
	employment: '104',
	marriage: '105',
	veterans: '106',
	housing: '107',
	'social-security': '108',
	documents: '109',
	transport: '110',
	health: '111',
	assistance: '112',
	justice: '113',
	retirement: '114',
	funeral: '115',
	other: '199'
};

export const LEGAL_PERSON_TOPIC_CODES: Record<LegalPersonTopic, string> = {
	establishment: '201',
	'operating-permits': '202',
	qualification: '203',
	'annual-inspection': '204',
	tax: '205',
	'human-resources': '206',
	'social-security': '207',
	investment: '208',
	trade: '209',
	construction: '210',
	environment: '211',
	health: '212',
	agriculture: '213',
	'intellectual-property': '214',
	closure: '215',
	other: '299'
};

/** 是否… flags (`is_entry_center`, `is_schedule`, …): 1 是, 0 否. */
export const FLAG_CODES = { true: '1', false: '0' } as const;

export const NATIONAL_CODES = {
	kind: KIND_CODES,
	level: LEVEL_CODES,
	caseType: CASE_TYPE_CODES,
	necessity: NECESSITY_CODES,
	medium: MEDIUM_CODES,
	source: SOURCE_CODES,
	onlineDepth: ONLINE_DEPTH_CODES,
	crossRegion: CROSS_REGION_CODES,
	materialKind: MATERIAL_KIND_CODES,
	channel: CHANNEL_CODES,
	timeUnit: TIME_UNIT_CODES,
	resultType: RESULT_TYPE_CODES,
	powerSource: POWER_SOURCE_CODES,
	departmentNature: DEPARTMENT_NATURE_CODES,
	itemState: ITEM_STATE_CODES,
	personTopic: PERSON_TOPIC_CODES,
	legalPersonTopic: LEGAL_PERSON_TOPIC_CODES,
	flag: FLAG_CODES
} as const;

export type CodedEnum = keyof typeof NATIONAL_CODES;

/** Our key → national code ('' when the national list has no such value). */
export function toNationalCode(enumName: CodedEnum, key: string | number): string | undefined {
	const table = NATIONAL_CODES[enumName] as Record<string, string>;
	return table[String(key)];
}

/**
 * National code → our key. Where several of our keys share one code (必要性 '1'), the first wins,
 * so importing never invents tolerance the source did not state.
 */
export function fromNationalCode(enumName: CodedEnum, code: string): string | undefined {
	const table = NATIONAL_CODES[enumName] as Record<string, string>;
	return Object.keys(table).find((k) => table[k] === code && code !== '');
}

export function applicantTypeToNational(t: ApplicantType): string {
	return APPLICANT_TYPE_CODES[t][0];
}

export function applicantTypeFromNational(code: string): ApplicantType | undefined {
	return (Object.keys(APPLICANT_TYPE_CODES) as ApplicantType[]).find((k) =>
		APPLICANT_TYPE_CODES[k].includes(code)
	);
}

/** Level key from the level digit of an implementation code. */
export function levelFromDigit(digit: string): Level | undefined {
	return fromNationalCode('level', digit) as Level | undefined;
}
