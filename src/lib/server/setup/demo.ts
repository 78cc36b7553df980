// Demo content for a fresh installation: departments, the demo accounts (marked demo, refused at
// sign-in in production), every template as an item, most of them reviewed and published, and the
// 一件事 of templates/onething built from them, reviewed and published too, so the designer, the
// review queue and the portal API all show something on first start.
import type { Kysely } from 'kysely';
import { findDepartmentByCreditCode, insertDepartment } from '../db/departments';
import { countUsers, findUserRowByUsername } from '../db/users';
import type { Database, Role } from '../db/schema';
import type { Actor } from '../auth/actor';
import { createServices } from '../services';
import { actorById } from '../services/session';
import { createUser } from '../services/users';
import {
	listOneThingTemplates,
	listTemplateSlugs,
	readOneThingTemplate,
	readTemplate
} from './templates';
import type { LegalBasis } from '../../domain/item/types';
import { matchLaw, parseArticle, type Law, type LawArticle } from '../../domain/law';
import { DEMO_LAWS } from './demo-laws';

export const DEMO_PASSWORD = 'banshi-demo';

/** Departments of the shipped templates get readable codes; any other gets one from its credit code. */
const KNOWN_DEPARTMENTS: Record<string, string> = {
	'114101000058032243': 'market',
	'114101000058032168': 'forestry',
	'11410100005803232X': 'housing',
	'11410100005803259M': 'civil-affairs',
	'11410100005803240Q': 'health',
	'11410100005803267G': 'hrss',
	'114101000058032911': 'public-security',
	'11410100005803275B': 'healthcare-security'
};

export interface SeedResult {
	seeded: boolean;
	items: string[];
	/** item codes published */
	published: string[];
	/** one-thing codes published (their members are published items) */
	oneThings: string[];
}

interface TemplateDoc {
	code: string;
	department: { name: string; creditCode: string };
}

async function ensureAccount(
	db: Kysely<Database>,
	username: string,
	role: Role,
	displayName: string,
	departments: string[]
): Promise<Actor> {
	const existing = await findUserRowByUsername(db, username);
	const id = existing
		? existing.id
		: (
				await createUser(
					db,
					{ username, password: DEMO_PASSWORD, role, displayName, departments, demo: true },
					{ id: null, username: 'demo-seed' }
				)
			).id;
	return (await actorById(db, id))!;
}

export async function seedDemo(db: Kysely<Database>): Promise<SeedResult> {
	const none: SeedResult = { seeded: false, items: [], published: [], oneThings: [] };
	const anyItem = await db.selectFrom('items').select('id').limit(1).executeTakeFirst();
	if (anyItem) return none;
	const templates = listTemplateSlugs()
		.map((slug) => ({ slug, doc: readTemplate(slug) as TemplateDoc }))
		.filter((t) => t.doc && typeof t.doc.code === 'string' && t.doc.department?.creditCode);

	const departmentOf = new Map<string, string>();
	for (const { doc } of templates) {
		const credit = doc.department.creditCode;
		if (departmentOf.has(credit)) continue;
		const found = await findDepartmentByCreditCode(db, credit);
		const code = found?.code ?? KNOWN_DEPARTMENTS[credit] ?? `dept-${credit.toLowerCase()}`;
		if (!found) await insertDepartment(db, { code, name: doc.department.name, creditCode: credit });
		departmentOf.set(credit, code);
	}
	const all = [...new Set(departmentOf.values())].sort();
	const second = all.includes('market') ? ['market'] : all.slice(0, 1);
	// With no departments (no templates) there is nothing for editors to belong to.
	if (all.length === 0) return none;

	const firstStart = (await countUsers(db)) === 0;
	const editor = await ensureAccount(db, 'editor', 'editor', '演示编辑', all);
	await ensureAccount(db, 'editor2', 'editor', '演示编辑二', second);
	const reviewer = await ensureAccount(db, 'reviewer', 'reviewer', '演示审核人', []);
	if (firstStart || !(await findUserRowByUsername(db, 'admin')))
		await ensureAccount(db, 'admin', 'admin', '演示管理员', []);

	// Through the services, so the demo content obeys the same rules as anyone's.
	const services = createServices(db, { locale: 'zh-CN' });
	const laws = await seedLaws(db, services, templates);
	const result: SeedResult = { seeded: true, items: [], published: [], oneThings: [] };
	for (const [i, { slug, doc }] of templates.entries()) {
		try {
			await services.items.create(editor, {
				document: linkCitations(readTemplate(slug), laws),
				department: departmentOf.get(doc.department.creditCode)
			});
			result.items.push(doc.code);
			const review = await services.reviews.submit(editor, doc.code);
			// The last template stays in the review queue so reviewers see the workflow.
			if (i === templates.length - 1 && templates.length > 1) continue;
			await services.reviews.decide(reviewer, review.id, 'approve', [
				{ text: '符合编制规范，同意发布。' }
			]);
			await services.publishing.publish(editor, doc.code, {});
			result.published.push(doc.code);
		} catch (error) {
			console.warn(`demo content: template ${slug} was not imported:`, (error as Error).message);
		}
	}
	// The one-things, once their members are published: through the same workflow as items.
	for (const slug of listOneThingTemplates()) {
		const doc = readOneThingTemplate(slug) as
			{ code?: string; leadDepartment?: { creditCode?: string } } | undefined;
		if (!doc?.code) continue;
		try {
			await services.onethings.create(editor, {
				template: slug,
				department: departmentOf.get(doc.leadDepartment?.creditCode ?? '')
			});
			const review = await services.onethings.submit(editor, doc.code);
			await services.reviews.decide(reviewer, review.id, 'approve', [
				{ text: '联办流程和材料清单符合要求，同意发布。' }
			]);
			await services.onethings.publish(editor, doc.code, {});
			result.oneThings.push(doc.code);
		} catch (error) {
			console.warn(`demo content: one-thing ${slug} was not published:`, (error as Error).message);
		}
	}
	return result;
}

type Guided = { guide?: { legalBasis?: LegalBasis[]; implementationBasis?: LegalBasis[] } };

function basesOf(doc: unknown): LegalBasis[] {
	const g = (doc as Guided)?.guide;
	return [...(g?.legalBasis ?? []), ...(g?.implementationBasis ?? [])];
}

/**
 * The law registry of the demo: the laws the templates cite, with the articles they quote (text as
 * quoted), registered by the demo administrator. Nothing when there is no such account.
 */
async function seedLaws(
	db: Kysely<Database>,
	services: ReturnType<typeof createServices>,
	templates: { doc: unknown }[]
): Promise<Law[]> {
	const row = await findUserRowByUsername(db, 'admin');
	const admin = row?.role === 'admin' ? await actorById(db, row.id) : undefined;
	if (!admin) return [];
	const out: Law[] = [];
	for (const entry of DEMO_LAWS) {
		const articles = new Map<number, LawArticle>();
		for (const { doc } of templates)
			for (const b of basesOf(doc)) {
				const ref = parseArticle(b.article);
				if (!ref || ref.rest || !matchLaw(b, [{ ...entry, articles: [] }])) continue;
				if (!articles.has(ref.n)) articles.set(ref.n, { number: b.article!, text: b.text ?? '' });
			}
		const law: Law = {
			...entry,
			articles: [...articles.entries()].sort(([a], [b]) => a - b).map(([, a]) => a)
		};
		try {
			await services.laws.create(admin, law);
			out.push(law);
		} catch (error) {
			console.warn(`demo content: law ${entry.id} was not registered:`, (error as Error).message);
		}
	}
	return out;
}

/** The template with each citation of a registered law linked to it (lawId), wording kept. */
function linkCitations(doc: unknown, laws: readonly Law[]): unknown {
	const copy = structuredClone(doc) as Guided;
	for (const key of ['legalBasis', 'implementationBasis'] as const)
		copy.guide?.[key]?.forEach((b, i, list) => {
			const law = matchLaw(b, laws);
			if (law) list[i] = { ...b, lawId: law.id };
		});
	return copy;
}
