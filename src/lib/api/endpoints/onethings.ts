// 一件事 (one-things): authored, saved, previewed, submitted and published like an item; reviewed
// on the items' review desk (/reviews names its subject's `type`); served on the portal as one
// form with one verdict.
import * as C from '../schemas/admin';
import * as I from '../schemas/items';
import * as O from '../schemas/onethings';
import * as P from '../schemas/portal';
import { ItemCode, VersionNumber, type Endpoint } from './endpoint';
import { routes } from './routes';

const code = { code: ItemCode };

export const oneThingEndpoints = {
	listOneThings: {
		...routes.listOneThings,
		summary: 'List one-things (一件事)',
		tag: 'onethings',
		auth: 'session',
		query: O.OneThingQuery,
		responses: { 200: O.OneThingPage }
	},
	createOneThing: {
		...routes.createOneThing,
		summary: 'Create a one-thing, blank or from a template',
		tag: 'onethings',
		auth: 'session',
		body: O.NewOneThing,
		responses: { 201: O.OneThingDetail }
	},
	oneThingTemplates: {
		...routes.oneThingTemplates,
		summary: 'Starter one-things (templates/onething)',
		tag: 'onethings',
		auth: 'session',
		responses: { 200: O.OneThingTemplateList }
	},
	getOneThing: {
		...routes.getOneThing,
		summary: 'A one-thing: current draft, status, revision, versions and members changed since',
		tag: 'onethings',
		auth: 'session',
		params: code,
		responses: { 200: O.OneThingDetail }
	},
	// The document is stored even with problems (`valid: false`); 409 stale-revision as for items.
	saveOneThingDraft: {
		...routes.saveOneThingDraft,
		summary: 'Save a new revision of a one-thing (optimistic concurrency on baseRevision)',
		tag: 'onethings',
		auth: 'session',
		params: code,
		body: I.Draft,
		responses: { 200: I.Saved }
	},
	previewOneThing: {
		...routes.previewOneThing,
		summary:
			"Compile the given (or saved) document against the members' current published versions",
		tag: 'onethings',
		auth: 'session',
		params: code,
		body: O.PreviewRequest,
		bodyRequired: false,
		responses: { 200: O.OneThingPreview }
	},
	submitOneThing: {
		...routes.submitOneThing,
		summary: 'Submit the current revision for review (its member versions are recorded)',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Submission,
		bodyRequired: false,
		responses: { 201: I.Review }
	},
	// 422 onething-conflicts (extension `conflicts`), 409 onething-members-changed (`members`: a
	// member published anew since the approved review), 422 onething-members-unpublished.
	publishOneThing: {
		...routes.publishOneThing,
		summary: 'Publish the approved revision: resolve pins, compile, store version n+1',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Publication,
		bodyRequired: false,
		responses: { 201: O.OneThingPublished }
	},
	// As an item's 事项取消: the portal's in-force endpoint answers 410 item-retired and the list
	// drops it; its versions stay readable by number; the change feed says `retired`.
	retireOneThing: {
		...routes.retireOneThing,
		summary: 'Retire the one-thing (停止), with a reason',
		tag: 'workflow',
		auth: 'session',
		params: code,
		body: I.Retirement,
		responses: { 200: I.Retired }
	},
	withdrawOneThing: {
		...routes.withdrawOneThing,
		summary: 'Withdraw the pending submission (撤回提交); the one-thing is a draft again',
		tag: 'workflow',
		auth: 'session',
		params: code,
		responses: { 200: O.OneThingDetail }
	},
	oneThingTrail: {
		...routes.oneThingTrail,
		summary: "The one-thing's audit trail, newest first (whoever may read it)",
		tag: 'onethings',
		auth: 'session',
		params: code,
		responses: { 200: C.AuditLog }
	}
} as const satisfies Record<string, Endpoint>;

export const portalOneThingEndpoints = {
	portalOneThings: {
		...routes.portalOneThings,
		summary: 'Published one-things in force today',
		tag: 'portal',
		auth: 'public',
		query: O.PortalOneThingQuery,
		responses: { 200: O.PortalOneThingPage },
		cached: true
	},
	portalOneThing: {
		...routes.portalOneThing,
		summary: 'The one-thing bundle in force now or on ?at= (410 once retired)',
		tag: 'portal',
		auth: 'public',
		params: code,
		query: P.AtQuery,
		responses: { 200: O.OneThingBundleDocument },
		cached: true,
		failures: [410]
	},
	portalOneThingVersion: {
		...routes.portalOneThingVersion,
		summary: 'One immutable version of a one-thing: the bundle bytes as published',
		tag: 'portal',
		auth: 'public',
		params: { code: ItemCode, n: VersionNumber },
		query: P.NoQuery,
		responses: { 200: O.OneThingBundleDocument },
		cached: true
	},
	// 410 item-retired when the one-thing itself is retired; 409 onething-member-retired (extension
	// `members`: code, name, retiredAt, reason, versions) while a member of the version in force is
	// retired, as the portal's own pages refuse to offer an application.
	portalOneThingDecide: {
		...routes.portalOneThingDecide,
		summary:
			'Decide a one-thing submission: one verdict, each member on its slice, one supplement deadline (409 while a member is retired, 410 once retired)',
		tag: 'portal',
		auth: 'public',
		params: code,
		body: P.DecideRequest,
		responses: { 200: O.OneThingDecided },
		failures: [410]
	},
	portalOneThingRetiredMembers: {
		...routes.portalOneThingRetiredMembers,
		summary:
			'Members of the one-thing in force retired since it was published: while any is, no application is offered',
		tag: 'portal',
		auth: 'public',
		params: code,
		query: P.NoQuery,
		responses: { 200: O.PortalOneThingRetiredMembers },
		failures: [410]
	}
} as const satisfies Record<string, Endpoint>;
