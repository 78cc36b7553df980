// The OpenAPI 3.1 description of /api/v1. A test compares its paths and methods with the route
// files, so an endpoint cannot be added or removed without this document following.
import {
	problem,
	ref,
	jsonBody,
	pathParam,
	query,
	requestBody,
	code,
	revisionN,
	reviewId,
	paging,
	session,
	op,
	decisionBody
} from './openapi-parts/helpers';
import { ROLES } from '../domain/workflow';
import { components } from './openapi-parts/components';
import { portalPaths } from './openapi-parts/portal-paths';

export const openapi = {
	openapi: '3.1.0',
	info: {
		title: 'Banshi Studio registry API',
		version: '1.0.0',
		description:
			'Editing, review and publishing of service items (事项), and the public read-only portal API. ' +
			'Errors are application/problem+json (RFC 9457); messages are Simplified Chinese unless Accept-Language asks for English.'
	},
	servers: [{ url: '/api/v1' }],
	tags: [
		{ name: 'session' },
		{ name: 'items' },
		{ name: 'workflow' },
		{ name: 'admin' },
		{ name: 'portal', description: 'public, no sign-in, CORS open, cacheable' }
	],
	paths: {
		'/session': {
			post: op('Sign in', ['session'], {
				security: [],
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					required: ['username', 'password'],
					properties: { username: { type: 'string' }, password: { type: 'string' } }
				}),
				responses: {
					201: jsonBody(ref('Session'), 'Signed in; also sets the banshi_session cookie'),
					429: problem
				}
			}),
			delete: op('Sign out', ['session'], {
				security: session,
				responses: { 204: { description: 'Signed out' } }
			})
		},
		'/me': {
			get: op('The signed-in user', ['session'], {
				security: session,
				responses: { 200: jsonBody({ type: 'object', properties: { user: ref('User') } }) }
			})
		},
		'/items': {
			get: op('List items', ['items'], {
				security: session,
				parameters: [
					query('department', 'department code'),
					query('kind', 'item kind'),
					query('status', 'status'),
					query('q', 'text in name or code'),
					...paging
				],
				responses: { 200: jsonBody(ref('ItemPage')) }
			}),
			post: op('Create an item from a template or a document', ['items'], {
				security: session,
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					properties: {
						template: { type: 'string' },
						document: { type: 'object' },
						department: { type: 'string' }
					}
				}),
				responses: { 201: jsonBody(ref('ItemDetail')) }
			})
		},
		'/items/{code}': {
			get: op('An item: current draft, status, revision, latest version', ['items'], {
				security: session,
				parameters: [code],
				responses: { 200: jsonBody(ref('ItemDetail')) }
			})
		},
		'/items/{code}/draft': {
			put: op('Save a new revision (optimistic concurrency on baseRevision)', ['items'], {
				security: session,
				parameters: [code],
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					required: ['baseRevision', 'document'],
					properties: { baseRevision: { type: 'integer' }, document: { type: 'object' } }
				}),
				responses: {
					200: jsonBody({
						type: 'object',
						properties: {
							code: { type: 'string' },
							revision: { type: 'integer' },
							status: { type: 'string' }
						}
					})
				}
			})
		},
		'/items/{code}/revisions': {
			get: op('Revision history', ['items'], {
				security: session,
				parameters: [code],
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		'/items/{code}/revisions/{n}': {
			get: op('One revision with its document', ['items'], {
				security: session,
				parameters: [code, revisionN],
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		'/items/{code}/submit': {
			post: op('Submit the current revision for review', ['workflow'], {
				security: session,
				parameters: [code],
				responses: { 201: jsonBody(ref('Review')) }
			})
		},
		'/items/{code}/publish': {
			post: op('Publish the approved revision as version n+1', ['workflow'], {
				security: session,
				parameters: [code],
				requestBody: requestBody(
					{
						type: 'object',
						additionalProperties: false,
						properties: { effectiveFrom: { type: 'string', format: 'date' } }
					},
					false
				),
				responses: { 201: jsonBody({ type: 'object' }) }
			})
		},
		'/items/{code}/retire': {
			post: op('Retire the item (事项取消)', ['workflow'], {
				security: session,
				parameters: [code],
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					required: ['reason'],
					properties: { reason: { type: 'string' } }
				}),
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		'/reviews': {
			get: op('Review queue, oldest first', ['workflow'], {
				security: session,
				parameters: [query('state', 'pending, approved, returned or withdrawn')],
				responses: {
					200: jsonBody({
						type: 'object',
						properties: { reviews: { type: 'array', items: ref('Review') } }
					})
				}
			})
		},
		'/reviews/{id}': {
			get: op('One review with comments', ['workflow'], {
				security: session,
				parameters: [reviewId],
				responses: { 200: jsonBody(ref('Review')) }
			})
		},
		'/reviews/{id}/approve': {
			post: op('Approve (the approver is never the author)', ['workflow'], {
				security: session,
				parameters: [reviewId],
				requestBody: decisionBody,
				responses: { 200: jsonBody(ref('Review')) }
			})
		},
		'/reviews/{id}/return': {
			post: op('Return with comments', ['workflow'], {
				security: session,
				parameters: [reviewId],
				requestBody: decisionBody,
				responses: { 200: jsonBody(ref('Review')) }
			})
		},
		'/departments': {
			get: op('Departments', ['items'], {
				security: session,
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		'/templates': {
			get: op('Starter templates', ['items'], {
				security: session,
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		'/admin/users': {
			get: op('List users', ['admin'], {
				security: session,
				responses: {
					200: jsonBody({
						type: 'object',
						properties: { users: { type: 'array', items: ref('User') } }
					})
				}
			}),
			post: op('Create a user', ['admin'], {
				security: session,
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					required: ['username', 'password', 'role'],
					properties: {
						username: { type: 'string' },
						password: { type: 'string', minLength: 8 },
						role: { enum: ROLES },
						departments: { type: 'array', items: { type: 'string' } },
						displayName: { type: 'string' }
					}
				}),
				responses: { 201: jsonBody(ref('User')) }
			})
		},
		'/admin/users/{id}': {
			patch: op('Disable or enable a user', ['admin'], {
				security: session,
				parameters: [pathParam('id', 'user id', 'integer')],
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					properties: { disabled: { type: 'boolean' } }
				}),
				responses: { 200: jsonBody(ref('User')) }
			})
		},
		'/admin/departments': {
			get: op('List departments', ['admin'], {
				security: session,
				responses: { 200: jsonBody({ type: 'object' }) }
			}),
			post: op('Create a department', ['admin'], {
				security: session,
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					required: ['code', 'name'],
					properties: {
						code: { type: 'string' },
						name: { type: 'string' },
						creditCode: { type: ['string', 'null'] }
					}
				}),
				responses: { 201: jsonBody(ref('Department')) }
			})
		},
		'/admin/departments/{code}': {
			patch: op('Rename a department or set its credit code', ['admin'], {
				security: session,
				parameters: [pathParam('code', 'department code')],
				requestBody: requestBody({
					type: 'object',
					additionalProperties: false,
					properties: { name: { type: 'string' }, creditCode: { type: ['string', 'null'] } }
				}),
				responses: { 200: jsonBody(ref('Department')) }
			})
		},
		'/admin/calendar': {
			get: op('The working-day calendar override in force', ['admin'], {
				security: session,
				responses: { 200: jsonBody({ type: 'object' }) }
			}),
			put: op('Replace the calendar override (validated before it is stored)', ['admin'], {
				security: session,
				requestBody: requestBody({ type: 'object' }),
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		'/admin/audit': {
			get: op('Audit log, newest first', ['admin'], {
				security: session,
				parameters: [
					query('subject', 'e.g. item:CODE'),
					query('limit', '1–500', { type: 'integer' })
				],
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		...portalPaths
	},
	components
} as const;
