import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import domainStaysInside from './.eslint/domain-stays-inside.js';
import svelteConfig from './svelte.config.js';

const PURE = 'the domain core is pure TypeScript (src/lib/domain/README.md)';

/** What a domain module may not import, and why. */
const DOMAIN_FENCES = [
	{
		group: ['svelte', 'svelte/*', '*.svelte', '@sveltejs/*'],
		message: `${PURE}: components and runes belong to the screens; pass the domain's results to them.`
	},
	{
		group: ['$app/*', '$env/*', '$service-worker'],
		message: `${PURE}: SvelteKit's modules belong to routes and the server's kit/ glue.`
	},
	{
		group: ['$lib/*', '!$lib/domain', '!$lib/domain/*'],
		message: `${PURE}: import other domain modules relatively; the layers above import the domain, not the reverse.`
	},
	{
		regex:
			'(^|/)(server|routes|components|designer|review|portal|local|api|widget|interop|cli|params)(/|$)',
		message: `${PURE}: server code, screens and the API contract sit above the domain and import it, not the reverse.`
	},
	{
		group: ['dexie', 'pg', 'pg-*', '@electric-sql/*', 'kysely', 'kysely/*'],
		message: `${PURE}: storage is the server's repositories (src/lib/server/db) or the browser's local store (src/lib/local).`
	},
	{
		group: [
			'node:*',
			'fs',
			'fs/*',
			'path',
			'os',
			'child_process',
			'http',
			'https',
			'net',
			'crypto'
		],
		message: `${PURE}: no I/O or Node built-ins; take data as arguments so the browser and the widget run the same code.`
	}
];

/** The DOM and the network are the screens' and the typed client's, never the domain's. */
const DOMAIN_GLOBALS = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'navigator',
	'location',
	'fetch',
	'XMLHttpRequest'
].map((name) => ({
	name,
	message: `${PURE}: no DOM, storage or network (${name}); the caller passes what the rule needs.`
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'bench/results/',
			'bench/form/dist/',
			'node_modules/',
			'dist-widget/',
			'dist-interop/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The domain core decides; it does not render, store, fetch or read files. Every rule lives
		// there once and runs the same in the browser, the server, the CLI and the portal widget, so
		// it may import only itself and pure libraries (src/lib/domain/README.md). Its tests may use
		// vitest, node:fs and the fixtures.
		files: ['src/lib/domain/**/*.ts'],
		ignores: ['**/*.test.ts'],
		plugins: { banshi: { rules: { 'domain-stays-inside': domainStaysInside } } },
		rules: {
			'banshi/domain-stays-inside': 'error',
			'no-restricted-imports': ['error', { patterns: DOMAIN_FENCES }],
			'no-restricted-globals': ['error', ...DOMAIN_GLOBALS]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// A promise nobody awaits loses its error (an unhandled rejection, or a save that silently
		// failed); one passed where a plain callback is expected does the same. Type-aware, so it
		// needs the TypeScript project: the app's sources only.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		// SvelteKit keeps the service worker out of the app's TypeScript project (it runs with the
		// web worker library, not the DOM's); its decisions live in src/lib/offline, checked here.
		ignores: ['src/service-worker.ts'],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	}
);
