// The public portal API: no sign-in, CORS open, answers cacheable by ETag.
import Type from 'typebox';
import * as P from '../schemas/portal';
import { ItemCode, VersionNumber, type Endpoint } from './endpoint';
import { routes } from './routes';

const version = { code: ItemCode, n: VersionNumber };

export const portalEndpoints = {
	portalItems: {
		...routes.portalItems,
		summary: 'Published items in force today',
		tag: 'portal',
		auth: 'public',
		query: P.PortalItemQuery,
		responses: { 200: P.PortalItemPage },
		cached: true
	},
	portalItem: {
		...routes.portalItem,
		summary: 'The bundle in force now or on ?at=',
		tag: 'portal',
		auth: 'public',
		params: { code: ItemCode },
		query: P.AtQuery,
		responses: { 200: P.Bundle },
		cached: true,
		failures: [410]
	},
	portalVersions: {
		...routes.portalVersions,
		summary: 'All versions of an item',
		tag: 'portal',
		auth: 'public',
		params: { code: ItemCode },
		query: P.NoQuery,
		responses: { 200: P.PortalVersionList },
		cached: true
	},
	portalVersion: {
		...routes.portalVersion,
		summary: 'One immutable version: the bundle bytes as published',
		tag: 'portal',
		auth: 'public',
		params: version,
		query: P.NoQuery,
		responses: { 200: P.Bundle },
		cached: true
	},
	portalSchema: {
		...routes.portalSchema,
		summary: 'The application form schema alone (JSON Schema 2020-12)',
		tag: 'portal',
		auth: 'public',
		params: version,
		query: P.NoQuery,
		responses: { 200: P.ApplicationSchema },
		mediaType: 'application/schema+json',
		cached: true
	},
	portalValidator: {
		...routes.portalValidator,
		summary:
			'Precompiled validators of a version as an ES module (runs under a CSP without eval), stored when the version was published',
		tag: 'portal',
		auth: 'public',
		params: version,
		query: P.NoQuery,
		responses: { 200: P.ValidatorModule },
		mediaType: 'text/javascript',
		cached: true
	},
	portalInterop: {
		...routes.portalInterop,
		summary: 'Where the rjsf interop kit modules are (formats, file field)',
		tag: 'portal',
		auth: 'public',
		query: P.NoQuery,
		responses: { 200: P.InteropManifest },
		cached: true
	},
	portalInteropModule: {
		...routes.portalInteropModule,
		summary: 'A module of the rjsf interop kit (immutable under its hashed name)',
		tag: 'portal',
		auth: 'public',
		params: {
			file: Type.String({
				description:
					'cn-formats.v1.js / rjsf-file-field.v1.js (newest build) or a content-hashed name from /portal/interop'
			})
		},
		query: P.NoQuery,
		responses: { 200: P.InteropModule },
		mediaType: 'text/javascript',
		cached: true
	},
	portalChanges: {
		...routes.portalChanges,
		summary: 'Feed of published and retired events after a cursor',
		tag: 'portal',
		auth: 'public',
		query: P.ChangesQuery,
		responses: { 200: P.Changes },
		cached: true
	},
	portalCalendar: {
		...routes.portalCalendar,
		summary: 'The holiday calendar override in force (null: built-in schedule)',
		tag: 'portal',
		auth: 'public',
		query: P.NoQuery,
		responses: { 200: P.PortalCalendar },
		cached: true
	},
	portalIntake: {
		...routes.portalIntake,
		summary:
			'Hand a checked application to the agency intake system configured by BANSHI_INTAKE_URL; answers its receipt number',
		tag: 'portal',
		auth: 'public',
		params: version,
		body: P.IntakeRequest,
		responses: { 200: P.IntakeReceipt },
		failures: [502]
	},
	openapi: {
		...routes.openapi,
		summary: 'This document',
		tag: 'portal',
		auth: 'public',
		responses: { 200: P.OpenApiDocument },
		cached: true
	}
} as const satisfies Record<string, Endpoint>;
