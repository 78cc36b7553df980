// Security schemes, shared responses and schemas of the OpenAPI document.
import { DISPLAY_STATUSES, REVIEW_STATES, ROLES } from '../../domain/workflow';
import { ref } from './helpers';

export const components = {
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
				role: { enum: ROLES },
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
			enum: DISPLAY_STATUSES
		},
		Review: {
			type: 'object',
			properties: {
				id: { type: 'integer' },
				item: { type: 'string' },
				revision: { type: 'integer' },
				revisionAuthor: { type: 'string' },
				state: { enum: REVIEW_STATES },
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
};
