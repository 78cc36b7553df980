// The embeddable widget: `npm run build:widget` writes dist-widget/banshi-form.js, one ES module
// with its styles inlined (components inject theirs into the element's shadow root), served by the
// app at /widget/banshi-form.js.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
	plugins: [
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			compilerOptions: { css: 'injected', runes: true }
		})
	],
	resolve: {
		alias: { $lib: here('./src/lib'), $domain: here('./src/lib/domain') },
		conditions: ['browser']
	},
	define: { 'process.env.NODE_ENV': JSON.stringify('production') },
	logLevel: 'warn',
	build: {
		outDir: here('./dist-widget'),
		emptyOutDir: true,
		target: 'es2022',
		reportCompressedSize: false,
		chunkSizeWarningLimit: 4096,
		minify: true,
		rollupOptions: {
			output: { codeSplitting: false, minify: true },
			onwarn(warning, warn) {
				// @rjsf/utils marks React hooks 'use client'; they are not part of this bundle's use
				if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
			}
		},
		lib: {
			entry: here('./src/widget/index.ts'),
			formats: ['es'],
			fileName: () => 'banshi-form.js'
		}
	}
});
