// 事项沿革: what the new document looks like when an item is transferred (划转 between peers, 下放 to
// a lower level), when items are merged into one, or one is split into several. Pure: the server
// stores what these return as a new draft revision or as new items, and never touches a published
// version.
import type { SplitPart } from './split-materials';
import type { Department, Item, Lineage, LineageChange } from './types';

/** A predecessor as the successor records it: its code, name, department and last published version. */
export interface Predecessor {
	item: Item;
	/** the last published version (n) */
	version?: number;
}

function predecessorsOf(list: readonly Predecessor[]): Lineage['predecessors'] {
	return list.map(({ item, version }) => ({
		code: item.code,
		name: item.name,
		...(version !== undefined && { version }),
		department: item.department.name
	}));
}

function lineage(
	change: LineageChange,
	list: readonly Predecessor[],
	opts: { date?: string; basis?: string }
): Lineage {
	return {
		change,
		predecessors: predecessorsOf(list),
		...(opts.date && { date: opts.date }),
		...(opts.basis && { basis: opts.basis })
	};
}

/**
 * The item as its new department holds it: implementing department replaced, the move noted in
 * `guide.lineage`, and for 下放 the delegating department recorded as 委托部门 (mode 下放).
 */
export function transferredItem(
	from: Predecessor,
	to: Department,
	mode: 'transfer' | 'delegate',
	opts: { date?: string; basis?: string } = {}
): Item {
	const old = structuredClone(from.item);
	return {
		...old,
		department: { ...old.department, name: to.name, creditCode: to.creditCode },
		guide: {
			...old.guide,
			...(mode === 'delegate' && {
				powerSource: 'delegated' as const,
				entrustment: {
					mode: 'delegate' as const,
					department: old.department.name,
					creditCode: old.department.creditCode,
					...(opts.basis && { basis: opts.basis })
				}
			}),
			lineage: lineage(mode, [from], opts)
		}
	};
}

/**
 * The item that several merge into: the first predecessor's document under the new code and name,
 * every predecessor named in `guide.lineage`. With a `department` the new item is that department's
 * (实施主体 replaced as in a transfer); without, it stays the first predecessor's.
 */
export function mergedItem(
	list: readonly Predecessor[],
	successor: { code: string; name: string; department?: Department },
	opts: { date?: string; basis?: string } = {}
): Item {
	if (list.length < 2) throw new Error('a merge needs at least two items');
	const base = structuredClone(list[0].item);
	const to = successor.department;
	return {
		...base,
		code: successor.code,
		name: successor.name,
		...(to && { department: { ...base.department, name: to.name, creditCode: to.creditCode } }),
		guide: { ...base.guide, lineage: lineage('merge', list, opts) }
	};
}

/**
 * The items one splits into: each a copy of it under its own code and name, naming it in
 * `guide.lineage`. A part that lists `materials` (ids) keeps only those, in the item's order; one
 * that does not keeps them all. The form stays whole in every part: a material's condition names
 * form fields, not the other way round, and a field may serve several materials, a refusal case or
 * the form itself, so every kept condition still finds its fields (check with `splitMaterialProblems`
 * first).
 */
export function splitItems(
	from: Predecessor,
	parts: readonly SplitPart[],
	opts: { date?: string; basis?: string } = {}
): Item[] {
	if (parts.length < 2) throw new Error('a split needs at least two items');
	return parts.map((p) => {
		const base = structuredClone(from.item);
		const kept = p.materials && new Set(p.materials);
		return {
			...base,
			code: p.code,
			name: p.name,
			...(kept && { materials: base.materials.filter((m) => kept.has(m.id)) }),
			guide: { ...base.guide, lineage: lineage('split', [from], opts) }
		};
	});
}

/** Where a retired item went: the items it was merged or split into. */
export interface Succession {
	change: 'merge' | 'split';
	successors: string[];
}

/**
 * The succession an item's audit trail records (newest first): its last retirement, when that
 * retirement was a merge or a split naming successors. A later plain retirement, or none, gives null.
 */
export function successionOf(
	trail: readonly { action: string; detail: Record<string, unknown> }[]
): Succession | null {
	const retired = trail.find((e) => e.action === 'item.retire');
	if (!retired) return null;
	const { change, successors } = retired.detail;
	if (change !== 'merge' && change !== 'split') return null;
	if (!Array.isArray(successors) || !successors.every((s) => typeof s === 'string')) return null;
	return { change, successors: successors as string[] };
}
