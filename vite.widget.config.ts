// The embeddable widget: `npm run build:widget` writes dist-widget/banshi-form.js, one ES module
// with its styles inlined, served by the app at /widget/banshi-form.js. The components' CSS is
// collected into one stylesheet and written into the module as a string, which the element adopts
// as a constructed stylesheet: no <style> element, so a host's style-src needs no 'unsafe-inline'.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig, type Plugin, type Rolldown } from 'vite';
import { deferredControls, lightPage } from './vite.widget.plugins';

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

const ENTRY = here('./src/widget/index.ts');
const eagerCache = new WeakMap<object, Set<string>>();

/**
 * Everything the entry imports statically goes in one chunk: the first download is two files, not
 * a dozen small ones each compressed on its own (and each found only after the entry is parsed).
 */
function eagerGroup(id: string, ctx: Rolldown.ChunkingContext): string | null {
	let eager = eagerCache.get(ctx);
	if (!eager) {
		eager = new Set<string>();
		const stack = [ENTRY];
		while (stack.length) {
			const at = stack.pop() as string;
			if (eager.has(at)) continue;
			eager.add(at);
			stack.push(...(ctx.getModuleInfo(at)?.importedIds ?? []));
		}
		eagerCache.set(ctx, eager);
	}
	return eager.has(id) && id !== ENTRY ? 'widget' : null;
}

export default defineConfig({
	plugins: [
		...lightPage(),
		deferredControls(),
		inlineCss(),
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			compilerOptions: { css: 'external', runes: true }
		})
	],
	resolve: {
		alias: { $lib: here('./src/lib'), $domain: here('./src/lib/domain') },
		// Vite's own client conditions: with 'production' among them, esm-env (and so Svelte's
		// runtime) drops its development checks and messages, about 5 KB gzip
		conditions: [...defaultClientConditions]
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
			output: {
				chunkFileNames: 'chunks/[name]-[hash].js',
				minify: true,
				codeSplitting: { groups: [{ name: eagerGroup, debugName: 'widget' }] }
			},
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
