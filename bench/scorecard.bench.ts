// The reduction scorecard over 10,000 published items (12,000 versions, 500 cancellations, 40
// departments), on the embedded database: the facts query, the domain's computation, and the whole
// service call a dashboard load makes (whole catalogue and one department, 12 months). Items are
// written straight into the tables with small synthetic bundles: the scorecard reads only the facts
// table (migration 008), so a bundle's size changes the one-time extraction, not the figures' cost.
import { sql } from 'kysely';
import { scorecard } from '../src/lib/domain/scorecard';
import { connect } from '../src/lib/server/db/connect';
import { listScorecardFacts, listScorecardRetirements } from '../src/lib/server/db/scorecard';
import { SCORECARD_FACTS_FROM_BUNDLES } from '../src/lib/server/migrations/008_scorecard_facts';
import type { Actor } from '../src/lib/server/auth/actor';
import { createServices } from '../src/lib/server/services';
import { median } from './measure.js';

const ITEMS = Number(process.env.BENCH_SCORECARD_ITEMS ?? 10_000);
const RUNS = 7;
const r1 = (x: number) => Math.round(x * 10) / 10;
const log = (s: string) => process.stderr.write(`  ${s}\n`);

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
	const samples: number[] = [];
	let value!: T;
	for (let i = 0; i < RUNS + 1; i++) {
		const t0 = performance.now();
		value = await fn();
		if (i > 0) samples.push(performance.now() - t0);
	}
	return { ms: r1(median(samples)), value };
}

const connection = await connect({ dataDir: 'memory', databaseUrl: undefined });
const { db } = connection;
try {
	const t0 = performance.now();
	await sql`insert into departments (code, name)
		select 'd' || g, '部门' || g from generate_series(1, 40) g`.execute(db);
	const user = await db
		.insertInto('users')
		.values({ username: 'bench', display_name: 'bench', password_hash: 'x', role: 'reviewer' })
		.returning('id')
		.executeTakeFirstOrThrow();
	await sql`insert into items (code, department_code, name, kind, status, current_revision)
		select 'ITEM' || lpad(g::text, 8, '0'), 'd' || (g % 40 + 1), '事项' || g, 'licensing',
			case when g % 20 = 0 then 'retired' else 'published' end, 1
		from generate_series(1, ${ITEMS}) g`.execute(db);
	await sql`insert into revisions (item_id, n, document, author_id)
		select id, 1, '{}', ${user.id} from items`.execute(db);
	// version 1 of every item, a second version of every fifth, published over two years
	await sql`insert into versions (item_id, n, revision_id, bundle, hash, effective_from,
			published_by, approved_by, published_at)
		select i.id, k.n, r.id,
			jsonb_build_object(
				'caseType', case when i.id % 5 = 0 then 'immediate' else 'promised' end,
				'riskClass', (array['control', 'cautious', 'encouraged'])[i.id % 3 + 1],
				'materials', (select jsonb_agg(jsonb_build_object('id', 'm' || m,
					'sharedExempt', m % 3 = 0,
					'necessity', case when m % 4 = 0 then 'tolerable' else 'required' end))
					from generate_series(1, 3 + i.id % 6) m),
				'guide', jsonb_build_object(
					'legalTimeLimit', jsonb_build_object('value', 20, 'unit', 'workday'),
					'promisedTimeLimit', jsonb_build_object('value', 5 + (i.id + k.n) % 10, 'unit', 'workday'),
					'visits', i.id % 3,
					'online', jsonb_build_object('available', true, 'depth', 1 + i.id % 4)),
				'tolerance', jsonb_build_object('allowed', i.id % 3 <> 0),
				'base', case when i.id % 10 = 0
					then jsonb_build_object('code', 'ITEM00000001', 'version', 1) end
			)::text,
			md5(i.id::text || k.n),
			to_char(date '2025-01-01' + (i.id % 600) + (k.n - 1) * 90, 'YYYY-MM-DD'),
			${user.id}, ${user.id},
			timestamptz '2025-01-01 02:00+00' + ((i.id % 600) + (k.n - 1) * 90) * interval '1 day'
		from items i
		join revisions r on r.item_id = i.id
		cross join lateral (select 1 as n union all select 2 where i.id % 5 = 0) k`.execute(db);
	await sql`insert into retirements (item_id, reason, retired_by, retired_at)
		select id, '职能调整', ${user.id}, timestamptz '2026-06-01' + (id % 150) * interval '1 day'
		from items where status = 'retired'`.execute(db);
	const seeded = (performance.now() - t0) / 1000;
	const t1 = performance.now();
	await sql.raw(SCORECARD_FACTS_FROM_BUNDLES).execute(db);
	const extraction = (performance.now() - t1) / 1000;
	log(`facts read from the bundles in ${r1(extraction)} s`);
	await sql`analyze`.execute(db);
	const versions = Number(
		(await sql<{ n: string }>`select count(*) as n from version_scorecard_facts`.execute(db))
			.rows[0].n
	);
	log(`seeded ${ITEMS} items, ${versions} versions in ${r1(seeded)} s`);

	const actor: Actor = {
		id: user.id,
		username: 'bench',
		displayName: 'bench',
		role: 'reviewer',
		departments: [],
		demo: false
	};
	const services = createServices(db);
	const query = await time(() =>
		Promise.all([listScorecardFacts(db), listScorecardRetirements(db)])
	);
	const [facts, retirements] = query.value;
	log(`facts query: ${query.ms} ms`);
	const today = new Date().toISOString().slice(0, 10);
	const compute = await time(() => scorecard({ versions: facts, retirements }, { today }));
	// reference work in the same run: one copy of the facts through JSON, what any reader of 12,000
	// rows pays; the ratio is steadier than either figure on a shared machine
	const reference = await time(() => JSON.parse(JSON.stringify(facts)) as unknown);
	log(`computation: ${compute.ms} ms`);
	const whole = await time(() => services.scorecard.scorecard(actor, {}));
	const one = await time(() => services.scorecard.scorecard(actor, { department: 'd7' }));
	const csv = await time(() => services.scorecard.csv(actor, { table: 'departments' }));
	const card = whole.value;
	console.log(
		JSON.stringify({
			items: ITEMS,
			versions,
			retirements: retirements.length,
			months: card.months.length,
			inForce: card.overall.items,
			extractionSeconds: r1(extraction),
			factsQueryMs: query.ms,
			computeMs: compute.ms,
			scorecardMs: whole.ms,
			departmentMs: one.ms,
			csvMs: csv.ms,
			jsonCopyMs: reference.ms,
			computeVsJsonCopy: Math.round((compute.ms / reference.ms) * 10) / 10,
			queryShare: Math.round((query.ms / whole.ms) * 100) / 100,
			compressionRate: card.overall.timeLimits.compressionRate
		})
	);
} finally {
	await connection.close();
}
