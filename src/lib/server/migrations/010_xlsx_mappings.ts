// Excel column mappings kept for a department (the designer's import): offices re-import the same
// catalogue layout every month, and a colleague or another computer should start from the mapping
// last saved, not from scratch. One row per department and header row; the header row is keyed by
// the SHA-256 of its key (headers in order), since a wide sheet's headers outgrow a btree entry.
export const name = '010_xlsx_mappings';

export const up = [
	`create table xlsx_mappings (
		department_code text not null references departments(code) on delete cascade,
		header_hash text not null check (header_hash ~ '^[0-9a-f]{64}$'),
		headers jsonb not null,
		mapping jsonb not null,
		saved_by integer not null references users(id),
		saved_at timestamptz not null default now(),
		primary key (department_code, header_hash)
	)`
];
