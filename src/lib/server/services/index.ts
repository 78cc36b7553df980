// The services: the rules of the registry (who may do what, transitions, audit) over the
// repositories in ../db. The API endpoints, the page loads, the command line and the demo seed all
// go through these; none of them touches the database itself.
import type { Kysely } from 'kysely';
import type { Locale } from '../../domain/i18n';
import { loginPolicyFromEnv, type LoginPolicy } from '../auth/policy';
import type { Database } from '../db/schema';
import { AdminService } from './admin';
import { CalendarService } from './calendar';
import type { ServiceContext } from './context';
import { intakeConfigFromEnv, IntakeService, type IntakeConfig } from './intake';
import { ImportService } from './imports';
import { ItemService } from './items';
import { LawService } from './laws';
import { LineageService } from './lineage';
import { OneThingService } from './onethings';
import { OneThingReviewService } from './onething-review';
import { PortalService } from './portal';
import { PublishingService } from './publishing';
import { ReviewDeskService } from './review-desk';
import { ReviewService } from './reviews';
import { RevisionHistoryService } from './revision-history';
import { NationalImportService } from './national-import';
import { ScorecardService } from './scorecard';
import { SessionService } from './session';
import { SettingsService } from './settings';
import { NotificationService } from './notifications';
import { UserService } from './users';
import { XlsxMappingService } from './xlsx-mappings';

export interface Services {
	items: ItemService;
	revisionHistory: RevisionHistoryService;
	onethings: OneThingService;
	/** the review of a one-thing: the published document its changes are shown against */
	onethingReview: OneThingReviewService;
	reviews: ReviewService;
	publishing: PublishingService;
	portal: PortalService;
	admin: AdminService;
	calendar: CalendarService;
	users: UserService;
	session: SessionService;
	reviewDesk: ReviewDeskService;
	settings: SettingsService;
	notifications: NotificationService;
	intake: IntakeService;
	scorecard: ScorecardService;
	imports: ImportService;
	/** the Excel column mappings each department keeps */
	xlsxMappings: XlsxMappingService;
	nationalImport: NationalImportService;
	laws: LawService;
	/** 划转、下放、合并、拆分 */
	lineage: LineageService;
}

export interface ServiceOptions {
	/** the language the domain core writes its own messages in (validation, lint, diffs) */
	locale?: Locale;
	login?: LoginPolicy;
	/** see ServiceContext.strictCalendar; default: BANSHI_CALENDAR_STRICT=1 */
	strictCalendar?: boolean;
	/** where checked applications are handed off; default: BANSHI_INTAKE_URL */
	intake?: IntakeConfig | null;
}

export function createServices(db: Kysely<Database>, opts: ServiceOptions = {}): Services {
	const c: ServiceContext = {
		db,
		locale: opts.locale ?? 'zh-CN',
		login: opts.login ?? loginPolicyFromEnv(),
		strictCalendar: opts.strictCalendar ?? process.env.BANSHI_CALENDAR_STRICT === '1'
	};
	const items = new ItemService(c);
	const calendar = new CalendarService(c);
	const portal = new PortalService(c, calendar);
	const intake = opts.intake === undefined ? intakeConfigFromEnv() : opts.intake;
	const onethings = new OneThingService(c);
	return {
		items,
		revisionHistory: new RevisionHistoryService(c, items),
		onethings,
		onethingReview: new OneThingReviewService(c, onethings),
		reviews: new ReviewService(c, items),
		publishing: new PublishingService(c, items),
		portal,
		admin: new AdminService(c),
		calendar,
		users: new UserService(c),
		session: new SessionService(c),
		reviewDesk: new ReviewDeskService(c, items),
		settings: new SettingsService(c),
		notifications: new NotificationService(c),
		intake: new IntakeService(portal, intake),
		scorecard: new ScorecardService(c),
		imports: new ImportService(c),
		xlsxMappings: new XlsxMappingService(c),
		nationalImport: new NationalImportService(c, items),
		laws: new LawService(c),
		lineage: new LineageService(c, items)
	};
}

export type { ServiceContext };
export type { ItemDetail } from './items';
export type { CommentInput, Decision } from './reviews';
