// The item document: one JSON document per service item (事项). Element names follow the national
// element set (基本目录/实施清单, GB/T 39046); our own enum keys are mapped to the national code
// lists in ./codes.ts.

/** JSON Schema as stored in item documents (2020-12). Kept loose on purpose: ajv checks it. */
export type JsonSchema = { [key: string]: unknown };
/** rjsf-style uiSchema (`ui:widget`, `ui:order`, `ui:options`, …). */
export type UiSchema = { [key: string]: unknown };

export const SCHEMA_VERSION = 1 as const;

/** 事项类型 */
export type ItemKind =
	| 'licensing' // 行政许可
	| 'payment' // 行政给付
	| 'confirmation' // 行政确认
	| 'reward' // 行政奖励
	| 'adjudication' // 行政裁决
	| 'levy' // 行政征收
	| 'penalty' // 行政处罚
	| 'enforcement' // 行政强制
	| 'inspection' // 行政检查
	| 'other-power' // 其他行政权力
	| 'public-service'; // 公共服务

/** 行使层级 */
export type Level = 'national' | 'province' | 'city' | 'county' | 'town' | 'village';
/** 服务对象 */
export type ApplicantType = 'person' | 'legal-person' | 'other-organisation';
/** 办件类型: 即办件 / 承诺件 */
export type CaseType = 'immediate' | 'promised';
/** 风险分类: 控制类 / 慎审类 / 鼓励类 */
export type RiskClass = 'control' | 'cautious' | 'encouraged';
/** 必要性: 必要 / 非必要 / 容缺后补 */
export type Necessity = 'required' | 'optional' | 'tolerable';
/** 材料类型: 证件证书证明 / 申请表格文书 / 其他 */
export type MaterialKind = 'certificate' | 'form' | 'other';
/** 材料形式 */
export type Medium = 'paper' | 'electronic' | 'both';
/** 来源渠道 */
export type MaterialSource = 'applicant' | 'government' | 'intermediary' | 'other';
/** 办理形式 */
export type Channel = 'window' | 'online' | 'mail' | 'self-service';
/** 网办深度 (一级…四级: 信息发布, 在线预审, 在线办理, 全程网办) */
export type OnlineDepth = 1 | 2 | 3 | 4;
/** 通办范围 */
export type CrossRegionScope = 'none' | 'city' | 'province' | 'cross-province' | 'national';
/** 办理结果类型 */
export type ResultType = 'licence' | 'certificate' | 'approval-document' | 'payment' | 'other';
export type TimeUnit = 'workday' | 'day' | 'month';
/** 权力来源: 法定本级行使 / 上级下放 / 上级授权 / 同级授权 / 上级委托 / 同级委托 */
export type PowerSource =
	| 'statutory'
	| 'delegated'
	| 'authorised-superior'
	| 'authorised-peer'
	| 'entrusted-superior'
	| 'entrusted-peer';
/** 实施主体性质: 法定机关 / 授权组织 / 受委托组织 / 其他 */
export type DepartmentNature =
	'statutory-organ' | 'authorised-organisation' | 'entrusted-organisation' | 'other';
/** How another body comes to handle the item: 委托 / 下放 / 代办 */
export type EntrustmentMode = 'entrust' | 'delegate' | 'agency';
/** 事项状态: 在用 / 暂停 / 取消 */
export type ItemState = 'active' | 'suspended' | 'cancelled';
/** 监管方式 */
export type SupervisionMethod =
	'random-inspection' | 'key-supervision' | 'credit' | 'online' | 'routine' | 'complaint';
/** 主题分类 (自然人) */
export type PersonTopic =
	| 'birth-adoption'
	| 'household'
	| 'education'
	| 'employment'
	| 'marriage'
	| 'veterans'
	| 'housing'
	| 'social-security'
	| 'documents'
	| 'transport'
	| 'health'
	| 'assistance'
	| 'justice'
	| 'retirement'
	| 'funeral'
	| 'other';
/** 主题分类 (法人) */
export type LegalPersonTopic =
	| 'establishment'
	| 'operating-permits'
	| 'qualification'
	| 'annual-inspection'
	| 'tax'
	| 'human-resources'
	| 'social-security'
	| 'investment'
	| 'trade'
	| 'construction'
	| 'environment'
	| 'health'
	| 'agriculture'
	| 'intellectual-property'
	| 'closure'
	| 'other';

export interface Department {
	name: string;
	/** 统一社会信用代码 of the implementing department */
	creditCode: string;
	/** 实施主体性质; absent means 法定机关 */
	nature?: DepartmentNature;
}

/** 委托部门 and 受托组织: who entrusts, delegates or has the item handled on its behalf */
export interface Entrustment {
	mode: EntrustmentMode;
	/** 委托部门 (or the department that delegates) */
	department: string;
	/** its 统一社会信用代码 */
	creditCode?: string;
	/** 受托组织: the body that handles the item, when not the implementing department itself */
	organisation?: string;
	/** 委托书、下放文件 or 代办协议 */
	basis?: string;
}

/** How an item came from others: 划转 (peer), 下放 (to a lower level), 合并 or 拆分 */
export type LineageChange = 'transfer' | 'delegate' | 'merge' | 'split';

/** 事项沿革: the items this one came from, each with its last published version */
export interface Lineage {
	change: LineageChange;
	predecessors: { code: string; name?: string; version?: number; department?: string }[];
	/** YYYY-MM-DD */
	date?: string;
	/** 划转、合并或拆分的文件 */
	basis?: string;
}

/** 联办机构 / 共同实施部门 */
export interface JointDepartment {
	name: string;
	creditCode?: string;
	/** what it does in the joint handling, e.g. 现场核查 */
	role?: string;
}

/** 业务办理项: the smallest unit, a situation of the sub-item (新设 / 变更 / 延续 / 注销) */
export interface HandlingItem {
	/** 业务办理项编码: the 12-character basic code and two digits */
	code: string;
	name?: string;
}

/** 中介服务 the applicant needs before or during the item */
export interface IntermediaryService {
	name: string;
	/** the applicant must obtain it (a 必要 intermediary service) */
	required: boolean;
	/** 服务机构 / 提供者 */
	provider?: string;
	timeLimit?: TimeLimit;
	/** 收费依据 (or 不收费 with its reason) */
	feeBasis?: string;
}

/** 监管依据 and 监管方式 */
export interface Supervision {
	basis?: LegalBasis[];
	methods?: SupervisionMethod[];
	/** 监管措施 in words */
	note?: string;
}

/** 事项状态 with its planned dates */
export interface ItemStatus {
	state: ItemState;
	/** 计划生效日期 (YYYY-MM-DD) */
	plannedEffectiveOn?: string;
	/** 计划取消日期 (YYYY-MM-DD): required when the state is 取消 */
	plannedCancelOn?: string;
	/** why it is suspended or cancelled */
	reason?: string;
}

/** 是否进驻政务大厅 / 支持预约办理 / 网上支付 / 物流快递 / 自助终端 */
export interface ServiceFlags {
	lobby?: boolean;
	appointment?: boolean;
	onlinePayment?: boolean;
	express?: boolean;
	selfServiceTerminal?: boolean;
}

/** 主题分类 */
export interface Topics {
	person?: PersonTopic[];
	legalPerson?: LegalPersonTopic[];
}

/** 行政复议 and 行政诉讼: where and how the applicant may challenge the decision */
export interface Remedies {
	reconsideration?: string;
	litigation?: string;
}

/** 乡镇 / 村居 codes (统计用区划代码, 12 digits) for 镇 / 村-level items */
export interface Area {
	townCode?: string;
	villageCode?: string;
}

export interface BaseRef {
	/** code of the base catalog item (基本目录) this local implementation derives from */
	code: string;
	version: number;
}

export interface LegalBasis {
	/** 法律法规名称, e.g. 《中华人民共和国野生植物保护条例》 */
	law: string;
	/** 文号, e.g. 国务院令第204号 */
	docNumber?: string;
	/** 条款号, e.g. 第十六条 */
	article?: string;
	/** 条款内容 */
	text?: string;
	/** 施行日期 (YYYY-MM-DD) */
	effectiveOn?: string;
	/** 废止日期 (YYYY-MM-DD): a basis repealed by today is reported by validation */
	repealedOn?: string;
	/**
	 * the registered law (法规库, domain/law) this basis cites; free text without it stays valid.
	 * With it, a recorded amendment or repeal of that law finds this citation.
	 */
	lawId?: string;
	/**
	 * set when a recorded change of the law leaves the citation for a person to decide: the cited
	 * article was deleted, or the law was repealed. Lint reports it until the editor resolves it.
	 */
	needsDecision?: 'article-deleted' | 'law-repealed';
}

export interface TimeLimit {
	value: number;
	unit: TimeUnit;
	note?: string;
}

export interface ProcessStep {
	name: string;
	actor?: string;
	timeLimit?: TimeLimit;
	standard?: string;
	result?: string;
}

export interface SpecialProcedure {
	/** e.g. 专家评审, 现场勘验, 听证 — time not counted in the limit */
	name: string;
	timeLimit?: TimeLimit;
	basis?: string;
}

export interface FeeItem {
	name: string;
	/** amount in yuan; a range is given in `note` */
	amount: number;
	unit?: string;
	basis: string;
	note?: string;
}

export interface Fees {
	/** true: 不收费. When false, `items` lists each fee with its basis. */
	free: boolean;
	items?: FeeItem[];
}

export interface Location {
	name: string;
	address: string;
	hours: string;
	phone?: string;
	/** 交通指引 */
	directions?: string;
}

export interface Contact {
	/** 咨询电话 */
	phones: string[];
	email?: string;
	address?: string;
	url?: string;
}

export interface Online {
	available: boolean;
	url?: string;
	depth?: OnlineDepth;
}

export interface Result {
	type: ResultType;
	/** e.g. 食品经营许可证 */
	name: string;
	/** 送达方式 */
	delivery?: string;
	sample?: string;
}

export interface Faq {
	question: string;
	answer: string;
}

export interface Guide {
	/** 设定依据 */
	legalBasis: LegalBasis[];
	/** 实施依据 */
	implementationBasis?: LegalBasis[];
	/** 受理条件 */
	conditions: string[];
	/** 禁止性要求 / 不予受理情形 */
	refusalCases?: string[];
	/** 办理流程 */
	process: ProcessStep[];
	/** 法定办结时限 */
	legalTimeLimit: TimeLimit;
	/** 承诺办结时限 */
	promisedTimeLimit: TimeLimit;
	/** 特别程序 (time not counted) */
	specialProcedures?: SpecialProcedure[];
	fees: Fees;
	/** 办理形式 */
	channels: Channel[];
	locations: Location[];
	consult: Contact;
	/** 监督投诉 */
	complaint: Contact;
	/** 到现场次数 */
	visits: number;
	online: Online;
	crossRegion?: CrossRegionScope;
	result: Result;
	faq?: Faq[];
	/** 权力来源 */
	powerSource?: PowerSource;
	/** 委托部门 / 受托组织 (委托, 下放 or 代办) */
	entrustment?: Entrustment;
	/** 事项沿革: where the item came from (划转、下放、合并、拆分) */
	lineage?: Lineage;
	/** 联办机构 / 共同实施部门 */
	jointDepartments?: JointDepartment[];
	/** 业务办理项 and its code */
	handlingItem?: HandlingItem;
	/** 中介服务 */
	intermediaries?: IntermediaryService[];
	/** 数量限制 */
	quantityLimit?: string;
	/** 监管依据 and 监管方式 */
	supervision?: Supervision;
	/** 事项状态; absent means 在用 */
	itemStatus?: ItemStatus;
	/** 进驻大厅, 预约办理, 网上支付, 物流快递, 自助终端 */
	services?: ServiceFlags;
	/** 主题分类 */
	topics?: Topics;
	/** 行政复议 and 行政诉讼 */
	remedies?: Remedies;
	/** 乡镇 / 村居 codes */
	area?: Area;
}

export interface TemplateRef {
	/** display name, e.g. 申请表（空白）.docx */
	name: string;
	/** relative or absolute URL served by the portal */
	url: string;
}

export interface Material {
	/** stable id, unique within the item; the key of the material in submissions */
	id: string;
	name: string;
	necessity: Necessity;
	/** 主要材料 / 要件: never tolerable */
	essential: boolean;
	kind: MaterialKind;
	medium: Medium;
	/** 原件份数 */
	originals: number;
	/** 复印件份数 */
	copies: number;
	/** 纸质规格 e.g. A4 */
	paperSize?: string;
	source: MaterialSource;
	/** 出具单位 when source is government or intermediary */
	issuer?: string;
	/** 免提交: fetched from the shared licence library instead */
	sharedExempt: boolean;
	/** 填报须知 */
	notes?: string;
	/** 受理标准 */
	acceptanceStandard?: string;
	basis?: string;
	/** 签字/盖章要求 */
	signature?: string;
	blankTemplate?: TemplateRef;
	sampleTemplate?: TemplateRef;
	/** accepted media types, e.g. ["application/pdf", "image/jpeg"] */
	mediaTypes: string[];
	/** maximum size in bytes */
	maxSize: number;
	/** working days to supply a tolerated material; defaults to tolerance.supplementDays */
	supplementDays?: number;
	/** JSON Schema over the form data: the material is needed only when the data matches */
	condition?: JsonSchema;
	/**
	 * what the material is, from the built-in vocabulary (`business-licence`, `id-card`, …): in a
	 * 一件事, members asking for the same key receive one document (optional)
	 */
	semanticKey?: string;
}

/**
 * A 不予受理情形 the window can check on the form data (《行政许可法》第三十二条: not the agency's
 * competence, no licence needed, …). Authored like a material condition; when it holds, the
 * application is refused (`reject`), whatever was submitted.
 */
export interface RefusalCondition {
	/** stable id, unique among the item's refusal conditions */
	id: string;
	/** the case as the guide words it; also one of `guide.refusalCases` */
	text: string;
	/** JSON Schema over the form data: the case holds when the data matches */
	condition: JsonSchema;
}

export interface Tolerance {
	enabled: boolean;
	/** at most this many tolerable materials may be missing */
	maxMissing: number;
	/** 承诺书 text the applicant signs */
	commitmentText: string;
	/** default working days to supply the missing materials */
	supplementDays: number;
	/** consequence when not supplied in time */
	consequence: string;
}

export interface ApplicationForm {
	schema: JsonSchema;
	uiSchema: UiSchema;
}

/** Which compatibility the item promises portals for its application schema. */
export type CompatibilityPromise = 'backward' | 'forward' | 'full' | 'none';

export interface Item {
	/** lets editors associate the document with the item meta-schema */
	$schema?: string;
	schemaVersion: typeof SCHEMA_VERSION;
	code: string;
	/** optional structural check of `code` */
	codeProfile?: 'base' | 'implementation';
	name: string;
	kind: ItemKind;
	department: Department;
	levels: Level[];
	applicantTypes: ApplicantType[];
	caseType: CaseType;
	riskClass: RiskClass;
	base?: BaseRef;
	compatibility?: CompatibilityPromise;
	guide: Guide;
	materials: Material[];
	/** 不予受理情形 the window checks on the form data (optional; older documents have none) */
	refusals?: RefusalCondition[];
	tolerance: Tolerance;
	form: ApplicationForm;
}

/** One problem found in a document, located by JSON pointer, with a message for people. */
export interface Problem {
	pointer: string;
	message: string;
	/** machine-readable reason, e.g. ajv keyword or our own rule */
	code?: string;
}
