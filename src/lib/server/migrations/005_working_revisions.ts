// The editor's day (issue 14): items put away by their editors (archived, hidden from the catalog
// until unarchived), drafts that are stored while still invalid (the document's check is kept with
// the revision, so lists and the submit gate need not re-run it), and review comments an editor marks
// as resolved.
export const name = '005_working_revisions';

export const up = [
	`alter table items add column archived_at timestamptz`,
	`alter table revisions add column valid boolean not null default true`,
	`alter table review_comments add column resolved_at timestamptz`,
	`alter table review_comments add column resolved_by integer references users(id)`,
	`create index items_department_name on items(department_code, name)`
];
