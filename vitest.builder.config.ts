// Tests of the form builder:  npx vitest run -c vitest.builder.config.ts
//   builder-node:    the pure form operations (Node)
//   builder-browser: the component in real Chromium (keyboard, focus, drag and drop), and the UI
//                    primitives it shares with the rest of the designer (tests/ui)
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumPath } from './scripts/test-env.js';

export default defineConfig({
	plugins: [svelte()],
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	test: {
		testTimeout: 30000,
		projects: [
			{
				extends: true,
				test: {
					name: 'builder-node',
					include: ['tests/form-builder/**/*.node.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'builder-browser',
					include: ['tests/form-builder/**/*.browser.test.ts', 'tests/ui/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: {
								executablePath: chromiumPath(),
								args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu']
							}
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
