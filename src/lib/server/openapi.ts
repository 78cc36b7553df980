// The OpenAPI 3.1 description of /api/v1. A test compares its paths and methods with the route
// files, so an endpoint cannot be added or removed without this document following.
type Json = Record<string, unknown>;

const problem = { $ref: '#/components/responses/Problem' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (schema: Json, description = 'OK') => ({
	description,
	content: { 'application/json': { schema } }
});
const pathParam = (name: string, description: string, type: 'string' | 'integer' = 'string') => ({
	name,
	in: 'path',
	required: true,
	description,
	schema: type === 'integer' ? { type: 'integer', minimum: 1 } : { type: 'string' }
});
const query = (name: string, description: string, schema: Json = { type: 'string' }) => ({
	name,
	in: 'query',
	required: false,
	description,
	schema
});
const requestBody = (schema: Json, required = true) => ({
	required,
	content: { 'application/json': { schema } }
});

const code = pathParam('code', '事项编码 item code');
const revisionN = pathParam('n', 'revision number', 'integer');
const versionN = pathParam('n', 'version number', 'integer');
const reviewId = pathParam('id', 'review id', 'integer');
const paging = [
	query('limit', 'page size (1–100, default 20)', { type: 'integer', minimum: 1, maximum: 100 }),
	query('page', '1-based page number', { type: 'integer', minimum: 1 }),
	query('cursor', 'opaque cursor from nextCursor (instead of page)')
];
const errors = {
	400: problem,
	401: problem,
	403: problem,
	404: problem,
	409: problem,
	413: problem,
	415: problem,
	422: problem
};
const session = [{ cookie: [] }, { bearer: [] }];
const cached = {
	ETag: { schema: { type: 'string' }, description: 'strong entity tag' },
	'Cache-Control': { schema: { type: 'string' } }
};

function op(summary: string, tags: string[], extra: Json = {}): Json {
	return {
		summary,
		tags,
		...extra,
		responses: { ...errors, ...((extra.responses as Json) ?? {}) }
	};
}

const decisionBody = requestBody(
	{
		type: 'object',
		additionalProperties: false,
		properties: {
			comments: {
				type: 'array',
				items: {
					type: 'object',
					additionalProperties: false,
					required: ['text'],
					properties: {
						pointer: { type: ['string', 'null'], description: 'JSON pointer into the item' },
						text: { type: 'string' }
					}
				}
			}
		}
	},
	false
);

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
						role: { enum: ['editor', 'reviewer', 'admin'] },
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
		'/portal/items': {
			get: op('Published items in force today', ['portal'], {
				security: [],
				parameters: [
					query('q', 'text in name, code or department'),
					query('department', 'department code'),
					query('kind', 'item kind'),
					...paging
				],
				responses: {
					200: { ...jsonBody({ type: 'object' }), headers: cached },
					304: { description: 'Not modified' }
				}
			})
		},
		'/portal/items/{code}': {
			get: op('The bundle in force now or on ?at=', ['portal'], {
				security: [],
				parameters: [code, query('at', 'YYYY-MM-DD', { type: 'string', format: 'date' })],
				responses: {
					200: { ...jsonBody(ref('Bundle')), headers: cached },
					304: { description: 'Not modified' },
					410: problem
				}
			})
		},
		'/portal/items/{code}/versions': {
			get: op('All versions of an item', ['portal'], {
				security: [],
				parameters: [code],
				responses: { 200: { ...jsonBody({ type: 'object' }), headers: cached } }
			})
		},
		'/portal/items/{code}/versions/{n}': {
			get: op('One immutable version: the bundle bytes as published', ['portal'], {
				security: [],
				parameters: [code, versionN],
				responses: {
					200: { ...jsonBody(ref('Bundle')), headers: cached },
					304: { description: 'Not modified' }
				}
			})
		},
		'/portal/items/{code}/versions/{n}/schema.json': {
			get: op('The application form schema alone (JSON Schema 2020-12)', ['portal'], {
				security: [],
				parameters: [code, versionN],
				responses: {
					200: {
						description: 'JSON Schema',
						headers: cached,
						content: { 'application/schema+json': { schema: { type: 'object' } } }
					},
					304: { description: 'Not modified' }
				}
			})
		},
		'/portal/items/{code}/versions/{n}/validator.js': {
			get: op(
				'Precompiled validators of a version as an ES module (runs under a CSP without eval)',
				['portal'],
				{
					security: [],
					parameters: [code, versionN],
					responses: {
						200: {
							description: 'ES module',
							headers: cached,
							content: { 'text/javascript': { schema: { type: 'string' } } }
						},
						304: { description: 'Not modified' }
					}
				}
			)
		},
		'/portal/changes': {
			get: op('Feed of published and retired events after a cursor', ['portal'], {
				security: [],
				parameters: [
					query('since', 'cursor from a previous response', { type: 'integer', minimum: 0 }),
					query('limit', '1–1000', { type: 'integer' })
				],
				responses: { 200: jsonBody(ref('Changes')) }
			})
		},
		'/portal/calendar': {
			get: op('The holiday calendar override in force (null: built-in schedule)', ['portal'], {
				security: [],
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		},
		'/openapi.json': {
			get: op('This document', ['portal'], {
				security: [],
				responses: { 200: jsonBody({ type: 'object' }) }
			})
		}
	},
	components: {
		securitySchemes: {
			cookie: { type: 'apiKey', in: 'cookie', name: 'banshi_session' },
			bearer: { type: 'http', scheme: 'bearer', description: 'token from POST /session' }
		},
		responses: {
			Problem: {
				description: 'Problem details (RFC 9457)',
				content: { 'application/problem+json': { schema: ref('Problem') } }
			}
		},
		schemas: {
			Problem: {
				type: 'object',
				required: ['type', 'title', 'status'],
				properties: {
					type: { type: 'string', format: 'uri' },
					title: { type: 'string' },
					status: { type: 'integer' },
					detail: { type: 'string' },
					instance: { type: 'string' },
					errors: {
						type: 'array',
						items: {
							type: 'object',
							required: ['pointer', 'message'],
							properties: {
								pointer: { type: 'string' },
								message: { type: 'string' },
								code: { type: 'string' }
							}
						}
					}
				}
			},
			User: {
				type: 'object',
				properties: {
					id: { type: 'integer' },
					username: { type: 'string' },
					displayName: { type: 'string' },
					role: { enum: ['editor', 'reviewer', 'admin'] },
					departments: { type: 'array', items: { type: 'string' } },
					demo: { type: 'boolean' }
				}
			},
			Session: {
				type: 'object',
				properties: {
					token: { type: 'string' },
					expiresAt: { type: 'string', format: 'date-time' },
					user: ref('User')
				}
			},
			Department: {
				type: 'object',
				properties: {
					code: { type: 'string' },
					name: { type: 'string' },
					creditCode: { type: ['string', 'null'] }
				}
			},
			ItemSummary: {
				type: 'object',
				properties: {
					code: { type: 'string' },
					name: { type: 'string' },
					kind: { type: 'string' },
					department: { type: 'string' },
					status: ref('Status'),
					revision: { type: 'integer' },
					latestVersion: { type: ['integer', 'null'] }
				}
			},
			ItemPage: {
				type: 'object',
				properties: {
					items: { type: 'array', items: ref('ItemSummary') },
					total: { type: 'integer' },
					limit: { type: 'integer' },
					page: { type: 'integer' },
					nextCursor: { type: ['string', 'null'] }
				}
			},
			ItemDetail: {
				type: 'object',
				properties: {
					code: { type: 'string' },
					name: { type: 'string' },
					status: ref('Status'),
					revision: { type: 'integer' },
					document: { type: 'object' },
					latestVersion: { type: ['object', 'null'] },
					pendingReview: { type: ['integer', 'null'] },
					reviews: { type: 'array', items: ref('Review') }
				}
			},
			Status: {
				enum: ['draft', 'in-review', 'returned', 'approved', 'published', 'scheduled', 'retired']
			},
			Review: {
				type: 'object',
				properties: {
					id: { type: 'integer' },
					item: { type: 'string' },
					revision: { type: 'integer' },
					revisionAuthor: { type: 'string' },
					state: { enum: ['pending', 'approved', 'returned', 'withdrawn'] },
					submittedAt: { type: 'string', format: 'date-time' },
					reviewer: { type: ['string', 'null'] },
					comments: {
						type: 'array',
						items: {
							type: 'object',
							properties: {
								pointer: { type: ['string', 'null'] },
								text: { type: 'string' },
								author: { type: 'string' }
							}
						}
					}
				}
			},
			Bundle: {
				type: 'object',
				description: 'the published bundle (see src/lib/domain/compile/types.ts)',
				required: ['bundleFormat', 'code', 'applicationSchema', 'hash']
			},
			Changes: {
				type: 'object',
				properties: {
					changes: {
						type: 'array',
						items: {
							type: 'object',
							properties: {
								cursor: { type: 'string' },
								code: { type: 'string' },
								event: { enum: ['published', 'retired'] },
								version: { type: ['integer', 'null'] },
								at: { type: 'string' }
							}
						}
					},
					cursor: { type: 'string' },
					hasMore: { type: 'boolean' }
				}
			}
		}
	}
} as const;
