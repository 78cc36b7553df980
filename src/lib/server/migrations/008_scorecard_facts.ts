// The reduction scorecard (issue 16, part 4) reads every published version of the catalogue at
// once. Parsing 10,000 bundles per request would dominate it, so the few numbers it needs are read
// from each bundle once, when the version is published, and kept beside it (like 002's facts). The
// definitions of the figures are the domain's (src/lib/domain/scorecard); this only extracts.
export const name = '008_scorecard_facts';

/** The scorecard facts of the versions the appended `where` selects (on `v`), from their bundles. */
export const SCORECARD_FACTS_FROM_BUNDLES = `insert into version_scorecard_facts (version_id,
		materials, shared_exempt, tolerable, legal_value, legal_unit, promised_value, promised_unit,
		case_type, risk_class, visits, online_depth, tolerance_allowed, base_code, base_version)
	select v.id,
		coalesce(jsonb_array_length(b.j -> 'materials'), 0),
		(select count(*)::integer from jsonb_array_elements(coalesce(b.j -> 'materials', '[]'::jsonb)) m
			where m ->> 'sharedExempt' = 'true'),
		(select count(*)::integer from jsonb_array_elements(coalesce(b.j -> 'materials', '[]'::jsonb)) m
			where m ->> 'necessity' = 'tolerable'),
		coalesce((b.j -> 'guide' -> 'legalTimeLimit' ->> 'value')::float8, 0),
		coalesce(b.j -> 'guide' -> 'legalTimeLimit' ->> 'unit', 'workday'),
		coalesce((b.j -> 'guide' -> 'promisedTimeLimit' ->> 'value')::float8, 0),
		coalesce(b.j -> 'guide' -> 'promisedTimeLimit' ->> 'unit', 'workday'),
		coalesce(b.j ->> 'caseType', 'promised'),
		coalesce(b.j ->> 'riskClass', 'control'),
		coalesce((b.j -> 'guide' ->> 'visits')::integer, 0),
		case when b.j -> 'guide' -> 'online' ->> 'available' = 'true'
			then coalesce((b.j -> 'guide' -> 'online' ->> 'depth')::integer, 0) else 0 end,
		coalesce(b.j -> 'tolerance' ->> 'allowed', 'false') = 'true',
		b.j -> 'base' ->> 'code',
		(b.j -> 'base' ->> 'version')::integer
	from versions v cross join lateral (select v.bundle::jsonb as j) b`;

export const up = [
	`create table version_scorecard_facts (
		version_id integer primary key references versions(id),
		materials integer not null,
		shared_exempt integer not null,
		tolerable integer not null,
		legal_value double precision not null,
		legal_unit text not null,
		promised_value double precision not null,
		promised_unit text not null,
		case_type text not null,
		risk_class text not null,
		visits integer not null,
		online_depth integer not null,
		tolerance_allowed boolean not null,
		base_code text,
		base_version integer
	)`,
	SCORECARD_FACTS_FROM_BUNDLES,
	`create trigger version_scorecard_facts_immutable before update or delete on version_scorecard_facts
		for each row execute function banshi_refuse_change()`,
	`create trigger version_scorecard_facts_no_truncate before truncate on version_scorecard_facts
		for each statement execute function banshi_refuse_change()`
];
