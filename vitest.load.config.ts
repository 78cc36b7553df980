// Load, fault, bad-input and backup tests against the built app and both database engines:
//   npm test -- load bad-input backup      (scripts/test.js builds first)
// Files run one after another: each starts its own servers, and load figures on two cores mean
// nothing when another file is hammering the machine at the same time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: [
			'tests/load/**/*.test.ts',
			'tests/bad-input/**/*.test.ts',
			'tests/backup/**/*.test.ts'
		],
		environment: 'node',
		alias: { $lib: new URL('./src/lib', import.meta.url).pathname },
		globalSetup: ['tests/load/lib/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 240_000
	}
});
