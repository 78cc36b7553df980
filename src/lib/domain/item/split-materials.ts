// 拆分 by materials: each new item may name the 申请材料 it keeps (by `Material.id`, the key the
// document and submissions use). Nothing an applicant was asked for may be lost in the split, and an
// id the item does not have is a mistake to point at, not to ignore.
import type { Material } from './types';

/** One new item of a split: its code and name, and the ids of the materials it keeps (all when absent). */
export interface SplitPart {
	code: string;
	name: string;
	materials?: readonly string[];
}

export type SplitMaterialProblem =
	/** `parts[part].materials[index]` names no material of the item */
	| { kind: 'unknown'; part: number; index: number; id: string }
	/** no part keeps the material `item.materials[index]` */
	| { kind: 'unkept'; index: number; id: string; name: string };

/** What is wrong with the parts' choice of materials; empty when each id is known and each material kept. */
export function splitMaterialProblems(
	item: { materials: readonly Pick<Material, 'id' | 'name'>[] },
	parts: readonly SplitPart[]
): SplitMaterialProblem[] {
	const ids = new Set(item.materials.map((m) => m.id));
	const problems: SplitMaterialProblem[] = [];
	parts.forEach((p, part) =>
		p.materials?.forEach((id, index) => {
			if (!ids.has(id)) problems.push({ kind: 'unknown', part, index, id });
		})
	);
	const keptBy = (id: string) => parts.some((p) => !p.materials || p.materials.includes(id));
	item.materials.forEach((m, index) => {
		if (!keptBy(m.id)) problems.push({ kind: 'unkept', index, id: m.id, name: m.name });
	});
	return problems;
}
