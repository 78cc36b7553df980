import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/api/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/api/global-setup.ts'],
		testTimeout: 60000,
		hookTimeout: 120000
	}
});
