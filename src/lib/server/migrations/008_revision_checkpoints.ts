// Working revisions and checkpoints (issue 14 item 9): an editor's autosaves in one sitting move one
// working revision forward (how many saves it holds and when the last was made), a revision may carry
// the name an editor gave it as a checkpoint, and a restored revision names the one it restores.
// Submissions, decisions and publications mark their revisions through the review and version rows.
export const name = '008_revision_checkpoints';

export const up = [
	`alter table revisions add column saves integer not null default 1 check (saves >= 1)`,
	`alter table revisions add column saved_at timestamptz`,
	`alter table revisions add column label text check (label is null or length(label) between 1 and 80)`,
	`alter table revisions add column restored_from integer check (restored_from >= 1)`,
	`create index review_requests_revision on review_requests(revision_id)`,
	`create index versions_revision on versions(revision_id)`
];
