// Production build of the bench page: `npx vite build -c bench/form/vite.config.mjs`, output in
// bench/form/dist, measured by the shared peer harness (browser-bench.mjs --dist bench/form/dist).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { lightPage } from '../../vite.widget.plugins';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	root: here('./page'),
	base: './',
	logLevel: 'warn',
	// as light as the widget: no schema compiler, the region table per province
	plugins: [...lightPage(), svelte({ compilerOptions: { runes: true } })],
	resolve: { alias: { $lib: here('../../src/lib') } },
	build: {
		outDir: here('./dist'),
		emptyOutDir: true,
		reportCompressedSize: false,
		chunkSizeWarningLimit: 4096
	}
});
