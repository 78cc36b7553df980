// End-to-end tests in a real Chromium against the built app:  npm test -- e2e
// (scripts/test.js builds first; BANSHI_SKIP_BUILD=1 reuses an existing build).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 90_000,
		fileParallelism: false,
		// a page waits on a real server: on two busy cores a publish (compile, validators) can take
		// seconds, so a poll waits up to 15 s for what a user would also wait for
		expect: { poll: { timeout: 15_000 } }
	}
});
