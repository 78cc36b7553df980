// The embeddable widget: `npm run build:widget` writes dist-widget/banshi-form.js, one ES module
// with its styles inlined, served by the app at /widget/banshi-form.js. The components' CSS is
// collected into one stylesheet and written into the module as a string, which the element adopts
// as a constructed stylesheet: no <style> element, so a host's style-src needs no 'unsafe-inline'.
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';
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
	[here('./src/lib/domain/acceptance/validators.ts')]: here('./src/widget/stand-ins/validators.ts'),
	[here('./src/lib/form/validator/runtime.ts')]: here('./src/widget/stand-ins/runtime.ts')
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

const REGIONS = here('./src/lib/domain/formats/data/regions.json');
const PROVINCES_ONLY = '\0banshi-widget-provinces';

/**
 * The region table split by province: the module carries the 34 provinces, and each province's
 * cities and counties are written next to it as regions/{two digits}.json, which the widget
 * fetches when a user picks that province (src/widget/regions.ts). Most forms never show a region
 * picker, and one that does needs one province's list, not 3,000 codes.
 */
function regionsPerProvince(): Plugin {
	const data = JSON.parse(readFileSync(REGIONS, 'utf8')) as {
		regions: Record<string, string>;
	};
	const byProvince = new Map<string, Record<string, string>>();
	const provinces: Record<string, string> = {};
	for (const [code, name] of Object.entries(data.regions)) {
		if (code.endsWith('0000')) {
			provinces[code] = name;
			continue;
		}
		const part = byProvince.get(code.slice(0, 2)) ?? {};
		part[code] = name;
		byProvince.set(code.slice(0, 2), part);
	}
	return {
		name: 'banshi-widget-regions-per-province',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer || !source.endsWith('regions.json')) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === REGIONS ? PROVINCES_ONLY : null;
		},
		load(id) {
			if (id !== PROVINCES_ONLY) return null;
			return `export default ${JSON.stringify({ ...data, regions: provinces })};`;
		},
		generateBundle() {
			for (const [prefix, regions] of byProvince) {
				this.emitFile({
					type: 'asset',
					fileName: `regions/${prefix}.json`,
					source: JSON.stringify(regions)
				});
			}
		}
	};
}

export default defineConfig({
	plugins: [
		withoutCompiler(),
		regionsPerProvince(),
		inlineCss(),
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			compilerOptions: { css: 'external', runes: true }
		})
	],
	resolve: {
		alias: {
			$lib: here('./src/lib'),
			$domain: here('./src/lib/domain'),
			'fast-uri': here('./src/widget/stand-ins/uri.ts')
		},
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
