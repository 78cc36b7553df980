// The law registry (issue 16 part 5): laws and regulations that items cite as shared references, the
// amendments and repeals recorded against them, and the drafts a recorded change opened (so the
// review queue can group them and the change can say what it did). A change is recorded once and
// never rewritten; applying it is stamped on it.
export const name = '009_laws';

export const up = [
	`create table laws (
		id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
		title text not null check (length(title) between 1 and 200),
		doc_number text,
		issuer text not null,
		level text not null,
		effective_on text not null,
		repealed_on text,
		articles jsonb not null,
		created_by integer not null references users(id),
		created_at timestamptz not null default now(),
		updated_at timestamptz not null default now()
	)`,
	`create unique index laws_title on laws (title)`,
	`create table law_changes (
		id integer generated always as identity primary key,
		law_id text not null references laws(id),
		kind text not null check (kind in ('amendment', 'repeal')),
		title text not null,
		effective_on text not null,
		change jsonb not null,
		law_before jsonb not null,
		recorded_by integer not null references users(id),
		recorded_at timestamptz not null default now(),
		applied_by integer references users(id),
		applied_at timestamptz
	)`,
	`create index law_changes_law on law_changes (law_id, id)`,
	`create table law_change_drafts (
		change_id integer not null references law_changes(id),
		item_id integer not null references items(id) on delete cascade,
		revision integer not null,
		review_id integer references review_requests(id) on delete set null,
		citations jsonb not null,
		primary key (change_id, item_id)
	)`,
	`create index law_change_drafts_item on law_change_drafts (item_id, revision)`
];
