// Building blocks of the OpenAPI document: shared parameters, responses and the operation shape.
export type Json = Record<string, unknown>;

export const problem = { $ref: '#/components/responses/Problem' };
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const jsonBody = (schema: Json, description = 'OK') => ({
	description,
	content: { 'application/json': { schema } }
});
export const pathParam = (
	name: string,
	description: string,
	type: 'string' | 'integer' = 'string'
) => ({
	name,
	in: 'path',
	required: true,
	description,
	schema: type === 'integer' ? { type: 'integer', minimum: 1 } : { type: 'string' }
});
export const query = (name: string, description: string, schema: Json = { type: 'string' }) => ({
	name,
	in: 'query',
	required: false,
	description,
	schema
});
export const requestBody = (schema: Json, required = true) => ({
	required,
	content: { 'application/json': { schema } }
});

export const code = pathParam('code', '事项编码 item code');
export const revisionN = pathParam('n', 'revision number', 'integer');
export const versionN = pathParam('n', 'version number', 'integer');
export const reviewId = pathParam('id', 'review id', 'integer');
export const paging = [
	query('limit', 'page size (1–100, default 20)', { type: 'integer', minimum: 1, maximum: 100 }),
	query('page', '1-based page number', { type: 'integer', minimum: 1 }),
	query('cursor', 'opaque cursor from nextCursor (instead of page)')
];
export const errors = {
	400: problem,
	401: problem,
	403: problem,
	404: problem,
	409: problem,
	413: problem,
	415: problem,
	422: problem
};
export const session = [{ cookie: [] }, { bearer: [] }];
export const cached = {
	ETag: { schema: { type: 'string' }, description: 'strong entity tag' },
	'Cache-Control': { schema: { type: 'string' } }
};

export function op(summary: string, tags: string[], extra: Json = {}): Json {
	return {
		summary,
		tags,
		...extra,
		responses: { ...errors, ...((extra.responses as Json) ?? {}) }
	};
}

export const decisionBody = requestBody(
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
