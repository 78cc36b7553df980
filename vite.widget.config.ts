// The embeddable widget: `npm run build:widget` writes dist-widget/banshi-form.js, one ES module
// with its styles inlined, served by the app at /widget/banshi-form.js. The components' CSS is
// collected into one stylesheet and written into the module as a string, which the element adopts
// as a constructed stylesheet: no <style> element, so a host's style-src needs no 'unsafe-inline'.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { lightPage } from './vite.widget.plugins';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Must match the placeholder in src/widget/index.ts. */
const CSS_PLACEHOLDER = '__BANSHI_WIDGET_CSS__';

function inlineCss(): Plugin {
	return {
		name: 'banshi-widget-inline-css',
		apply: 'build',
		enforce: 'post',
		generateBundle(_options, bundle) {
			const sheets = Object.values(bundle).filter(
				(f) => f.type === 'asset' && f.fileName.endsWith('.css')
			);
			const css = sheets.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
			for (const f of sheets) delete bundle[f.fileName];
			for (const f of Object.values(bundle)) {
				if (f.type !== 'chunk' || !f.code.includes(CSS_PLACEHOLDER)) continue;
				f.code = f.code.replace(
					new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`),
					JSON.stringify(css).replace(/\$/g, '$$$$')
				);
			}
		}
	};
}

export default defineConfig({
	plugins: [
		...lightPage(),
		inlineCss(),
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			compilerOptions: { css: 'external', runes: true }
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
		cssCodeSplit: false,
		minify: true,
		sourcemap: !!process.env.WIDGET_SOURCEMAP,
		rollupOptions: {
			// what a page needs only later (the check, the result, a file's hash) is a chunk of its own,
			// fetched from next to the module when first needed
			output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
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
