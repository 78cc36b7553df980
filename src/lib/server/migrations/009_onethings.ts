// 一件事 (one-things) share the items' tables and so their one workflow: a one-thing is a row of
// `items` with document_type 'onething' (same code namespace, same status, row lock, revisions with
// optimistic concurrency, reviews, versions, audit and notifications). Everything that reads item
// documents (catalog, lint, scorecard, exports, handbook, portal items) selects document_type 'item'.
//
// onething_members records which published version of each member a one-thing was submitted with
// (review_id) and compiled into (version_id): a member that publishes another version makes the
// one-thing stale until it is re-reviewed and re-published. The portal feed names what each event
// is about.
export const name = '009_onethings';

export const up = [
	`alter table items add column document_type text not null default 'item'
		check (document_type in ('item', 'onething'))`,
	`create index items_document_type on items(document_type, code)`,
	`create table onething_members (
		id integer generated always as identity primary key,
		onething_id integer not null references items(id),
		review_id integer references review_requests(id),
		version_id integer references versions(id),
		position integer not null check (position >= 0),
		member_code text not null,
		pin text not null check (pin = 'latest' or pin ~ '^[1-9][0-9]{0,8}$'),
		member_version integer not null check (member_version >= 1),
		member_hash text not null,
		check ((review_id is null) <> (version_id is null))
	)`,
	`create index onething_members_member on onething_members(member_code)`,
	`create index onething_members_review on onething_members(review_id) where review_id is not null`,
	`create index onething_members_version on onething_members(version_id) where version_id is not null`,
	// what a published version was compiled from is a record like the version itself
	`create trigger onething_members_immutable before update on onething_members
		for each row execute function banshi_refuse_change()`,
	`alter table portal_events add column document_type text not null default 'item'
		check (document_type in ('item', 'onething'))`
];
