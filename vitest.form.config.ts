// Tests of the form renderer:  npx vitest run -c vitest.form.config.ts
//   form-node:    validators, standalone code, conformance with plain Ajv (Node)
//   form-browser: components in real Chromium (focus, File, crypto.subtle behave as in a portal)
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
				test: { name: 'form-node', include: ['tests/form/**/*.node.test.ts'], environment: 'node' }
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'form-browser',
					include: ['tests/form/**/*.browser.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: {
								executablePath: chromiumPath(),
								args: ['--no-sandbox', '--disable-background-networking']
							}
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
