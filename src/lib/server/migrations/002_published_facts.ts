// What the public may search by comes from published versions only (issue 12): the name, kind and
// implementing department of each version, taken from its bundle when it is published and kept
// beside it. The items table follows the draft under edit, so a portal query must never read it for
// anything an applicant sees.
export const name = '002_published_facts';

/** The facts of the versions `where` selects, read from their own bundle bytes. */
export const FACTS_FROM_BUNDLES = `insert into version_facts (version_id, name, kind, department_name)
	select id,
		coalesce(bundle::jsonb ->> 'name', ''),
		coalesce(bundle::jsonb ->> 'kind', ''),
		coalesce(bundle::jsonb -> 'department' ->> 'name', '')
	from versions`;

export const up = [
	`create table version_facts (
		version_id integer primary key references versions(id),
		name text not null,
		kind text not null,
		department_name text not null
	)`,
	`create index version_facts_kind on version_facts(kind)`,
	FACTS_FROM_BUNDLES,
	`create trigger version_facts_immutable before update or delete on version_facts
		for each row execute function banshi_refuse_change()`,
	`create trigger version_facts_no_truncate before truncate on version_facts
		for each statement execute function banshi_refuse_change()`
];
