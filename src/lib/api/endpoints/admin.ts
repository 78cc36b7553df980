// Administration: accounts, departments, the working-day calendar and the audit log.
import Type from 'typebox';
import * as A from '../schemas/accounts';
import * as C from '../schemas/admin';
import * as L from '../schemas/laws';
import * as SC from '../schemas/scorecard';
import * as S from '../schemas/settings';
import { DepartmentCode, UserId, type Endpoint } from './endpoint';
import { routes } from './routes';

export const adminEndpoints = {
	listUsers: {
		...routes.listUsers,
		summary: 'List users',
		tag: 'admin',
		auth: 'session',
		responses: { 200: A.UserList }
	},
	createUser: {
		...routes.createUser,
		summary: 'Create a user',
		tag: 'admin',
		auth: 'session',
		body: A.NewUser,
		responses: { 201: A.User }
	},
	changeUser: {
		...routes.changeUser,
		summary: 'Disable or enable a user',
		tag: 'admin',
		auth: 'session',
		params: { id: UserId },
		body: A.UserChange,
		responses: { 200: A.User }
	},
	listDepartments: {
		...routes.listDepartments,
		summary: 'List departments',
		tag: 'admin',
		auth: 'session',
		responses: { 200: A.DepartmentList }
	},
	createDepartment: {
		...routes.createDepartment,
		summary: 'Create a department',
		tag: 'admin',
		auth: 'session',
		body: A.NewDepartment,
		responses: { 201: A.Department }
	},
	changeDepartment: {
		...routes.changeDepartment,
		summary: 'Rename a department or set its credit code',
		tag: 'admin',
		auth: 'session',
		params: { code: DepartmentCode },
		body: A.DepartmentChange,
		responses: { 200: A.Department }
	},
	getCalendar: {
		...routes.getCalendar,
		summary: 'The working-day calendar override in force',
		tag: 'admin',
		auth: 'session',
		responses: { 200: C.CalendarState }
	},
	putCalendar: {
		...routes.putCalendar,
		summary: 'Replace the calendar override (validated before it is stored)',
		tag: 'admin',
		auth: 'session',
		body: C.CalendarData,
		responses: { 200: C.CalendarSaved }
	},
	calendarYears: {
		...routes.calendarYears,
		summary: 'The years the calendar knows and where each comes from',
		tag: 'admin',
		auth: 'session',
		responses: { 200: C.CalendarOverview }
	},
	previewNotice: {
		...routes.previewNotice,
		summary: 'Read a pasted State Council holiday notice (nothing is stored)',
		tag: 'admin',
		auth: 'session',
		body: C.NoticeInput,
		responses: { 200: C.ParsedNotice }
	},
	loadCalendarYear: {
		...routes.loadCalendarYear,
		summary: 'Load a year from the State Council holiday notice (audited)',
		tag: 'admin',
		auth: 'session',
		body: C.NoticeInput,
		responses: { 201: C.LoadedCalendarYear }
	},
	calendarStatus: {
		...routes.calendarStatus,
		summary: 'Whether a holiday schedule staff rely on is missing (the banner)',
		tag: 'admin',
		auth: 'session',
		responses: { 200: C.CalendarStatus }
	},
	audit: {
		...routes.audit,
		summary: 'Audit log, newest first',
		tag: 'admin',
		auth: 'session',
		query: C.AuditQuery,
		responses: { 200: C.AuditLog }
	},
	auditCsv: {
		...routes.auditCsv,
		summary: 'Audit log as CSV (UTF-8 with BOM, times in the deployment time zone), newest first',
		tag: 'admin',
		auth: 'session',
		query: C.AuditExportQuery,
		responses: { 200: Type.String() },
		mediaType: 'text/csv'
	},
	scorecard: {
		...routes.scorecard,
		summary:
			'The reduction scorecard of the catalogue or one department over a period, from published versions',
		tag: 'admin',
		auth: 'session',
		query: SC.ScorecardQuery,
		responses: { 200: SC.Scorecard }
	},
	scorecardCsv: {
		...routes.scorecardCsv,
		summary: 'The reduction scorecard as CSV (UTF-8 with BOM, Chinese headers by default)',
		tag: 'admin',
		auth: 'session',
		query: SC.ScorecardCsvQuery,
		responses: { 200: Type.String() },
		mediaType: 'text/csv'
	},
	listLaws: {
		...routes.listLaws,
		summary: 'The law registry: every registered law with its articles as in force',
		tag: 'admin',
		auth: 'session',
		responses: { 200: L.LawList }
	},
	createLaw: {
		...routes.createLaw,
		summary: 'Register a law or regulation (administrators)',
		tag: 'admin',
		auth: 'session',
		body: L.NewLaw,
		responses: { 201: L.Law }
	},
	getLaw: {
		...routes.getLaw,
		summary:
			'A registered law with its recorded changes: what each touches, or the drafts it opened',
		tag: 'admin',
		auth: 'session',
		params: { id: L.LawId },
		responses: { 200: L.LawDetail }
	},
	recordLawChange: {
		...routes.recordLawChange,
		summary:
			'Record an amendment (amended, renumbered, deleted, added articles) or a repeal; answers the items and articles it affects',
		tag: 'admin',
		auth: 'session',
		params: { id: L.LawId },
		body: L.LawChange,
		responses: { 201: L.LawChangeView }
	},
	applyLawChange: {
		...routes.applyLawChange,
		summary:
			'Open a draft of every affected item with its citations updated or flagged for a decision; published ones go to review together',
		tag: 'admin',
		auth: 'session',
		params: { id: L.LawId, change: Type.Integer({ minimum: 1, description: 'change id' }) },
		body: L.LawChangeApplication,
		bodyRequired: false,
		responses: { 200: L.LawChangeApplied }
	},
	lawCitations: {
		...routes.lawCitations,
		summary: 'Which items cite 《X》 (第 N 条): current revisions of the items the caller may read',
		tag: 'admin',
		auth: 'session',
		query: L.CitationQuery,
		responses: { 200: L.Citations }
	},
	listWebhooks: {
		...routes.listWebhooks,
		summary: 'Webhooks notified of workflow events, with their delivery counts',
		tag: 'admin',
		auth: 'session',
		responses: { 200: C.WebhookList }
	},
	createWebhook: {
		...routes.createWebhook,
		summary: 'Add a webhook; its signing secret is answered once',
		tag: 'admin',
		auth: 'session',
		body: C.NewWebhook,
		responses: { 201: C.WebhookCreated }
	},
	deleteWebhook: {
		...routes.deleteWebhook,
		summary: 'Remove a webhook',
		tag: 'admin',
		auth: 'session',
		params: { id: Type.Integer({ minimum: 1, description: 'webhook id' }) },
		responses: { 204: null }
	},
	getSettings: {
		...routes.getSettings,
		summary:
			'The settings every check uses (lint severities, strict profile, tolerance policy, supplement days, time zone)',
		tag: 'admin',
		auth: 'public',
		responses: { 200: S.SettingsState }
	},
	putSettings: {
		...routes.putSettings,
		summary: 'Store a new settings version (audited); a stale baseVersion answers 409',
		tag: 'admin',
		auth: 'session',
		body: S.SettingsChange,
		maxBodyBytes: 256 * 1024,
		responses: { 200: S.SettingsState }
	},
	settingsHistory: {
		...routes.settingsHistory,
		summary: 'Every settings version, newest first',
		tag: 'admin',
		auth: 'session',
		responses: { 200: S.SettingsHistory }
	},
	settingsImpact: {
		...routes.settingsImpact,
		summary: 'The items proposed settings would newly block from publishing (nothing is stored)',
		tag: 'admin',
		auth: 'session',
		body: S.SettingsProposal,
		maxBodyBytes: 256 * 1024,
		responses: { 200: S.SettingsImpact }
	}
} as const satisfies Record<string, Endpoint>;
