// The public read-only portal API and the document itself.
import {
	problem,
	ref,
	jsonBody,
	query,
	code,
	versionN,
	paging,
	cached,
	op,
	pathParam
} from './helpers';

const kitModule = {
	type: 'object',
	required: ['name', 'version', 'file', 'latest', 'url', 'latestUrl', 'sha256', 'integrity'],
	properties: {
		name: { type: 'string' },
		version: { type: 'integer', description: 'interface version; bumped when an export changes' },
		file: { type: 'string', description: 'content-hashed file name (immutable)' },
		latest: { type: 'string', description: '<name>.v<version>.js, the newest build' },
		url: { type: 'string' },
		latestUrl: { type: 'string' },
		sha256: { type: 'string' },
		integrity: { type: 'string', description: 'Subresource Integrity (sha384-…)' },
		bytes: { type: 'integer' },
		gzipBytes: { type: 'integer' },
		peerDependencies: { type: 'object', additionalProperties: { type: 'string' } }
	}
};

export const portalPaths = {
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
	'/portal/interop': {
		get: op('Where the rjsf interop kit modules are (formats, file field)', ['portal'], {
			security: [],
			responses: {
				200: {
					...jsonBody({
						type: 'object',
						required: ['formats', 'fileField'],
						properties: { formats: kitModule, fileField: kitModule }
					}),
					headers: cached
				},
				304: { description: 'Not modified' }
			}
		})
	},
	'/portal/interop/{file}': {
		get: op(
			'A kit module: cn-formats (rjsf customFormats, Ajv addFormat) or rjsf-file-field (React)',
			['portal'],
			{
				security: [],
				parameters: [
					pathParam(
						'file',
						'cn-formats.v1.js / rjsf-file-field.v1.js (newest build, revalidates) or the ' +
							'content-hashed name from /portal/interop (immutable)'
					)
				],
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
};
