// The domain core's fences are enforced by lint, not hope: a domain module that imports Svelte,
// SvelteKit, server code, storage or Node's I/O, or touches the DOM or the network, fails
// `npm run lint`. Each snippet is linted as if it were the named file, with the project's own config.
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const FENCES = new Set([
	'no-restricted-imports',
	'no-restricted-globals',
	'banshi/domain-stays-inside'
]);

let eslint: ESLint;
beforeAll(() => {
	// The snippets are not files of the TypeScript project, so the type-aware rules (which need
	// it) are off for them; every other rule, the fences included, is the project's own config.
	eslint = new ESLint({
		cwd: process.cwd(),
		overrideConfig: {
			files: ['**/fence-fixture*'],
			languageOptions: { parserOptions: { projectService: false } },
			rules: {
				'@typescript-eslint/no-floating-promises': 'off',
				'@typescript-eslint/no-misused-promises': 'off'
			}
		}
	});
});

async function fenceErrors(code: string, filePath: string): Promise<Linter.LintMessage[]> {
	const [result] = await eslint.lintText(code, { filePath });
	expect(result.messages.filter((m) => m.fatal)).toEqual([]);
	return result.messages.filter((m) => m.ruleId !== null && FENCES.has(m.ruleId));
}

const IN_DOMAIN = 'src/lib/domain/workflow/fence-fixture.ts';

describe('the domain core may not reach outside itself', () => {
	it.each([
		["import { mount } from 'svelte';", 'Svelte'],
		["import { writable } from 'svelte/store';", 'a Svelte store'],
		["import Button from '../../components/ui/button/Button.svelte';", 'a component'],
		["import { goto } from '$app/navigation';", 'SvelteKit'],
		["import { env } from '$env/dynamic/private';", 'the environment'],
		["import { connect } from '$lib/server/db/connect';", 'the server by alias'],
		["import { AppError } from '../../server/errors';", 'the server by path'],
		["export { api } from '../../api/client';", 'the API client, re-exported'],
		["import { uiMessages } from '../../i18n';", "the UI's catalogs (not the domain's i18n)"],
		["import Dexie from 'dexie';", 'Dexie'],
		["import pg from 'pg';", 'pg'],
		["import { PGlite } from '@electric-sql/pglite';", 'PGlite'],
		["import { readFileSync } from 'node:fs';", 'node:fs'],
		["import { join } from 'path';", 'path']
	])('refuses %s (%s)', async (code) => {
		const errors = await fenceErrors(`${code}\n`, IN_DOMAIN);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors[0].severity).toBe(2);
		expect(errors[0].message).toMatch(/domain/);
	});

	it.each([
		['window.scrollTo(0, 0);', 'window'],
		['export const title = document.title;', 'document'],
		["export const saved = localStorage.getItem('draft');", 'localStorage'],
		['export const lang = navigator.language;', 'navigator'],
		["export const answer = fetch('/api/v1/me');", 'fetch']
	])('refuses the global %s', async (code, name) => {
		const errors = await fenceErrors(`${code}\n`, IN_DOMAIN);
		expect(errors.map((e) => e.ruleId)).toEqual(['no-restricted-globals']);
		expect(errors[0].message).toContain(name);
	});

	it.each([
		["import { translator } from '../i18n';\nexport const t = translator;\n", 'its own i18n'],
		["import { can } from './can';\nexport { can };\n", 'a sibling module'],
		["import { Ajv2020 } from 'ajv/dist/2020';\nexport const A = Ajv2020;\n", 'a pure library'],
		[
			'export function title(document: { title: string }) {\n\treturn document.title;\n}\n',
			'a parameter named document'
		]
	])('allows %s (%s)', async (code) => {
		expect(await fenceErrors(code, IN_DOMAIN)).toEqual([]);
	});

	it('leaves the domain’s tests and the layers above it free to use what they need', async () => {
		const io = "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n";
		expect(await fenceErrors(io, 'src/lib/domain/workflow/fence-fixture.test.ts')).toEqual([]);
		expect(await fenceErrors(io, 'src/lib/server/fence-fixture.ts')).toEqual([]);
	});
});
