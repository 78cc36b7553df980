// Item → national exchange document. The exchange fields carry what the national tables can hold,
// coded with the national code lists (../item/codes.ts); everything else (form, 容缺 rules,
// structured steps and windows, material ids and upload rules …) travels in `x_banshi` as a merge
// patch onto what the fields alone give back, so importing the export gives the item exactly.
import { applicantTypeToNational, toNationalCode } from '../item/codes';
import type { FeeItem, Item, Material } from '../item/types';
import { diffMergePatch } from './merge-patch';
import { feeFromRow, itemFromBasic, materialFromRow } from './shape';
import type { NationalBasic, NationalDoc, NationalFee, NationalMaterial } from './types';

const code = (...args: Parameters<typeof toNationalCode>) => toNationalCode(...args) ?? '';
const lines = (list: string[]) => list.join('\n');
const orUndefined = (s: string) => (s === '' ? undefined : s);

/** The 12-character 基本编码: the base reference, or the tail of a 31-character 实施编码. */
export function catalogCodeOf(item: Item): string {
	if (item.base) return item.base.code;
	return item.code.length === 31 ? item.code.slice(19) : item.code;
}

function basicFields(item: Item): NationalBasic {
	const g = item.guide;
	const feeBases = [...new Set((g.fees.items ?? []).map((f) => f.basis).filter(Boolean))];
	return {
		task_name: item.name,
		catalog_code: catalogCodeOf(item),
		task_code: item.code,
		task_type: code('kind', item.kind),
		task_state: g.itemStatus ? code('itemState', g.itemStatus.state) : '1',
		task_version: item.base?.version ?? 1,
		by_law: g.legalBasis.map((b) => ({
			law_name: b.law,
			law_number: b.docNumber,
			clause_number: b.article,
			clause_content: b.text
		})),
		use_level: item.levels.map((l) => code('level', l)).join(','),
		dept_name: item.department.name,
		dept_code: item.department.creditCode,
		dept_type: item.department.nature ? code('departmentNature', item.department.nature) : '1',
		server_type: [...new Set(item.applicantTypes.map(applicantTypeToNational))].join(','),
		accept_condition: lines(g.conditions),
		handle_flow: lines(g.process.map((s) => s.name)),
		anticipate_day: g.legalTimeLimit.value,
		anticipate_type: code('timeUnit', g.legalTimeLimit.unit),
		anticipate_explain: g.legalTimeLimit.note,
		promise_day: g.promisedTimeLimit.value,
		promise_type: code('timeUnit', g.promisedTimeLimit.unit),
		promise_explain: g.promisedTimeLimit.note,
		project_type: code('caseType', item.caseType),
		special_procedure: g.specialProcedures?.length
			? lines(g.specialProcedures.map((p) => p.name))
			: undefined,
		is_fee: g.fees.free ? '0' : '1',
		fee_basis: feeBases.length ? feeBases.join('；') : undefined,
		transact_addr: lines(g.locations.map((l) => l.address)),
		transact_time: lines(g.locations.map((l) => l.hours)),
		link_way: g.consult.phones.join(','),
		supervise_way: g.complaint.phones.join(','),
		limit_scene_num: g.visits,
		handle_type: g.channels.map((c) => code('channel', c)).join(','),
		is_online: g.online.available ? '1' : '0',
		online_handle_url: g.online.url,
		online_handle_depth:
			g.online.depth === undefined ? undefined : code('onlineDepth', g.online.depth),
		handle_area: g.crossRegion ? orUndefined(code('crossRegion', g.crossRegion)) : undefined,
		result_type: code('resultType', g.result.type),
		result_name: g.result.name,
		...nationalElementFields(g)
	};
}

const flag = (v: boolean | undefined) => (v === undefined ? undefined : v ? '1' : '0');
const codes = (list: 'personTopic' | 'legalPersonTopic', keys: string[] | undefined) =>
	keys?.length ? keys.map((k) => code(list, k)).join(',') : undefined;

/** The elements of the national set beyond the core guide; each only when the item states it. */
function nationalElementFields(g: Item['guide']): Partial<NationalBasic> {
	return {
		power_source: g.powerSource ? code('powerSource', g.powerSource) : undefined,
		task_handle_item: g.handlingItem?.code,
		entrust_name: g.entrustment?.department,
		other_dept: g.jointDepartments?.length ? g.jointDepartments.map((d) => d.name) : undefined,
		service_type: g.intermediaries?.length ? lines(g.intermediaries.map((s) => s.name)) : undefined,
		limit_explain: g.quantityLimit,
		plan_effective_date: g.itemStatus?.plannedEffectiveOn,
		plan_cancel_date: g.itemStatus?.plannedCancelOn,
		is_entry_center: flag(g.services?.lobby),
		is_schedule: flag(g.services?.appointment),
		is_pay_online: flag(g.services?.onlinePayment),
		is_express: flag(g.services?.express),
		is_service_terminals: flag(g.services?.selfServiceTerminal),
		user_topic_type: codes('personTopic', g.topics?.person),
		corp_topic_type: codes('legalPersonTopic', g.topics?.legalPerson),
		reconsiderat: g.remedies?.reconsideration,
		litigation: g.remedies?.litigation,
		town_code: g.area?.townCode,
		village_code: g.area?.villageCode
	};
}

function materialFields(m: Material, index: number): NationalMaterial {
	return {
		material_name: m.name,
		order_num: index + 1,
		material_type: code('materialKind', m.kind),
		material_format: code('medium', m.medium),
		is_need: code('necessity', m.necessity),
		source_type: code('source', m.source),
		source_explain: m.issuer,
		original_amount: m.originals,
		copy_amount: m.copies,
		page_format: m.paperSize,
		fill_explain: m.notes,
		accept_stand: m.acceptanceStandard,
		by_law: m.basis
	};
}

function feeFields(f: FeeItem): NationalFee {
	return { fee_name: f.name, fee_stand: String(f.amount), by_law: f.basis, is_desc: '0' };
}

/** Drops undefined members so the document is what JSON would hold. */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function withPatch<T extends object>(row: T, patch: unknown): T {
	return patch === undefined ? row : { ...row, x_banshi: patch as Record<string, unknown> };
}

export function toNational(item: Item): NationalDoc {
	const basic = plain(basicFields(item));
	const feeItems = item.guide.fees.items ?? [];
	const materials = item.materials.map((m, i) => {
		const row = plain(materialFields(m, i));
		return withPatch(row, diffMergePatch(materialFromRow(row), m));
	});
	const fees = feeItems.map((f) => {
		const row = plain(feeFields(f));
		return withPatch(row, diffMergePatch(feeFromRow(row, basic), f));
	});
	// the materials and fee items are already exact, so the item-level patch never repeats them
	const approx = itemFromBasic(basic, structuredClone(item.materials), structuredClone(feeItems));
	return { basic: withPatch(basic, diffMergePatch(approx, item)), materials, fees };
}
