// The OpenAPI document lists exactly the endpoints that exist: every +server.ts under /api/v1 and
// each method it exports, and nothing else. It is generated from the declarations in src/lib/api,
// so its schemas are the ones the client is typed by and the server checks with.
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { openapi } from '../../src/lib/server/openapi';

const ROOT = 'src/routes/api/v1';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function routeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return routeFiles(p);
		return e.name === '+server.ts' ? [p] : [];
	});
}

function implemented(): string[] {
	return routeFiles(ROOT).flatMap((file) => {
		const dir = relative(ROOT, file).split(sep).slice(0, -1);
		const path = '/' + dir.map((s) => s.replace(/^\[(.+)\]$/, '{$1}')).join('/');
		const source = readFileSync(file, 'utf8');
		return METHODS.filter((m) =>
			new RegExp(`export\\s+(const|async function|function)\\s+${m}\\b`).test(source)
		).map((m) => `${m} ${path}`);
	});
}

function documented(): string[] {
	return Object.entries(openapi.paths).flatMap(([path, ops]) =>
		Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)
	);
}

describe('OpenAPI document', () => {
	it('describes every endpoint and method, and only those', () => {
		const code = implemented().sort();
		expect(code.length).toBeGreaterThan(25);
		expect(documented().sort()).toEqual(code);
	});

	it('declares its path parameters', () => {
		for (const [path, ops] of Object.entries(openapi.paths)) {
			const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			for (const op of Object.values(ops) as { parameters?: { name: string; in: string }[] }[]) {
				const declared = (op.parameters ?? [])
					.filter((p) => p.in === 'path')
					.map((p) => p.name)
					.sort();
				expect(declared, path).toEqual(names);
			}
		}
	});

	it('points every $ref at a declared component, and each component compiles', () => {
		const refs = [...JSON.stringify(openapi).matchAll(/"\$ref":"#\/components\/(\w+)\/(\w+)"/g)];
		expect(refs.length).toBeGreaterThan(50);
		const components = openapi.components as Record<string, Record<string, unknown>>;
		for (const [, kind, name] of refs)
			expect(components[kind], `${kind}/${name}`).toHaveProperty(name);
		// The schemas resolve their $refs inside the document, as an OpenAPI tool would.
		const ajv = new Ajv2020({ strict: false });
		addFormats(ajv);
		ajv.addSchema({ $id: 'https://banshi.studio/openapi.json', components }, 'doc');
		for (const name of Object.keys(components.schemas))
			expect(ajv.getSchema(`doc#/components/schemas/${name}`), name).toBeTypeOf('function');
		const itemPage = ajv.getSchema('doc#/components/schemas/ItemPage')!;
		expect(itemPage({ items: [], total: 0, limit: 20, page: 1, nextCursor: null })).toBe(true);
		expect(
			itemPage({ items: [{ code: 'x' }], total: 1, limit: 20, page: 1, nextCursor: null })
		).toBe(false);
	});

	it.each(inject('servers'))('is served at /api/v1/openapi.json ($name)', async (server) => {
		const res = await fetch(server.url + '/api/v1/openapi.json');
		expect(res.status).toBe(200);
		const doc = await res.json();
		expect(doc.openapi).toBe('3.1.0');
		expect(doc).toEqual(JSON.parse(JSON.stringify(openapi)));
	});
});
