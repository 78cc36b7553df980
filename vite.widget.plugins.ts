// What makes a page that renders published forms light (the widget, the form bench page): the
// schema compiler and a second URI library swapped for stand-ins, and the region table split per
// province. Used by vite.widget.config.ts and bench/form/vite.config.mjs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The modules that compile schemas with Ajv, swapped for stand-ins that throw: the widget always
 * passes the bundle's precompiled validators (BanshiForm.svelte), so the compiler would be dead
 * weight (about half the widget). The widget's end-to-end tests fail if a stand-in is ever reached.
 * Below them, two libraries of @rjsf/utils for which the page already has a smaller equivalent.
 */
const WITHOUT_COMPILER: Record<string, string> = {
	[here('./src/lib/domain/acceptance/validators.ts')]: here('./src/widget/stand-ins/validators.ts'),
	[here('./src/lib/form/validator/runtime.ts')]: here('./src/widget/stand-ins/runtime.ts'),
	// @rjsf/utils' only URI library; see the stand-in
	[here('./node_modules/fast-uri/index.js')]: here('./src/widget/stand-ins/uri.ts'),
	// @rjsf/utils' deep equality, on JSON; see the stand-in
	[here('./node_modules/fast-equals/dist/es/index.mjs')]: here('./src/widget/stand-ins/equals.ts')
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

/** The plugins, in order: before Vite's own resolution. */
export function lightPage(): Plugin[] {
	return [withoutCompiler(), regionsPerProvince()];
}

const DEFERRED = here('./src/widget/deferred/');

/** What the widget swaps for a stand-in that loads the original as a chunk of its own. */
const DEFERRED_CONTROLS: Record<string, string> = Object.fromEntries(
	[
		'src/lib/form/widgets/FileInput.svelte',
		'src/lib/form/widgets/RegionInput.svelte',
		'src/lib/form/widgets/IdentifierInput.svelte',
		'src/lib/form/widgets/CheckboxesInput.svelte',
		'src/lib/form/fields/ArrayField.svelte',
		'src/lib/form/fields/MultiSchemaField.svelte',
		// Ajv's messages in the page's language only
		'src/lib/domain/validation/localize.ts'
	].map((p) => [here(`./${p}`), `${DEFERRED}${p.split('/').pop()}`])
);

/**
 * The widget's rarer controls (a file, a region, an identifier, a list, checkboxes, a choice between
 * alternatives) and Ajv's messages as chunks of their own, fetched beside the validators when a
 * bundle uses them (src/widget/deferred/). The widget only: it fetches them before drawing the
 * form; other pages import the originals.
 */
export function deferredControls(): Plugin {
	return {
		name: 'banshi-widget-deferred-controls',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer || importer.startsWith(DEFERRED) || !/(\.svelte|localize)$/.test(source))
				return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return (resolved && DEFERRED_CONTROLS[resolved.id]) ?? null;
		}
	};
}
