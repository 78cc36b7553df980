// The reduction scorecard (朔州 §三(三)1, 济源 §二(三)3 承诺量化, 阜阳 六 督查评估): the numbers
// supervisors ask of a catalogue, computed from published versions only, for any day in the past.
//
// Definitions (every share is a fraction 0…1 rounded to 4 decimals, every mean to 2):
// - An item is *in force* on a day when one of its versions took effect on or before that day and
//   was published on or before it (in the deployment's zone), and the item was not cancelled on or
//   before it. The version in force is the one with the latest effective day, the highest number on
//   a tie — the same rule as the portal's.
// - Materials per item: materials listed in the guide / items; exempt share: shared-data-exempt
//   (免提交) materials / all materials; to submit per item: the materials not exempt / items.
// - 承诺时限压缩率: the mean, over items whose legal and promised limits are in the same unit and
//   whose legal limit is above 0, of (legal − promised) / legal. An item whose limits differ in unit
//   is left out rather than guessed at (a month is no fixed number of working days).
// - 即办件 share: items with case type immediate / items.
// - 零跑动 share: items with 0 visits on site / items; 最多跑一次 share: visits ≤ 1 / items.
// - 网办深度: items per depth (0 = not online); 全程网办 share: depth 4 / items.
// - 容缺 coverage, per risk class: items whose tolerance is in force / items of that class.
// - Deviations from the base catalogue: an item naming a base item is compared with the base
//   version it names (whenever that was published, whatever department) on material count, promised
//   limit, visits, online depth and case type; it is *stricter* when it asks more of applicants.
// - Per month (the month of the publication or cancellation instant in the zone, within the
//   period): added = versions numbered 1, changed = later versions, cancelled = items retired; and
//   the headline figures of the items in force on the month's last day (the period's, for its last).
import { dayIn, defaultFrom, lastDayOf, monthsOf, zoneOrDefault } from './period';
import {
	ONLINE_DEPTHS,
	RISK_CLASSES,
	type DepartmentFigures,
	type Figures,
	type MonthFigures,
	type RetirementFacts,
	type Scorecard,
	type ScorecardOptions,
	type VersionFacts
} from './types';

export interface ScorecardData {
	versions: readonly VersionFacts[];
	retirements: readonly RetirementFacts[];
}

const round = (x: number, places: number) => {
	const f = 10 ** places;
	return Math.round(x * f) / f;
};
const share = (part: number, whole: number) => (whole ? round(part / whole, 4) : 0);
const mean = (sum: number, count: number, places = 2) => (count ? round(sum / count, places) : 0);

interface Dated extends VersionFacts {
	publishedDay: string;
}

/** The version in force on `day` among an item's versions sorted by effective day, then number. */
function inForceOn(versions: readonly Dated[], day: string): Dated | undefined {
	let found: Dated | undefined;
	for (const v of versions) {
		if (v.effectiveFrom > day) break;
		if (v.publishedDay <= day) found = v;
	}
	return found;
}

function baseKey(code: string, version: number): string {
	return `${code}@${version}`;
}

/** The figures of the versions in force, each item once. */
export function figuresOf(
	inForce: readonly VersionFacts[],
	bases: ReadonlyMap<string, VersionFacts>
): Figures {
	const items = inForce.length;
	let materials = 0;
	let exempt = 0;
	let withExempt = 0;
	let tolerable = 0;
	let comparable = 0;
	let compression = 0;
	let workdayItems = 0;
	let legalWorkdays = 0;
	let promisedWorkdays = 0;
	let immediate = 0;
	const visits = { '0': 0, '1': 0, '2': 0, '3+': 0 };
	const online = { '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 };
	const byRisk = Object.fromEntries(
		RISK_CLASSES.map((r) => [r, { items: 0, tolerant: 0, share: 0 }])
	) as Figures['tolerance']['byRisk'];
	const base: Figures['base'] = {
		local: 0,
		compared: 0,
		deviating: 0,
		stricter: 0,
		byFact: { materials: 0, promisedLimit: 0, visits: 0, onlineDepth: 0, caseType: 0 }
	};
	for (const v of inForce) {
		materials += v.materials;
		exempt += v.sharedExempt;
		if (v.sharedExempt > 0) withExempt++;
		tolerable += v.tolerable;
		const { legalLimit: legal, promisedLimit: promised } = v;
		if (legal.unit === promised.unit && legal.value > 0) {
			comparable++;
			compression += (legal.value - promised.value) / legal.value;
			if (legal.unit === 'workday') {
				workdayItems++;
				legalWorkdays += legal.value;
				promisedWorkdays += promised.value;
			}
		}
		if (v.caseType === 'immediate') immediate++;
		visits[v.visits <= 0 ? '0' : v.visits === 1 ? '1' : v.visits === 2 ? '2' : '3+']++;
		online[ONLINE_DEPTHS.includes(v.onlineDepth) ? (`${v.onlineDepth}` as const) : '0']++;
		const risk = byRisk[v.riskClass];
		if (risk) {
			risk.items++;
			if (v.toleranceAllowed) risk.tolerant++;
		}
		if (v.base) {
			base.local++;
			const b = bases.get(baseKey(v.base.code, v.base.version));
			if (b) compareWithBase(v, b, base);
		}
	}
	for (const r of RISK_CLASSES) byRisk[r].share = share(byRisk[r].tolerant, byRisk[r].items);
	return {
		items,
		materials: {
			total: materials,
			perItem: mean(materials, items),
			sharedExempt: exempt,
			exemptShare: share(exempt, materials),
			toSubmitPerItem: mean(materials - exempt, items),
			itemsWithExempt: withExempt
		},
		timeLimits: {
			comparable,
			compressionRate: mean(compression, comparable, 4),
			legalWorkdays: mean(legalWorkdays, workdayItems),
			promisedWorkdays: mean(promisedWorkdays, workdayItems)
		},
		immediate: { count: immediate, share: share(immediate, items) },
		visits: {
			distribution: visits,
			zeroShare: share(visits['0'], items),
			atMostOneShare: share(visits['0'] + visits['1'], items)
		},
		online: { distribution: online, fullShare: share(online['4'], items) },
		tolerance: { byRisk, tolerableMaterials: tolerable },
		base
	};
}

function compareWithBase(v: VersionFacts, b: VersionFacts, into: Figures['base']): void {
	into.compared++;
	const sameUnit = v.promisedLimit.unit === b.promisedLimit.unit;
	const differs = {
		materials: v.materials !== b.materials,
		promisedLimit: !sameUnit || v.promisedLimit.value !== b.promisedLimit.value,
		visits: v.visits !== b.visits,
		onlineDepth: v.onlineDepth !== b.onlineDepth,
		caseType: v.caseType !== b.caseType
	};
	for (const k of Object.keys(differs) as (keyof typeof differs)[])
		if (differs[k]) into.byFact[k]++;
	if (Object.values(differs).some(Boolean)) into.deviating++;
	const stricter =
		v.materials > b.materials ||
		(sameUnit && v.promisedLimit.value > b.promisedLimit.value) ||
		v.visits > b.visits ||
		v.onlineDepth < b.onlineDepth ||
		(v.caseType === 'promised' && b.caseType === 'immediate');
	if (stricter) into.stricter++;
}

/** The scorecard of the catalogue (or one department) over a period; see the definitions above. */
export function scorecard(data: ScorecardData, opts: ScorecardOptions): Scorecard {
	const zone = zoneOrDefault(opts.timeZone);
	const to = opts.to ?? opts.today;
	const from = opts.from ?? defaultFrom(to);
	const department = opts.department ?? null;

	const bases = new Map<string, VersionFacts>();
	for (const v of data.versions) bases.set(baseKey(v.item, v.n), v);

	const byItem = new Map<string, Dated[]>();
	for (const v of data.versions) {
		if (department !== null && v.department !== department) continue;
		const list = byItem.get(v.item) ?? [];
		list.push({ ...v, publishedDay: dayIn(v.publishedAt, zone) });
		byItem.set(v.item, list);
	}
	for (const list of byItem.values())
		list.sort((a, b) =>
			a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.n - b.n
		);
	const retired = new Map<string, string>();
	const cancelledIn = new Map<string, number>();
	for (const r of data.retirements) {
		if (department !== null && r.department !== department) continue;
		const day = dayIn(r.retiredAt, zone);
		const earlier = retired.get(r.item);
		if (!earlier || day < earlier) retired.set(r.item, day);
		if (day >= from && day <= to) {
			const m = day.slice(0, 7);
			cancelledIn.set(m, (cancelledIn.get(m) ?? 0) + 1);
		}
	}

	const snapshot = (day: string): Dated[] => {
		const out: Dated[] = [];
		for (const [item, versions] of byItem) {
			const r = retired.get(item);
			if (r !== undefined && r <= day) continue;
			const v = inForceOn(versions, day);
			if (v) out.push(v);
		}
		return out;
	};

	const activity = new Map<string, { added: number; changed: number }>();
	for (const versions of byItem.values())
		for (const v of versions) {
			if (v.publishedDay < from || v.publishedDay > to) continue;
			const m = v.publishedDay.slice(0, 7);
			const a = activity.get(m) ?? { added: 0, changed: 0 };
			if (v.n === 1) a.added++;
			else a.changed++;
			activity.set(m, a);
		}

	const months: MonthFigures[] = monthsOf(from, to).map((month) => {
		const end = lastDayOf(month) < to ? lastDayOf(month) : to;
		const f = figuresOf(snapshot(end), bases);
		const a = activity.get(month);
		return {
			month,
			added: a?.added ?? 0,
			changed: a?.changed ?? 0,
			cancelled: cancelledIn.get(month) ?? 0,
			inForce: f.items,
			materialsPerItem: f.materials.perItem,
			compressionRate: f.timeLimits.compressionRate,
			immediateShare: f.immediate.share,
			zeroVisitShare: f.visits.zeroShare,
			atMostOneShare: f.visits.atMostOneShare,
			fullOnlineShare: f.online.fullShare
		};
	});

	const last = snapshot(to);
	const perDepartment = new Map<string, { name: string; versions: Dated[] }>();
	for (const v of last) {
		const d = perDepartment.get(v.department) ?? { name: v.departmentName, versions: [] };
		d.versions.push(v);
		perDepartment.set(v.department, d);
	}
	const departments: DepartmentFigures[] = [...perDepartment]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([code, d]) => ({ code, name: d.name, figures: figuresOf(d.versions, bases) }));

	return {
		from,
		to,
		timeZone: zone,
		department,
		overall: figuresOf(last, bases),
		departments,
		months
	};
}
