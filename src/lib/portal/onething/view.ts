// What the portal shows of a published one-thing (一件事), worked out from the bundle alone: the
// merged materials list (which member needs each, what is submitted once, what is fetched through
// shared data), and the way back from a member's form to the merged one for its messages. Pure; the
// rules of merging and deciding are the domain's (src/lib/domain/onething/), this only reads them.
import type { BundleMaterial } from '$lib/domain/compile/types';
import type { Department, TimeLimit } from '$lib/domain/item/types';
import { sliceForm } from '$lib/domain/onething/slice';
import type { OneThingBundle, PublishedMember } from '$lib/domain/onething/types';
import { evaluate } from '$lib/form/validator/evaluate';

export interface MergedMaterialUse {
	member: string;
	memberName: string;
	department: Department;
	material: BundleMaterial;
}

export interface MergedMaterial {
	/** the material's id in the merged submission */
	id: string;
	name: string;
	/** each member that asks for it, in member order */
	uses: MergedMaterialUse[];
	/** asked by more than one member, handed in once */
	once: boolean;
	/** every member fetches it through shared data (免提交) */
	sharedExempt: boolean;
	/** at least one member cannot accept without it */
	essential: boolean;
	/** every member that asks for it may accept without it for now (容缺) */
	tolerable: boolean;
	/** some member asks for it only when the form says so */
	conditional: boolean;
}

/** The merged id of a member's material (the slice table), or the member's own id. */
export function mergedMaterialId(member: PublishedMember, id: string): string {
	return member.slice.materials.find((m) => m.from === id)?.to ?? id;
}

/** One row per merged material, in the order the members list them. */
export function mergedMaterials(bundle: OneThingBundle): MergedMaterial[] {
	const rows = new Map<string, MergedMaterial>();
	for (const member of bundle.members) {
		const b = member.bundle;
		for (const material of b.materials) {
			const id = mergedMaterialId(member, material.id);
			const tolerable = b.tolerance.allowed && b.tolerance.tolerableIds.includes(material.id);
			const use = { member: member.code, memberName: member.name, department: member.department };
			const row = rows.get(id);
			if (!row) {
				rows.set(id, {
					id,
					name: material.name,
					uses: [{ ...use, material }],
					once: false,
					sharedExempt: material.sharedExempt,
					essential: material.essential,
					tolerable,
					conditional: material.condition !== undefined
				});
				continue;
			}
			row.uses.push({ ...use, material });
			row.once = new Set(row.uses.map((u) => u.member)).size > 1;
			row.sharedExempt &&= material.sharedExempt;
			row.essential ||= material.essential;
			row.tolerable &&= tolerable;
			row.conditional ||= material.condition !== undefined;
		}
	}
	return [...rows.values()];
}

/** How many member fields are entered once through a shared field of the merged form. */
export function sharedFieldCount(bundle: OneThingBundle): number {
	const seen = new Map<string, number>();
	for (const m of bundle.members)
		for (const f of m.slice.fields) {
			const key = f.to.join('/');
			seen.set(key, (seen.get(key) ?? 0) + 1);
		}
	return [...seen.values()].filter((n) => n > 1).length;
}

/** The member's promised time limit, as its own guide states it. */
export function memberLimit(member: PublishedMember): TimeLimit {
	return member.bundle.guide.promisedTimeLimit;
}

/** The members' promised limits added up: what applying one after another could take. */
export function separateLimitTotal(bundle: OneThingBundle): number {
	return bundle.members.reduce((sum, m) => sum + (memberLimit(m).value ?? 0), 0);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The merged form's data (form fields and `materials`) cut to what one member's own form holds,
 * through the member's slice table: what its validator checks and its department receives.
 */
export function memberData(member: PublishedMember, data: unknown): Obj {
	const all: Obj = isObj(data) ? { ...data } : {};
	const materials = all.materials;
	delete all.materials;
	const out: Obj = sliceForm(member, all);
	if (isObj(materials)) {
		const own: Obj = {};
		for (const m of member.slice.materials) {
			if (materials[m.to] !== undefined) own[m.from] = materials[m.to];
		}
		out.materials = own;
	}
	return out;
}

/**
 * Whether the member applies to this application (its condition over the merged form data),
 * evaluated without compiling anything, as the strict-CSP page must.
 */
export function memberAppliesInPage(member: PublishedMember, data: unknown): boolean {
	return member.condition === undefined || evaluate(member.condition, data ?? {}, member.condition);
}

const escape = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');
const unescape = (s: string) => s.replaceAll('~1', '/').replaceAll('~0', '~');

/**
 * A JSON pointer into a member's slice of the submission, as a pointer into the merged form: the
 * longest field mapping whose member path starts the pointer, or the material's merged id.
 */
export function toMergedPointer(member: PublishedMember, pointer: string): string {
	const path = pointer.split('/').slice(1).map(unescape);
	if (path[0] === 'materials' && path.length >= 2) {
		return ['', 'materials', mergedMaterialId(member, path[1]), ...path.slice(2)]
			.map((p, i) => (i === 0 ? p : escape(p)))
			.join('/');
	}
	let best: { from: string[]; to: string[] } | undefined;
	for (const f of member.slice.fields) {
		if (f.from.length > path.length || (best && best.from.length >= f.from.length)) continue;
		if (f.from.every((p, i) => path[i] === p)) best = f;
	}
	if (!best) return pointer;
	return ['', ...best.to, ...path.slice(best.from.length)].map(escape).join('/');
}

/** What the guide page shows: the one-thing without its schemas (worked out on the server). */
export interface OneThingGuideModel {
	code: string;
	name: string;
	theme: OneThingBundle['theme'];
	leadDepartment: Department;
	guide: OneThingBundle['guide'];
	members: {
		code: string;
		name: string;
		department: Department;
		version: number;
		limit: TimeLimit;
		/** applies only when the form says so */
		conditional: boolean;
	}[];
	materials: {
		id: string;
		name: string;
		members: string[];
		once: boolean;
		sharedExempt: boolean;
		essential: boolean;
		tolerable: boolean;
		conditional: boolean;
	}[];
	sharedFields: number;
	/** the members' promised limits added up, in the unit of the joint limit when they agree */
	separateTotal?: TimeLimit;
}

export function guideModel(bundle: OneThingBundle): OneThingGuideModel {
	const limits = bundle.members.map(memberLimit);
	const unit = bundle.guide.jointTimeLimit.unit;
	return {
		code: bundle.code,
		name: bundle.name,
		theme: bundle.theme,
		leadDepartment: bundle.leadDepartment,
		guide: bundle.guide,
		members: bundle.members.map((m, i) => ({
			code: m.code,
			name: m.name,
			department: m.department,
			version: m.version,
			limit: limits[i],
			conditional: m.condition !== undefined
		})),
		materials: mergedMaterials(bundle).map((m) => ({
			id: m.id,
			name: m.name,
			members: [...new Set(m.uses.map((u) => u.memberName))],
			once: m.once,
			sharedExempt: m.sharedExempt,
			essential: m.essential,
			tolerable: m.tolerable,
			conditional: m.conditional
		})),
		sharedFields: sharedFieldCount(bundle),
		...(limits.every((l) => l.unit === unit) && {
			separateTotal: { value: separateLimitTotal(bundle), unit }
		})
	};
}
