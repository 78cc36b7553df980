// A large catalog for the scale benchmark: copies of the shipped templates under new codes and
// names, written straight into the tables as approved first revisions (what editors and reviewers
// would have produced), so the benchmark's time goes to what it measures: publishing and reading.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema';
import { listTemplateSlugs } from '../../src/lib/server/setup/templates';
import { documentHash } from '../../src/lib/server/services/hash';

interface Template {
	code: string;
	name: string;
	kind: string;
	department: { creditCode: string };
}

export function templates(): Template[] {
	return listTemplateSlugs().map((s) => JSON.parse(readFileSync(`templates/${s}.json`, 'utf8')));
}

export function catalogCode(t: Template, i: number): string {
	return t.code.slice(0, 19) + String(i).padStart(12, '0');
}

/** Adds items number `from` … `to - 1`, each approved and ready to publish; returns their codes. */
export async function addCatalog(
	db: Kysely<Database>,
	from: number,
	to: number
): Promise<string[]> {
	const tpls = templates();
	const user = async (name: string) =>
		(
			await db
				.selectFrom('users')
				.select('id')
				.where('username', '=', name)
				.executeTakeFirstOrThrow()
		).id;
	const editor = await user('editor');
	const reviewer = await user('reviewer');
	const departments = new Map(
		(await db.selectFrom('departments').select(['code', 'credit_code']).execute()).map((d) => [
			d.credit_code,
			d.code
		])
	);
	const codes: string[] = [];
	// one statement per table for each batch: a 10,000-item catalog is written in seconds
	for (let start = from; start < to; start += 250) {
		const docs = [];
		for (let i = start; i < Math.min(start + 250, to); i++) {
			const t = tpls[i % tpls.length];
			docs.push({ t, doc: { ...t, code: catalogCode(t, i), name: `${t.name}${i}` } });
		}
		await db.transaction().execute(async (tx) => {
			const items = await tx
				.insertInto('items')
				.values(
					docs.map(({ t, doc }) => ({
						code: doc.code,
						department_code: departments.get(t.department.creditCode)!,
						name: doc.name,
						kind: t.kind,
						status: 'approved' as const,
						current_revision: 1
					}))
				)
				.returning(['id', 'code'])
				.execute();
			const itemId = new Map(items.map((r) => [r.code, r.id]));
			const revs = await tx
				.insertInto('revisions')
				.values(
					docs.map(({ doc }) => ({
						item_id: itemId.get(doc.code)!,
						n: 1,
						document: JSON.stringify(doc),
						author_id: editor,
						base_revision: null
					}))
				)
				.returning(['id', 'item_id'])
				.execute();
			const revisionOf = new Map(revs.map((r) => [r.item_id, r.id]));
			await tx
				.insertInto('review_requests')
				.values(
					docs.map(({ doc }) => ({
						item_id: itemId.get(doc.code)!,
						revision_id: revisionOf.get(itemId.get(doc.code)!)!,
						state: 'approved' as const,
						submitted_by: editor,
						reviewer_id: reviewer,
						decided_at: new Date()
					}))
				)
				.execute();
			await tx
				.insertInto('audit_log')
				.values(
					docs.map(({ doc }) => ({
						actor_id: editor,
						actor: 'editor',
						action: 'item.create',
						subject: `item:${doc.code}`,
						after_hash: documentHash(doc),
						detail: JSON.stringify({ revision: 1, generated: true })
					}))
				)
				.execute();
		});
		codes.push(...docs.map(({ doc }) => doc.code));
	}
	return codes;
}
