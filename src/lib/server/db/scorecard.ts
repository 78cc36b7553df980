// The facts of every published version and every cancellation, for the reduction scorecard: one
// query each, over the small facts table (migration 008), never the bundles themselves.
import { sql, type Kysely } from 'kysely';
import type { RetirementFacts, VersionFacts } from '../../domain/scorecard';
import type { Database, VersionScorecardFactsTable } from './schema';

/** a version's stored facts (the table's columns) with the item and version they belong to */
type FactsRow = Omit<VersionScorecardFactsTable, 'version_id'> & {
	item: string;
	department: string;
	department_name: string;
	n: number;
	effective_from: string;
	published_at: Date;
};

export async function listScorecardFacts(db: Kysely<Database>): Promise<VersionFacts[]> {
	const { rows } = await sql<FactsRow>`
		select i.code as item, i.department_code as department,
			coalesce(d.name, i.department_code) as department_name,
			v.n, v.effective_from, v.published_at, f.materials, f.shared_exempt, f.tolerable,
			f.legal_value, f.legal_unit, f.promised_value, f.promised_unit, f.case_type, f.risk_class,
			f.visits, f.online_depth, f.tolerance_allowed, f.base_code, f.base_version
		from versions v
		join items i on i.id = v.item_id
		join version_scorecard_facts f on f.version_id = v.id
		left join departments d on d.code = i.department_code
		where i.document_type = 'item'`.execute(db);
	return rows.map((r) => ({
		item: r.item,
		department: r.department,
		departmentName: r.department_name,
		n: r.n,
		effectiveFrom: r.effective_from,
		publishedAt: new Date(r.published_at).toISOString(),
		materials: r.materials,
		sharedExempt: r.shared_exempt,
		tolerable: r.tolerable,
		legalLimit: {
			value: Number(r.legal_value),
			unit: r.legal_unit as VersionFacts['legalLimit']['unit']
		},
		promisedLimit: {
			value: Number(r.promised_value),
			unit: r.promised_unit as VersionFacts['promisedLimit']['unit']
		},
		caseType: r.case_type as VersionFacts['caseType'],
		riskClass: r.risk_class as VersionFacts['riskClass'],
		visits: r.visits,
		onlineDepth: Math.max(0, Math.min(4, r.online_depth)) as VersionFacts['onlineDepth'],
		toleranceAllowed: r.tolerance_allowed,
		base:
			r.base_code !== null && r.base_version !== null
				? { code: r.base_code, version: r.base_version }
				: null
	}));
}

export async function listScorecardRetirements(db: Kysely<Database>): Promise<RetirementFacts[]> {
	const rows = await db
		.selectFrom('retirements as r')
		.innerJoin('items as i', 'i.id', 'r.item_id')
		.select(['i.code', 'i.department_code', 'r.retired_at'])
		.where('i.document_type', '=', 'item')
		.execute();
	return rows.map((r) => ({
		item: r.code,
		department: r.department_code,
		retiredAt: new Date(r.retired_at).toISOString()
	}));
}
