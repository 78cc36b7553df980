// The initial schema. Written as plain SQL so the same text runs on PostgreSQL and PGlite, and so the
// immutability triggers sit next to the tables they protect.
export const name = '001_initial';

export const up = [
	`create table departments (
		code text primary key check (code ~ '^[A-Za-z0-9_-]{1,64}$'),
		name text not null,
		credit_code text unique,
		created_at timestamptz not null default now()
	)`,
	`create table users (
		id integer generated always as identity primary key,
		username text not null unique check (username ~ '^[A-Za-z0-9_.-]{2,64}$'),
		display_name text not null,
		password_hash text not null,
		role text not null check (role in ('editor', 'reviewer', 'admin')),
		disabled boolean not null default false,
		demo boolean not null default false,
		failed_logins integer not null default 0,
		locked_until timestamptz,
		created_at timestamptz not null default now()
	)`,
	`create table user_departments (
		user_id integer not null references users(id) on delete cascade,
		department_code text not null references departments(code),
		primary key (user_id, department_code)
	)`,
	`create table sessions (
		token_hash text primary key,
		user_id integer not null references users(id) on delete cascade,
		created_at timestamptz not null default now(),
		expires_at timestamptz not null
	)`,
	`create index sessions_user on sessions(user_id)`,
	`create table items (
		id integer generated always as identity primary key,
		code text not null unique,
		department_code text not null references departments(code),
		name text not null,
		kind text not null,
		status text not null check (status in ('draft', 'in-review', 'returned', 'approved', 'published', 'retired')),
		current_revision integer not null,
		created_at timestamptz not null default now(),
		updated_at timestamptz not null default now()
	)`,
	`create index items_department on items(department_code)`,
	`create table revisions (
		id integer generated always as identity primary key,
		item_id integer not null references items(id),
		n integer not null check (n >= 1),
		document jsonb not null,
		author_id integer not null references users(id),
		base_revision integer,
		created_at timestamptz not null default now(),
		unique (item_id, n)
	)`,
	`create table review_requests (
		id integer generated always as identity primary key,
		item_id integer not null references items(id),
		revision_id integer not null references revisions(id),
		state text not null check (state in ('pending', 'approved', 'returned', 'withdrawn')),
		submitted_by integer not null references users(id),
		submitted_at timestamptz not null default now(),
		reviewer_id integer references users(id),
		decided_at timestamptz
	)`,
	`create index review_requests_state on review_requests(state, submitted_at)`,
	`create unique index review_requests_one_pending on review_requests(item_id) where state = 'pending'`,
	`create table review_comments (
		id integer generated always as identity primary key,
		review_id integer not null references review_requests(id),
		pointer text,
		text text not null,
		author_id integer not null references users(id),
		created_at timestamptz not null default now()
	)`,
	`create table versions (
		id integer generated always as identity primary key,
		item_id integer not null references items(id),
		n integer not null check (n >= 1),
		revision_id integer not null references revisions(id),
		bundle text not null,
		hash text not null,
		effective_from text not null check (effective_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
		published_by integer not null references users(id),
		approved_by integer not null references users(id),
		published_at timestamptz not null default now(),
		unique (item_id, n),
		check (published_by is not null and approved_by is not null)
	)`,
	`create table retirements (
		id integer generated always as identity primary key,
		item_id integer not null references items(id),
		reason text not null,
		retired_by integer not null references users(id),
		retired_at timestamptz not null default now()
	)`,
	`create table calendar_overrides (
		id integer generated always as identity primary key,
		data jsonb not null,
		created_by integer not null references users(id),
		created_at timestamptz not null default now()
	)`,
	`create table audit_log (
		id integer generated always as identity primary key,
		actor_id integer references users(id),
		actor text not null,
		action text not null,
		subject text not null,
		at timestamptz not null default now(),
		before_hash text,
		after_hash text,
		detail jsonb not null default '{}'::jsonb
	)`,
	`create index audit_log_subject on audit_log(subject, id)`,
	`create table portal_events (
		id integer generated always as identity primary key,
		item_code text not null,
		event text not null check (event in ('published', 'retired')),
		version integer,
		at timestamptz not null default now()
	)`,
	`create table login_attempts (
		ip text primary key,
		window_start timestamptz not null,
		attempts integer not null
	)`,
	// Published versions, retirements, the audit log and the portal feed are records of what happened:
	// the database itself refuses to change them, whatever code or person connects.
	`create function banshi_refuse_change() returns trigger language plpgsql as $$
	begin
		raise exception '% on % is not allowed: the record is immutable', tg_op, tg_table_name
			using errcode = 'P0001';
	end
	$$`,
	...['versions', 'retirements', 'audit_log', 'portal_events'].flatMap((table) => [
		`create trigger ${table}_immutable before update or delete on ${table}
			for each row execute function banshi_refuse_change()`,
		`create trigger ${table}_no_truncate before truncate on ${table}
			for each statement execute function banshi_refuse_change()`
	])
];
