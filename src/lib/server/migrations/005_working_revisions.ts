// The editor's day (issue 14): items put away by their editors (archived, hidden from the catalog
// until unarchived), drafts that are stored while still invalid (whether the document passed the
// item checks is kept with the revision), and a name lookup per department (one live item per name).
export const name = '005_working_revisions';

export const up = [
	`alter table items add column archived_at timestamptz`,
	`alter table revisions add column valid boolean not null default true`,
	`create index items_department_name on items(department_code, name)`
];
