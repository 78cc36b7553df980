// The national exchange shape (国家政务服务平台 实施清单 exchange tables): one document per item with
// the basic-information row (`up_task_general_basic`), the material rows (`up_task_general_material`)
// and the fee rows (`up_task_general_fee_project`). Keys and codes are the exchange's own; see
// NATIONAL.md beside this file for the mapping and the `x_banshi` extension.

/** One 设定依据 of `by_law`, as the provincial feeds list them. */
export interface NationalLaw {
	law_name: string;
	law_number?: string;
	clause_number?: string;
	clause_content?: string;
}

export interface NationalBasic {
	task_name: string;
	catalog_code: string;
	task_code: string;
	task_type: string;
	task_state: string;
	task_version: number;
	by_law: NationalLaw[];
	/** comma-separated 行使层级 codes */
	use_level: string;
	dept_name: string;
	dept_code: string;
	dept_type: string;
	/** comma-separated 服务对象 codes */
	server_type: string;
	accept_condition: string;
	handle_flow: string;
	anticipate_day: number;
	anticipate_type: string;
	anticipate_explain?: string;
	promise_day: number;
	promise_type: string;
	promise_explain?: string;
	project_type: string;
	special_procedure?: string;
	is_fee: string;
	fee_basis?: string;
	transact_addr: string;
	transact_time: string;
	link_way: string;
	supervise_way: string;
	limit_scene_num: number;
	/** comma-separated 办理形式 codes */
	handle_type?: string;
	is_online: string;
	online_handle_url?: string;
	online_handle_depth?: string;
	handle_area?: string;
	result_type: string;
	result_name?: string;
	/** 权力来源 */
	power_source?: string;
	/** 业务办理项编码 */
	task_handle_item?: string;
	/** 委托部门 */
	entrust_name?: string;
	/** 联办机构 / 共同实施部门, by name */
	other_dept?: string[];
	/** 中介服务, one name per line */
	service_type?: string;
	/** 数量限制 */
	limit_explain?: string;
	/** 计划生效 / 取消日期 (YYYY-MM-DD) */
	plan_effective_date?: string;
	plan_cancel_date?: string;
	/** 是否进驻政务大厅, 支持预约, 网上支付, 物流快递, 自助终端: 1 是, 0 否 */
	is_entry_center?: string;
	is_schedule?: string;
	is_pay_online?: string;
	is_express?: string;
	is_service_terminals?: string;
	/** comma-separated 主题分类 codes (natural person, legal person) */
	user_topic_type?: string;
	corp_topic_type?: string;
	/** 行政复议 / 行政诉讼 channels, as the provincial feeds carry them */
	reconsiderat?: string;
	litigation?: string;
	/** 乡镇 / 村居代码 */
	town_code?: string;
	village_code?: string;
	/** Banshi extension: merge patch (RFC 7396) onto the item the fields above give */
	x_banshi?: Record<string, unknown>;
}

export interface NationalMaterial {
	material_name: string;
	order_num: number;
	material_type?: string;
	material_format?: string;
	is_need: string;
	source_type?: string;
	source_explain?: string;
	original_amount?: number;
	copy_amount?: number;
	page_format?: string;
	fill_explain?: string;
	accept_stand?: string;
	by_law?: string;
	/** Banshi extension: merge patch onto the material the fields above give */
	x_banshi?: Record<string, unknown>;
}

export interface NationalFee {
	fee_name: string;
	/** the amount in yuan, as text */
	fee_stand: string;
	by_law?: string;
	/** 是否允许减免: 1 是, 0 否 */
	is_desc: string;
	desc_explain?: string;
	/** Banshi extension: merge patch onto the fee item the fields above give */
	x_banshi?: Record<string, unknown>;
}

export interface NationalDoc {
	basic: NationalBasic;
	materials: NationalMaterial[];
	fees: NationalFee[];
}

/** A file of several items. A file may also hold one document or a plain array of them. */
export interface NationalFile {
	items: NationalDoc[];
}

/** A located import error: `path` is a dotted path into the file, e.g. `items[0].basic.task_type`. */
export interface NationalError {
	path: string;
	message: string;
}
