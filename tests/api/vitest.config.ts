import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Paths below are from the project root, whether run alone or as a project of the server suite.
	test: {
		root: fileURLToPath(new URL('../..', import.meta.url)),
		name: 'api',
		include: ['tests/api/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/api/global-setup.ts'],
		testTimeout: 60000,
		hookTimeout: 240000
	}
});
