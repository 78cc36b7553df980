import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { buildInterop } from './scripts/build-interop.js';

/** The portal interop kit (dist-interop/) is built with the app: its routes serve those files. */
function interopKit(): Plugin {
	let built: Promise<unknown> | undefined;
	return {
		name: 'banshi-interop-kit',
		apply: 'build',
		async buildStart() {
			// SvelteKit runs more than one build; the kit is made once
			await (built ??= buildInterop());
		}
	};
}

export default defineConfig({
	plugins: [interopKit(), sveltekit()],
	server: { port: 3000 },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20000
	}
});
