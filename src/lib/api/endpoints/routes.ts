// Where each endpoint lives: its method and path under /api/v1, with `{name}` for path parameters.
// This is all the browser client needs at run time; the shapes (endpoints/*.ts) reach it as types
// only, so no schema library is shipped to the browser.
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
	method: Method;
	/** under /api/v1, with `{name}` for path parameters (OpenAPI's template syntax) */
	path: string;
}

export const API_BASE = '/api/v1';

export const routes = {
	// studio
	signIn: { method: 'POST', path: '/session' },
	signOut: { method: 'DELETE', path: '/session' },
	me: { method: 'GET', path: '/me' },
	listItems: { method: 'GET', path: '/items' },
	createItem: { method: 'POST', path: '/items' },
	importXlsx: { method: 'POST', path: '/items/import-xlsx' },
	inspectXlsx: { method: 'POST', path: '/items/import-xlsx/columns' },
	getXlsxMapping: { method: 'GET', path: '/items/import-xlsx/mapping' },
	saveXlsxMapping: { method: 'PUT', path: '/items/import-xlsx/mapping' },
	importNational: { method: 'POST', path: '/imports/national' },
	getItem: { method: 'GET', path: '/items/{code}' },
	saveDraft: { method: 'PUT', path: '/items/{code}/draft' },
	listRevisions: { method: 'GET', path: '/items/{code}/revisions' },
	getRevision: { method: 'GET', path: '/items/{code}/revisions/{n}' },
	restoreRevision: { method: 'POST', path: '/items/{code}/revisions/{n}/restore' },
	saveCheckpoint: { method: 'POST', path: '/items/{code}/checkpoints' },
	submit: { method: 'POST', path: '/items/{code}/submit' },
	publish: { method: 'POST', path: '/items/{code}/publish' },
	retire: { method: 'POST', path: '/items/{code}/retire' },
	transferItem: { method: 'POST', path: '/items/{code}/transfer' },
	splitItem: { method: 'POST', path: '/items/{code}/split' },
	mergeItems: { method: 'POST', path: '/items/merge' },
	withdraw: { method: 'POST', path: '/items/{code}/withdraw' },
	archive: { method: 'POST', path: '/items/{code}/archive' },
	unarchive: { method: 'DELETE', path: '/items/{code}/archive' },
	deleteItem: { method: 'DELETE', path: '/items/{code}' },
	listReviews: { method: 'GET', path: '/reviews' },
	getReview: { method: 'GET', path: '/reviews/{id}' },
	approve: { method: 'POST', path: '/reviews/{id}/approve' },
	return: { method: 'POST', path: '/reviews/{id}/return' },
	itemTrail: { method: 'GET', path: '/items/{code}/trail' },
	getCommentDrafts: { method: 'GET', path: '/reviews/{id}/drafts' },
	saveCommentDrafts: { method: 'PUT', path: '/reviews/{id}/drafts' },
	departments: { method: 'GET', path: '/departments' },
	templates: { method: 'GET', path: '/templates' },
	notifications: { method: 'GET', path: '/notifications' },
	// one-things (一件事); their reviews are on /reviews with the items'
	listOneThings: { method: 'GET', path: '/onethings' },
	createOneThing: { method: 'POST', path: '/onethings' },
	oneThingTemplates: { method: 'GET', path: '/onething-templates' },
	getOneThing: { method: 'GET', path: '/onethings/{code}' },
	saveOneThingDraft: { method: 'PUT', path: '/onethings/{code}/draft' },
	previewOneThing: { method: 'POST', path: '/onethings/{code}/preview' },
	submitOneThing: { method: 'POST', path: '/onethings/{code}/submit' },
	publishOneThing: { method: 'POST', path: '/onethings/{code}/publish' },
	retireOneThing: { method: 'POST', path: '/onethings/{code}/retire' },
	withdrawOneThing: { method: 'POST', path: '/onethings/{code}/withdraw' },
	oneThingTrail: { method: 'GET', path: '/onethings/{code}/trail' },
	markNotificationsRead: { method: 'POST', path: '/notifications/read' },
	// administration
	listUsers: { method: 'GET', path: '/admin/users' },
	createUser: { method: 'POST', path: '/admin/users' },
	changeUser: { method: 'PATCH', path: '/admin/users/{id}' },
	listDepartments: { method: 'GET', path: '/admin/departments' },
	createDepartment: { method: 'POST', path: '/admin/departments' },
	changeDepartment: { method: 'PATCH', path: '/admin/departments/{code}' },
	getCalendar: { method: 'GET', path: '/admin/calendar' },
	putCalendar: { method: 'PUT', path: '/admin/calendar' },
	calendarYears: { method: 'GET', path: '/admin/calendar/years' },
	previewNotice: { method: 'POST', path: '/admin/calendar/notice' },
	loadCalendarYear: { method: 'POST', path: '/admin/calendar/years' },
	calendarStatus: { method: 'GET', path: '/calendar/status' },
	audit: { method: 'GET', path: '/admin/audit' },
	auditCsv: { method: 'GET', path: '/admin/audit.csv' },
	listWebhooks: { method: 'GET', path: '/admin/webhooks' },
	createWebhook: { method: 'POST', path: '/admin/webhooks' },
	deleteWebhook: { method: 'DELETE', path: '/admin/webhooks/{id}' },
	getSettings: { method: 'GET', path: '/settings' },
	putSettings: { method: 'PUT', path: '/admin/settings' },
	settingsHistory: { method: 'GET', path: '/admin/settings/versions' },
	settingsImpact: { method: 'POST', path: '/admin/settings/impact' },
	scorecard: { method: 'GET', path: '/scorecard' },
	scorecardCsv: { method: 'GET', path: '/scorecard.csv' },
	listLaws: { method: 'GET', path: '/laws' },
	createLaw: { method: 'POST', path: '/laws' },
	getLaw: { method: 'GET', path: '/laws/{id}' },
	recordLawChange: { method: 'POST', path: '/laws/{id}/changes' },
	applyLawChange: { method: 'POST', path: '/laws/{id}/changes/{change}/apply' },
	lawCitations: { method: 'GET', path: '/citations' },
	// portal
	portalItems: { method: 'GET', path: '/portal/items' },
	portalItem: { method: 'GET', path: '/portal/items/{code}' },
	portalVersions: { method: 'GET', path: '/portal/items/{code}/versions' },
	portalVersion: { method: 'GET', path: '/portal/items/{code}/versions/{n}' },
	portalSchema: { method: 'GET', path: '/portal/items/{code}/versions/{n}/schema.json' },
	portalValidator: { method: 'GET', path: '/portal/items/{code}/versions/{n}/validator.js' },
	portalInterop: { method: 'GET', path: '/portal/interop' },
	portalInteropModule: { method: 'GET', path: '/portal/interop/{file}' },
	portalChanges: { method: 'GET', path: '/portal/changes' },
	portalCalendar: { method: 'GET', path: '/portal/calendar' },
	portalDecide: { method: 'POST', path: '/portal/items/{code}/decide' },
	portalIntake: { method: 'POST', path: '/portal/items/{code}/versions/{n}/intake' },
	portalOneThings: { method: 'GET', path: '/portal/onethings' },
	portalOneThing: { method: 'GET', path: '/portal/onethings/{code}' },
	portalOneThingVersion: { method: 'GET', path: '/portal/onethings/{code}/versions/{n}' },
	portalOneThingDecide: { method: 'POST', path: '/portal/onethings/{code}/decide' },
	portalOneThingRetiredMembers: { method: 'GET', path: '/portal/onethings/{code}/retired-members' },
	openapi: { method: 'GET', path: '/openapi.json' }
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof routes;

/** The path of an endpoint with its parameters filled in (each encoded as one path segment). */
export function pathOf(route: Route, params: Record<string, string | number> = {}): string {
	return (
		API_BASE +
		route.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])))
	);
}
