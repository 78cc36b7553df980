// The embeddable widget: `npm run build:widget` writes dist-widget/banshi-form.js, one ES module
// with its styles inlined, served by the app at /widget/banshi-form.js. The components' CSS is
// collected into one stylesheet and written into the module as a string, which the element adopts
// as a constructed stylesheet: no <style> element, so a host's style-src needs no 'unsafe-inline'.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * The modules that compile schemas with Ajv, swapped for stand-ins that throw: the widget always
 * passes the bundle's precompiled validators (BanshiForm.svelte), so the compiler would be dead
 * weight (about half the widget). The widget's end-to-end tests fail if a stand-in is ever reached.
 */
const WITHOUT_COMPILER: Record<string, string> = {
	[here('./src/lib/domain/acceptance/validators.ts')]: here(
		'./src/widget/without-compiler/validators.ts'
	),
	[here('./src/lib/form/validator/runtime.ts')]: here('./src/widget/without-compiler/runtime.ts')
};

function withoutCompiler(): Plugin {
	return {
		name: 'banshi-widget-without-compiler',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (
				!importer ||
				importer in WITHOUT_COMPILER ||
				Object.values(WITHOUT_COMPILER).includes(importer)
			)
				return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			const stand = resolved && WITHOUT_COMPILER[resolved.id];
			return stand ?? null;
		}
	};
}

export default defineConfig({
	plugins: [
		withoutCompiler(),
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
