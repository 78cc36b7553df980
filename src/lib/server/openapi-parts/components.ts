// Security schemes, the shared problem answer and the declared schemas of the OpenAPI document.
import type { TSchema } from 'typebox';
import { componentSchemas } from './schemas';

export function components(names: Map<TSchema, string>) {
	return {
		securitySchemes: {
			cookie: { type: 'apiKey', in: 'cookie', name: 'banshi_session' },
			bearer: { type: 'http', scheme: 'bearer', description: 'token from POST /session' }
		},
		responses: {
			Problem: {
				description: 'Problem details (RFC 9457)',
				content: {
					'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } }
				}
			}
		},
		schemas: componentSchemas(names)
	};
}
