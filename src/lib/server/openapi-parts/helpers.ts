// One declared endpoint as an OpenAPI operation: parameters from its path and query declarations,
// the request body, the success answers and the problem answers every endpoint shares.
import type { TSchema } from 'typebox';
import { COMMON_FAILURES, type Endpoint } from '../../api/endpoints';
import { documentSchema, type Json } from './schemas';

export const problem = { $ref: '#/components/responses/Problem' };
export const session = [{ cookie: [] }, { bearer: [] }];
export const cached = {
	ETag: { schema: { type: 'string' }, description: 'strong entity tag' },
	'Cache-Control': { schema: { type: 'string' } }
};

/** A parameter's schema without its description, which the parameter itself carries. */
function parameter(
	name: string,
	where: 'path' | 'query',
	schema: TSchema,
	required: boolean,
	names: Map<TSchema, string>
) {
	const { description, ...rest } = documentSchema(schema, names) as Json;
	return {
		name,
		in: where,
		required,
		...(description !== undefined && { description }),
		schema: rest
	};
}

function parameters(e: Endpoint, names: Map<TSchema, string>) {
	const path = Object.entries(e.params ?? {}).map(([name, s]) =>
		parameter(name, 'path', s, true, names)
	);
	const required = new Set<string>((e.query?.required as string[] | undefined) ?? []);
	const query = Object.entries((e.query?.properties ?? {}) as Record<string, TSchema>).map(
		([name, s]) => parameter(name, 'query', s, required.has(name) && !('default' in s), names)
	);
	return [...path, ...query];
}

function success(e: Endpoint, schema: TSchema | null, names: Map<TSchema, string>) {
	if (schema === null) return { description: 'No content' };
	return {
		description: 'OK',
		...(e.cached && { headers: cached }),
		content: { [e.mediaType ?? 'application/json']: { schema: documentSchema(schema, names) } }
	};
}

export function operation(name: string, e: Endpoint, names: Map<TSchema, string>): Json {
	const params = parameters(e, names);
	const failures = [...COMMON_FAILURES, ...(e.failures ?? [])];
	return {
		operationId: name,
		summary: e.summary,
		tags: [e.tag],
		security: e.auth === 'session' ? session : [],
		...(params.length && { parameters: params }),
		...(e.body && {
			requestBody: {
				required: e.bodyRequired ?? true,
				content: { 'application/json': { schema: documentSchema(e.body, names) } }
			}
		}),
		responses: {
			...Object.fromEntries(failures.map((s) => [s, problem])),
			...Object.fromEntries(
				Object.entries(e.responses).map(([status, s]) => [status, success(e, s, names)])
			),
			...(e.cached && { 304: { description: 'Not modified' } })
		}
	};
}
