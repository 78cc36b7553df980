// Accounts: usernames unique whatever their case, and sign-in throttling by key (username and client,
// client address) instead of a per-account lockout that let anyone lock out anyone.
export const name = '007_accounts';

export const up = [
	// A database with two names that differ only by case cannot get the index: say which, rather than
	// pick one to rename.
	`do $$
	declare clash text;
	begin
		select string_agg(names, '; ') into clash from (
			select string_agg(username, ', ' order by username) as names
			from users group by lower(username) having count(*) > 1
		) d;
		if clash is not null then
			raise exception 'usernames differ only by case: %; rename or remove one of each before upgrading', clash
				using errcode = 'P0001';
		end if;
	end
	$$`,
	`create unique index users_username_lower on users (lower(username))`,
	// One row per throttled key: 'u:<lower username>|<address>' and 'a:<address>'. `attempts` counts
	// attempts in the window not yet answered by a success; it is raised before the password is checked,
	// in one statement, so parallel guesses cannot all slip under the limit.
	`create table login_throttle (
		key text primary key,
		window_start timestamptz not null,
		attempts integer not null check (attempts >= 0)
	)`,
	`drop table login_attempts`,
	`alter table users drop column failed_logins, drop column locked_until`
];
