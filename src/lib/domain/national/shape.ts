// What the national fields alone give back: the item, material and fee a national file describes
// when it carries no Banshi extension. Callers have checked the codes (import.ts) or made them
// (export.ts); whatever the national tables do not hold gets the defaults of a new item.
import { applicantTypeFromNational, fromNationalCode, type CodedEnum } from '../item/codes';
import { newItem } from '../item/new-item';
import type {
	ApplicantType,
	FeeItem,
	Item,
	ItemState,
	LegalPersonTopic,
	Location,
	Material,
	OnlineDepth,
	PersonTopic,
	PowerSource,
	TimeLimit,
	TimeUnit
} from '../item/types';
import type { NationalBasic, NationalFee, NationalMaterial } from './types';

/** Upload rules a material gets when the national file says nothing about them. */
export const DEFAULT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const from = <T>(list: CodedEnum, c: string | undefined): T => fromNationalCode(list, c ?? '') as T;
export const splitLines = (s: string | undefined) =>
	(s ?? '')
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
export const splitCodes = (s: string | undefined) =>
	(s ?? '')
		.split(/[,，]/)
		.map((c) => c.trim())
		.filter(Boolean);
const splitPhones = (s: string) => s.split(/[,，、;；\s]+/).filter(Boolean);

/** Keeps only defined members, as a JSON document would. */
function plain<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function limit(value: number, unit: string, note: string | undefined): TimeLimit {
	return plain({ value, unit: from<TimeUnit>('timeUnit', unit), note });
}

export function materialFromRow(row: NationalMaterial): Material {
	return plain({
		id: `material-${row.order_num}`,
		name: row.material_name,
		necessity: from<Material['necessity']>('necessity', row.is_need),
		essential: false,
		kind: row.material_type ? from<Material['kind']>('materialKind', row.material_type) : 'other',
		medium: row.material_format ? from<Material['medium']>('medium', row.material_format) : 'paper',
		originals: row.original_amount ?? 1,
		copies: row.copy_amount ?? 0,
		paperSize: row.page_format,
		source: row.source_type ? from<Material['source']>('source', row.source_type) : 'applicant',
		issuer: row.source_explain,
		sharedExempt: false,
		notes: row.fill_explain,
		acceptanceStandard: row.accept_stand,
		basis: row.by_law,
		mediaTypes: [...DEFAULT_MEDIA_TYPES],
		maxSize: DEFAULT_MAX_SIZE
	});
}

export function feeFromRow(row: NationalFee, basic: Pick<NationalBasic, 'fee_basis'>): FeeItem {
	return plain({
		name: row.fee_name,
		amount: Number(row.fee_stand),
		basis: row.by_law ?? basic.fee_basis ?? '',
		note: row.desc_explain
	});
}

const flag = (v: string | undefined) => (v ? v === '1' : undefined);
const orNothing = <T extends object>(o: T): T | undefined => {
	const kept = plain(o);
	return Object.keys(kept).length ? kept : undefined;
};

/** The elements beyond the core guide, each only when the file states it. */
function nationalElementsFromBasic(b: NationalBasic): Partial<Item['guide']> {
	const powerSource = b.power_source ? from<PowerSource>('powerSource', b.power_source) : undefined;
	const state = b.task_state ? from<ItemState>('itemState', b.task_state) : 'active';
	const person = splitCodes(b.user_topic_type).map((c) => from<PersonTopic>('personTopic', c));
	const legalPerson = splitCodes(b.corp_topic_type).map((c) =>
		from<LegalPersonTopic>('legalPersonTopic', c)
	);
	const intermediaries = splitLines(b.service_type).map((name) => ({ name, required: true }));
	return plain({
		powerSource,
		entrustment: b.entrust_name
			? {
					mode: powerSource === 'delegated' ? 'delegate' : 'entrust',
					department: b.entrust_name
				}
			: undefined,
		jointDepartments: b.other_dept?.length ? b.other_dept.map((name) => ({ name })) : undefined,
		handlingItem: b.task_handle_item ? { code: b.task_handle_item } : undefined,
		intermediaries: intermediaries.length ? intermediaries : undefined,
		quantityLimit: b.limit_explain,
		itemStatus:
			state !== 'active' || b.plan_effective_date || b.plan_cancel_date
				? plain({
						state,
						plannedEffectiveOn: b.plan_effective_date,
						plannedCancelOn: b.plan_cancel_date
					})
				: undefined,
		services: orNothing({
			lobby: flag(b.is_entry_center),
			appointment: flag(b.is_schedule),
			onlinePayment: flag(b.is_pay_online),
			express: flag(b.is_express),
			selfServiceTerminal: flag(b.is_service_terminals)
		}),
		topics: orNothing({
			person: person.length ? person : undefined,
			legalPerson: legalPerson.length ? legalPerson : undefined
		}),
		remedies: orNothing({ reconsideration: b.reconsiderat, litigation: b.litigation }),
		area: orNothing({ townCode: b.town_code, villageCode: b.village_code })
	}) as Partial<Item['guide']>;
}

export function itemFromBasic(b: NationalBasic, materials: Material[], fees: FeeItem[]): Item {
	const addresses = splitLines(b.transact_addr);
	const hours = splitLines(b.transact_time);
	const locations: Location[] = addresses.map((address, i) => ({
		name: address,
		address,
		hours: hours[i] ?? hours[0] ?? ''
	}));
	const applicantTypes = [
		...new Set(splitCodes(b.server_type).map((c) => applicantTypeFromNational(c) as ApplicantType))
	];
	const channels = splitCodes(b.handle_type).map((c) =>
		from<Item['guide']['channels'][number]>('channel', c)
	);
	const item = newItem({
		code: b.task_code,
		name: b.task_name,
		kind: from('kind', b.task_type),
		department: { name: b.dept_name, creditCode: b.dept_code },
		levels: splitCodes(b.use_level).map((c) => from('level', c)),
		applicantTypes,
		caseType: from('caseType', b.project_type),
		materials
	});
	delete item.$schema;
	item.guide = plain({
		legalBasis: b.by_law.map((l) =>
			plain({
				law: l.law_name,
				docNumber: l.law_number,
				article: l.clause_number,
				text: l.clause_content
			})
		),
		conditions: splitLines(b.accept_condition),
		process: splitLines(b.handle_flow).map((name) => ({ name })),
		legalTimeLimit: limit(b.anticipate_day, b.anticipate_type, b.anticipate_explain),
		promisedTimeLimit: limit(b.promise_day, b.promise_type, b.promise_explain),
		specialProcedures: b.special_procedure
			? splitLines(b.special_procedure).map((name) => ({ name }))
			: undefined,
		fees: plain({ free: b.is_fee === '0', items: fees.length ? fees : undefined }),
		channels: channels.length ? channels : ['window'],
		locations,
		consult: { phones: splitPhones(b.link_way) },
		complaint: { phones: splitPhones(b.supervise_way) },
		visits: b.limit_scene_num,
		online: plain({
			available: b.is_online === '1',
			url: b.online_handle_url,
			depth: b.online_handle_depth
				? (Number(from('onlineDepth', b.online_handle_depth)) as OnlineDepth)
				: undefined
		}),
		crossRegion: b.handle_area ? from('crossRegion', b.handle_area) : undefined,
		result: { type: from('resultType', b.result_type), name: b.result_name ?? b.task_name },
		...nationalElementsFromBasic(b)
	}) as Item['guide'];
	if (b.dept_type && b.dept_type !== '1')
		item.department.nature = from('departmentNature', b.dept_type);
	return item;
}
