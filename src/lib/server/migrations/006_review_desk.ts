// The review desk and the province's own rules: reviewers' comment drafts (kept until the decision),
// in-app notifications and their optional webhook delivery, versioned settings, and the 效能监察
// (inspector) role that reads the audit log.
export const name = '006_review_desk';

export const up = [
	`create table review_comment_drafts (
		review_id integer not null references review_requests(id),
		author_id integer not null references users(id),
		pointer text not null,
		about text not null default '',
		text text not null,
		updated_at timestamptz not null default now(),
		primary key (review_id, author_id, pointer)
	)`,
	`create table notifications (
		id integer generated always as identity primary key,
		user_id integer not null references users(id) on delete cascade,
		kind text not null check (kind in ('review-waiting', 'review-returned', 'review-approved', 'published')),
		item_code text not null,
		item_name text not null,
		review_id integer references review_requests(id),
		actor text not null,
		created_at timestamptz not null default now(),
		read_at timestamptz
	)`,
	`create index notifications_user on notifications(user_id, read_at, id)`,
	`create table webhooks (
		id integer generated always as identity primary key,
		url text not null check (url ~ '^https?://'),
		secret text not null,
		enabled boolean not null default true,
		created_by integer not null references users(id),
		created_at timestamptz not null default now()
	)`,
	`create table webhook_deliveries (
		id integer generated always as identity primary key,
		webhook_id integer not null references webhooks(id) on delete cascade,
		event text not null,
		payload text not null,
		attempts integer not null default 0,
		state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
		last_error text,
		next_attempt_at timestamptz not null default now(),
		created_at timestamptz not null default now(),
		delivered_at timestamptz
	)`,
	`create index webhook_deliveries_due on webhook_deliveries(state, next_attempt_at)`,
	`create table settings_versions (
		n integer primary key check (n >= 1),
		data jsonb not null,
		created_by integer not null references users(id),
		created_at timestamptz not null default now()
	)`,
	`alter table users drop constraint users_role_check`,
	`alter table users add constraint users_role_check
		check (role in ('editor', 'reviewer', 'admin', 'inspector'))`
];
