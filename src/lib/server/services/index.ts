// The services: the rules of the registry (who may do what, transitions, audit) over the
// repositories in ../db. The API endpoints, the page loads, the command line and the demo seed all
// go through these; none of them touches the database itself.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { loginPolicyFromEnv, type LoginPolicy } from '../auth/policy';
import type { Database } from '../db/schema';
import { AdminService } from './admin';
import type { ServiceContext } from './context';
import { intakeConfigFromEnv, IntakeService, type IntakeConfig } from './intake';
import { ItemService } from './items';
import { PortalService } from './portal';
import { PublishingService } from './publishing';
import { ReviewDeskService } from './review-desk';
import { ReviewService } from './reviews';
import { SessionService } from './session';
import { UserService } from './users';

export interface Services {
	items: ItemService;
	reviews: ReviewService;
	publishing: PublishingService;
	portal: PortalService;
	admin: AdminService;
	users: UserService;
	session: SessionService;
	reviewDesk: ReviewDeskService;
	intake: IntakeService;
}

export interface ServiceOptions {
	/** the language the domain core writes its own messages in (validation, lint, diffs) */
	locale?: Locale;
	login?: LoginPolicy;
	/** where checked applications are handed off; default: BANSHI_INTAKE_URL */
	intake?: IntakeConfig | null;
}

export function createServices(db: Kysely<Database>, opts: ServiceOptions = {}): Services {
	const c: ServiceContext = {
		db,
		locale: opts.locale ?? 'zh-CN',
		login: opts.login ?? loginPolicyFromEnv()
	};
	const items = new ItemService(c);
	const portal = new PortalService(c);
	const intake = opts.intake === undefined ? intakeConfigFromEnv() : opts.intake;
	return {
		items,
		reviews: new ReviewService(c, items),
		publishing: new PublishingService(c, items),
		portal,
		admin: new AdminService(c),
		users: new UserService(c),
		session: new SessionService(c),
		reviewDesk: new ReviewDeskService(c, items),
		intake: new IntakeService(portal, intake)
	};
}

export type { ServiceContext };
export type { ItemDetail } from './items';
export type { CommentInput, Decision } from './reviews';
