// The public portal API: no sign-in, CORS open, answers cacheable by ETag.
import * as P from '../schemas/portal';
import { ItemCode, VersionNumber, type Endpoint } from './endpoint';

const version = { code: ItemCode, n: VersionNumber };

export const portalEndpoints = {
	portalItems: {
		method: 'GET',
		path: '/portal/items',
		summary: 'Published items in force today',
		tag: 'portal',
		auth: 'public',
		query: P.PortalItemQuery,
		responses: { 200: P.PortalItemPage },
		cached: true
	},
	portalItem: {
		method: 'GET',
		path: '/portal/items/{code}',
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
		method: 'GET',
		path: '/portal/items/{code}/versions',
		summary: 'All versions of an item',
		tag: 'portal',
		auth: 'public',
		params: { code: ItemCode },
		query: P.NoQuery,
		responses: { 200: P.PortalVersionList },
		cached: true
	},
	portalVersion: {
		method: 'GET',
		path: '/portal/items/{code}/versions/{n}',
		summary: 'One immutable version: the bundle bytes as published',
		tag: 'portal',
		auth: 'public',
		params: version,
		query: P.NoQuery,
		responses: { 200: P.Bundle },
		cached: true
	},
	portalSchema: {
		method: 'GET',
		path: '/portal/items/{code}/versions/{n}/schema.json',
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
		method: 'GET',
		path: '/portal/items/{code}/versions/{n}/validator.js',
		summary: 'Precompiled validators of a version as an ES module (runs under a CSP without eval)',
		tag: 'portal',
		auth: 'public',
		params: version,
		query: P.NoQuery,
		responses: { 200: P.ValidatorModule },
		mediaType: 'text/javascript',
		cached: true
	},
	portalChanges: {
		method: 'GET',
		path: '/portal/changes',
		summary: 'Feed of published and retired events after a cursor',
		tag: 'portal',
		auth: 'public',
		query: P.ChangesQuery,
		responses: { 200: P.Changes },
		cached: true
	},
	portalCalendar: {
		method: 'GET',
		path: '/portal/calendar',
		summary: 'The holiday calendar override in force (null: built-in schedule)',
		tag: 'portal',
		auth: 'public',
		query: P.NoQuery,
		responses: { 200: P.PortalCalendar },
		cached: true
	},
	openapi: {
		method: 'GET',
		path: '/openapi.json',
		summary: 'This document',
		tag: 'portal',
		auth: 'public',
		responses: { 200: P.OpenApiDocument },
		cached: true
	}
} as const satisfies Record<string, Endpoint>;
