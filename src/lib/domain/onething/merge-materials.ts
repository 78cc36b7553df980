// Material merge of a one-thing: materials of several members with the same `semanticKey` get one
// upload slot named by the key (their file types intersected, the strictest size and necessity),
// the others `<code>.<material id>`; each slot is forbidden when no member needing it applies.
import type { SchemaNode } from '../compile/schema-walk';
import { sortedData } from '../compile/schema-walk';
import { isAsked } from '../compile/materials';
import type { BundleMaterial } from '../compile/types';
import { joinList, type Locale } from '../i18n';
import type { JsonSchema } from '../item/types';
import { relocate, RelocateError, type PathMap } from './relocate';
import type { ReportConflict, Resolved, T } from './resolve';
import { allOfNodes, anyOfNodes, clone, stripAnnotations, type Obj } from './schema-nodes';
import { semanticKeyLabel } from './vocabulary';

/** The material slot id of a member's own material in the merged `materials`. */
export function ownMaterialId(code: string, id: string): string {
	return `${code}.${id}`;
}

export interface MaterialSlot {
	id: string;
	key?: string;
	/** member code → index into that member's bundle.materials */
	from: { member: string; index: number }[];
}

/** The upload slots: one per semantic key several members ask for, one per other material. */
export function materialSlots(
	members: Resolved[],
	conflict: ReportConflict,
	t: T,
	locale: Locale | undefined
): MaterialSlot[] {
	const byKey = new Map<string, { member: string; index: number }[]>();
	for (const m of members) {
		const seen = new Set<string>();
		m.bundle.materials.forEach((mat, index) => {
			if (!isAsked(mat) || !mat.semanticKey) return;
			if (seen.has(mat.semanticKey)) {
				conflict({
					key: mat.semanticKey,
					members: [m.code],
					code: 'duplicate-material-key',
					message: t('onething.conflict.duplicateMaterialKey', {
						key: semanticKeyLabel(mat.semanticKey, locale),
						members: m.code
					})
				});
				return;
			}
			seen.add(mat.semanticKey);
			const list = byKey.get(mat.semanticKey) ?? [];
			list.push({ member: m.code, index });
			byKey.set(mat.semanticKey, list);
		});
	}
	const shared = new Map<string, MaterialSlot>();
	for (const [key, from] of byKey) {
		if (from.length < 2) continue;
		const byMember = new Map(members.map((m) => [m.code, m]));
		const types = from
			.map((f) => byMember.get(f.member)!.bundle.materials[f.index].mediaTypes)
			.filter((l) => l.length > 0);
		const common = types.length ? types.reduce((a, b) => a.filter((x) => b.includes(x))) : [];
		if (types.length && common.length === 0) {
			conflict({
				key,
				members: from.map((f) => f.member),
				code: 'material-mismatch',
				message: t('onething.conflict.material', {
					key: semanticKeyLabel(key, locale),
					members: joinList(
						locale,
						from.map((f) => f.member)
					)
				})
			});
			continue;
		}
		shared.set(key, { id: key, key, from });
	}
	const slots: MaterialSlot[] = [...shared.values()];
	for (const m of members)
		m.bundle.materials.forEach((mat, index) => {
			if (!isAsked(mat)) return;
			if (mat.semanticKey && shared.get(mat.semanticKey)?.from.some((f) => f.member === m.code))
				return;
			slots.push({ id: ownMaterialId(m.code, mat.id), from: [{ member: m.code, index }] });
		});
	return slots;
}

/**
 * Each asked material's condition carried over to the merged form, by `<code>\u0000<index>`; a
 * condition that cannot be carried over is a conflict.
 */
export function relocateMaterialConditions(
	members: Resolved[],
	maps: Map<string, PathMap>,
	conflict: ReportConflict,
	t: T
): Map<string, SchemaNode> {
	const relocated = new Map<string, SchemaNode>();
	for (const m of members)
		m.bundle.materials.forEach((mat, i) => {
			if (!isAsked(mat) || mat.condition === undefined) return;
			try {
				relocated.set(`${m.code}\u0000${i}`, relocate(mat.condition, maps.get(m.code)!));
			} catch (err) {
				conflict({
					key: mat.id,
					members: [m.code],
					code: 'condition-unsupported',
					message: t('onething.conflict.condition', {
						members: m.code,
						material: mat.name,
						reason: err instanceof RelocateError ? err.message : String(err)
					})
				});
			}
		});
	return relocated;
}

const forbidSlot = (id: string): JsonSchema => ({
	properties: { materials: { type: 'object', properties: { [id]: false } } }
});

export interface MergedMaterials {
	/** the slots' schemas in the application schema */
	properties: JsonSchema;
	/** the same without annotations, for the acceptance schemas */
	portable: JsonSchema;
	ui: Obj;
	/** a slot is forbidden unless a member needing it applies */
	conditionals: JsonSchema[];
}

/** The merged `materials` section: each slot's schema, uiSchema and when it may be given. */
export function mergeMaterials(
	slots: MaterialSlot[],
	members: Resolved[],
	relocated: Map<string, SchemaNode>
): MergedMaterials {
	const byCode = new Map(members.map((m) => [m.code, m]));
	const materialOf = (f: { member: string; index: number }): BundleMaterial =>
		byCode.get(f.member)!.bundle.materials[f.index];
	const memberCondition = (code: string): SchemaNode => byCode.get(code)!.condition ?? true;
	const neededWhen = (f: { member: string; index: number }): SchemaNode =>
		allOfNodes([memberCondition(f.member), relocated.get(`${f.member}\u0000${f.index}`) ?? true]);
	const slotProps: JsonSchema = {};
	const slotPortable: JsonSchema = {};
	const materialsUi: Obj = { 'ui:order': slots.map((s) => s.id) };
	const materialConditionals: JsonSchema[] = [];
	for (const slot of slots) {
		const first = slot.from[0];
		const owner = byCode.get(first.member)!;
		const mat = materialOf(first);
		const published = clone(
			(
				(owner.bundle.applicationSchema.properties as Record<string, JsonSchema>).materials
					.properties as Record<string, JsonSchema>
			)[mat.id]
		);
		const mats = slot.from.map(materialOf);
		const typeLists = mats.map((x) => x.mediaTypes).filter((l) => l.length > 0);
		const common = typeLists.length
			? typeLists.reduce((a, b) => a.filter((x) => b.includes(x)))
			: [];
		const maxSize = Math.min(...mats.map((x) => x.maxSize));
		const props = published.properties as Record<string, JsonSchema>;
		if (common.length) props.mediaType = { type: 'string', enum: common };
		props.size = { ...props.size, maximum: maxSize };
		if (slot.key) {
			published.title = semanticKeyLabel(slot.key, 'zh-CN');
			delete published.description;
		}
		slotProps[slot.id] = published;
		const bare = stripAnnotations(clone(published));
		slotPortable[slot.id] = bare;
		const memberUi =
			((owner.bundle.uiSchema.materials as Obj | undefined)?.[mat.id] as Obj | undefined) ?? {};
		const uiEntry = clone(memberUi);
		if (slot.key) {
			const options = { ...((uiEntry['ui:options'] as Obj | undefined) ?? {}) };
			options.accept = common.length ? common : [...mat.mediaTypes];
			options.maxSize = maxSize;
			options.necessity = mats.some((x) => x.necessity === 'required')
				? 'required'
				: mats.some((x) => x.necessity === 'tolerable')
					? 'tolerable'
					: 'optional';
			options.essential = mats.some((x) => x.essential);
			options.tolerable = slot.from.every((f) =>
				byCode.get(f.member)!.bundle.tolerance.tolerableIds.includes(materialOf(f).id)
			);
			delete options.notes;
			uiEntry['ui:options'] = options;
		}
		materialsUi[slot.id] = sortedData(uiEntry);
		const when = anyOfNodes(slot.from.map(neededWhen));
		if (when !== true) materialConditionals.push({ if: when, else: forbidSlot(slot.id) });
	}
	return {
		properties: slotProps,
		portable: slotPortable,
		ui: materialsUi,
		conditionals: materialConditionals
	};
}
