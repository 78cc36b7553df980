import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// services reach modules that import through SvelteKit's $lib alias
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	// Paths below are from the project root, whether run alone or as a project of the server suite.
	test: {
		root: fileURLToPath(new URL('../..', import.meta.url)),
		name: 'db',
		include: ['tests/db/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30000,
		hookTimeout: 60000
	}
});
