import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import type { LoginPolicy } from '../auth/policy';
import type { Database } from '../db/schema';

/** What every service works with. */
export interface ServiceContext {
	db: Kysely<Database>;
	/**
	 * The language of the messages the domain core writes as it checks (validation problems, lint
	 * findings, diffs); the services' own errors are keys, rendered later.
	 */
	locale: Locale;
	login: LoginPolicy;
	/**
	 * refuse a deadline in a year without a loaded holiday schedule instead of counting it on
	 * weekends only (BANSHI_CALENDAR_STRICT=1)
	 */
	strictCalendar?: boolean;
}
