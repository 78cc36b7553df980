// Server suite: the data layer on both database engines, and the HTTP API against the built server.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: ['tests/db/vitest.config.ts', 'tests/api/vitest.config.ts']
	}
});
