// 事项沿革 on the registry: 划转 / 下放 of an item to another implementing department (a new draft
// revision, the department's editors take it from there), and 合并 / 拆分 (new items that name their
// predecessors, which are retired with a reason naming the successors). Published versions are never
// rewritten; the audit entries name both sides so each item's trail shows where it came from or went.
import {
	mergedItem,
	splitItems,
	transferredItem,
	type Predecessor
} from '../../domain/item/lineage';
import { splitMaterialProblems, type SplitPart } from '../../domain/item/split-materials';
import type { Item } from '../../domain/item/types';
import { todayInChina } from '../../domain/workdays/today';
import type { Action } from '../../domain/workflow';
import type { Actor } from '../auth/actor';
import { authorize } from '../auth/authorize';
import { appendAudit } from '../db/audit';
import type { DepartmentView } from '../db/departments';
import { isUniqueViolation } from '../db/errors';
import { getItemByCode, lockItemByCode, setItemDepartment, updateItem } from '../db/items';
import { insertRevision, getRevision } from '../db/revisions';
import type { ItemRow } from '../db/schema';
import { latestVersion } from '../db/versions';
import { conflict, invalid, m, render } from '../errors';
import { knownDepartment } from './department-choice';
import type { ServiceContext } from './context';
import { documentHash } from './hash';
import type { ItemDetail, ItemService } from './items';
import { retireLocked } from './publishing';
import { checkDraftDocument } from './checks';
import { storeNewItem } from './store-item';

export interface TransferInput {
	department: string;
	/** 划转 between peers (default) or 下放 to a lower level */
	mode?: 'transfer' | 'delegate';
	basis?: string;
}
export interface MergeInput {
	codes: string[];
	code: string;
	name: string;
	/** the new item's department (code); default: the first predecessor's */
	department?: string;
	basis?: string;
}
export interface SplitInput {
	parts: SplitPart[];
	basis?: string;
}
export interface LineageResult {
	successors: string[];
	predecessors: { code: string; lastVersion: number }[];
}

export class LineageService {
	constructor(
		private readonly c: ServiceContext,
		private readonly items: ItemService
	) {}

	/** 划转 / 下放: the item as a new draft of the receiving department, its department noted. */
	async transfer(actor: Actor | null, code: string, input: TransferInput): Promise<ItemDetail> {
		const user = authorize(actor, 'transfer');
		const mode = input.mode ?? 'transfer';
		const target = await knownDepartment(this.c.db, input.department);
		await this.items.row(code);
		await this.c.db.transaction().execute(async (tx) => {
			const row = (await lockItemByCode(tx, code))!;
			const published = await latestVersion(tx, row.id);
			authorize(user, 'transfer', {
				department: row.department_code,
				status: row.status,
				archived: row.archived_at !== null
			});
			if (row.department_code === target.code)
				throw invalid('lineage-invalid', {
					detail: m('server.lineage.sameDepartment', { code, department: target.code }),
					errors: [{ pointer: '/department', message: target.code }]
				});
			const current = (await getRevision(tx, row.id, row.current_revision))!;
			const before = current.document as unknown as Item;
			const doc = transferredItem(
				{ item: before, ...(published && { version: published.n }) },
				departmentOf(target, before),
				mode,
				{ date: todayInChina(), ...(input.basis?.trim() && { basis: input.basis.trim() }) }
			);
			const n = row.current_revision + 1;
			await insertRevision(tx, {
				itemId: row.id,
				n,
				document: doc,
				authorId: user.id,
				baseRevision: row.current_revision,
				valid: current.valid
			});
			await updateItem(tx, row.id, { currentRevision: n, status: 'draft' });
			await setItemDepartment(tx, row.id, target.code);
			await appendAudit(tx, {
				actorId: user.id,
				actor: user.username,
				action: `item.${mode}`,
				subject: `item:${code}`,
				beforeHash: documentHash(before),
				afterHash: documentHash(doc),
				detail: {
					revision: n,
					from: row.department_code,
					to: target.code,
					...(published && { lastVersion: published.n }),
					...(input.basis?.trim() && { basis: input.basis.trim() })
				}
			});
		});
		return this.items.detail(user, code);
	}

	/**
	 * 合并: one new item naming every predecessor; the predecessors retired in its favour. Placing the
	 * new item in a department of one's choosing is what a transfer does, so it needs the same right.
	 */
	async merge(actor: Actor | null, input: MergeInput): Promise<LineageResult> {
		const user = authorize(actor, 'merge');
		const codes = distinct(input.codes, '/codes');
		if (codes.length < 2)
			throw invalid('lineage-invalid', {
				errors: [{ pointer: '/codes', message: m('server.lineage.twoOrMore') }]
			});
		if (input.department !== undefined) authorize(user, 'transfer');
		const target =
			input.department === undefined
				? undefined
				: await knownDepartment(this.c.db, input.department);
		return this.succeed(
			user,
			'merge',
			codes,
			[input],
			(list) => [
				mergedItem(
					list,
					{
						code: input.code,
						name: input.name,
						...(target && { department: departmentOf(target, list[0].item) })
					},
					this.opts(input.basis)
				)
			],
			target?.code
		);
	}

	/**
	 * 拆分: several new items each naming the one split; it is retired in their favour. Each part keeps
	 * the materials it lists (all by default); an unknown id or a material nobody keeps is refused.
	 */
	async split(actor: Actor | null, code: string, input: SplitInput): Promise<LineageResult> {
		const user = authorize(actor, 'split');
		distinct(
			input.parts.map((p) => p.code),
			'/parts'
		);
		if (input.parts.length < 2)
			throw invalid('lineage-invalid', {
				errors: [{ pointer: '/parts', message: m('server.lineage.twoOrMore') }]
			});
		return this.succeed(user, 'split', [code], input.parts, (list) => {
			const problems = splitMaterialProblems(list[0].item, input.parts);
			if (problems.length)
				throw invalid('lineage-invalid', {
					errors: problems.map((p) =>
						p.kind === 'unknown'
							? {
									pointer: `/parts/${p.part}/materials/${p.index}`,
									message: m('server.lineage.unknownMaterial', { id: p.id })
								}
							: {
									pointer: '/parts',
									message: m('server.lineage.materialUnkept', { id: p.id, name: p.name })
								}
					)
				});
			return splitItems(list[0], input.parts, this.opts(input.basis));
		});
	}

	private opts(basis: string | undefined) {
		return { date: todayInChina(), ...(basis?.trim() && { basis: basis.trim() }) };
	}

	/**
	 * The shared steps of a merge and a split: lock the predecessors (in code order, so two changes at
	 * once never deadlock), check each may go, retire them naming the successors, store the successors.
	 */
	private async succeed(
		user: Actor,
		action: Extract<Action, 'merge' | 'split'>,
		codes: string[],
		successors: { code: string; name: string }[],
		build: (list: Predecessor[]) => Item[],
		/** the successors' department; default: the first predecessor's */
		department?: string
	): Promise<LineageResult> {
		for (const code of codes) await this.items.row(code);
		const exists = (code: string) => conflict('item-exists', m('server.item.exists', { code }));
		return this.c.db
			.transaction()
			.execute(async (tx) => {
				const rows: { row: ItemRow; version: number; item: Item }[] = [];
				for (const code of [...codes].sort()) {
					const row = (await lockItemByCode(tx, code))!;
					const published = await latestVersion(tx, row.id);
					authorize(user, action, {
						department: row.department_code,
						status: row.status,
						published: published !== undefined
					});
					const revision = (await getRevision(tx, row.id, published!.revision))!;
					rows.push({ row, version: published!.n, item: revision.document as unknown as Item });
				}
				rows.sort((a, b) => codes.indexOf(a.row.code) - codes.indexOf(b.row.code));
				for (const s of successors) if (await getItemByCode(tx, s.code)) throw exists(s.code);
				const docs = build(rows.map((r) => ({ item: r.item, version: r.version })));
				const reason = render(
					action === 'merge'
						? m('server.lineage.mergedInto', { code: docs[0].code, name: docs[0].name })
						: m('server.lineage.splitInto', { codes: docs.map((d) => d.code).join('、') }),
					this.c.locale
				);
				for (const { row } of rows)
					await retireLocked(tx, user, row, reason, {
						change: action,
						successors: docs.map((d) => d.code)
					});
				const predecessors = rows.map((r) => ({ code: r.row.code, lastVersion: r.version }));
				const owner = department ?? rows[0].row.department_code;
				for (const doc of docs) {
					const item = checkDraftDocument(doc, this.c.locale);
					await this.items.refuseDuplicateName(tx, owner, item.name, undefined);
					await storeNewItem(tx, user, item, owner, { change: action, predecessors });
				}
				return { successors: docs.map((d) => d.code), predecessors };
			})
			.catch((error) => {
				throw isUniqueViolation(error) ? exists(successors.map((s) => s.code).join(', ')) : error;
			});
	}
}

/** A department as an item document names it: the credit code kept when the registry has none. */
function departmentOf(d: DepartmentView, before: Item) {
	return { name: d.name, creditCode: d.creditCode ?? before.department?.creditCode ?? '' };
}

function distinct(codes: string[], pointer: string): string[] {
	const seen = new Set<string>();
	for (const [i, code] of codes.entries()) {
		if (seen.has(code))
			throw invalid('lineage-invalid', {
				errors: [{ pointer: `${pointer}/${i}`, message: m('server.lineage.repeated', { code }) }]
			});
		seen.add(code);
	}
	return codes;
}
