// Production build of the bench page: `npx vite build -c bench/form/vite.config.mjs`, output in
// bench/form/dist, measured by the shared peer harness (browser-bench.mjs --dist bench/form/dist).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	root: here('./page'),
	base: './',
	logLevel: 'warn',
	plugins: [svelte({ compilerOptions: { runes: true } })],
	resolve: { alias: { $lib: here('../../src/lib') } },
	build: {
		outDir: here('./dist'),
		emptyOutDir: true,
		reportCompressedSize: false,
		chunkSizeWarningLimit: 4096
	}
});
