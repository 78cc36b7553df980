// Holiday schedules loaded by administrators, one row per upload (the newest for a year is in
// force): the year, its days off and make-up working days as parsed, and the notice text they were
// read from, so what was loaded can always be checked against what was published.
export const name = '004_calendar';

export const up = [
	`create table calendar_years (
		id integer generated always as identity primary key,
		year integer not null check (year between 1900 and 9999),
		holidays jsonb not null,
		workdays jsonb not null,
		notice text not null,
		created_by integer not null references users(id),
		created_at timestamptz not null default now()
	)`,
	`create index calendar_years_year on calendar_years (year, id desc)`
];
