#!/usr/bin/env node
// `npm run build:interop` (also part of every `vite build`): the interop kit for portals that render
// our published forms with @rjsf/core, bundled from src/interop/ with esbuild into dist-interop/:
//   cn-formats.v1.<hash>.js        the cn-* format checks of src/lib/domain/formats, no imports
//   rjsf-file-field.v1.<hash>.js   the material upload field; imports only 'react' (the portal's)
//   manifest.json                  file names, sha256, SRI integrity and sizes of both
//   vendor/                        React, @rjsf/core, its Ajv validator and ajv-i18n as ES modules
//                                  for static/rjsf-example.html, which cannot reach a CDN
// The app serves the kit at /api/v1/portal/interop/ and the vendor files at /interop/vendor/.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const INTEROP_DIR = join(ROOT, 'dist-interop');

/**
 * @typedef {{ name: string, version: number, entry: string, external: string[],
 *   peerDependencies?: Record<string, string> }} KitSpec
 * @typedef {{ name: string, version: number, file: string, latest: string, sha256: string,
 *   integrity: string, bytes: number, gzipBytes: number,
 *   peerDependencies?: Record<string, string> }} KitEntry
 */

/**
 * `version` is the module's interface version: bump it (and its export) when an export changes.
 * @type {{ formats: KitSpec, fileField: KitSpec }}
 */
export const KIT = {
	formats: { name: 'cn-formats', version: 1, entry: 'src/interop/formats.ts', external: [] },
	fileField: {
		name: 'rjsf-file-field',
		version: 1,
		entry: 'src/interop/file-field.ts',
		external: ['react'],
		peerDependencies: { react: '>=18', '@rjsf/core': '^6' }
	}
};

/** name in /interop/vendor/ → package path, the bare specifiers the example's import map lists */
export const VENDOR = {
	react: 'react',
	'react-dom-client': 'react-dom/client',
	'rjsf-core': '@rjsf/core',
	'rjsf-validator-ajv8': '@rjsf/validator-ajv8',
	'ajv-2020': 'ajv/dist/2020',
	'ajv-i18n-zh': 'ajv-i18n/localize/zh'
};

/** @type {import('esbuild').BuildOptions} */
const COMMON = {
	absWorkingDir: ROOT,
	bundle: true,
	format: 'esm',
	platform: 'browser',
	target: 'es2022',
	minify: true,
	charset: 'utf8',
	legalComments: 'eof',
	define: { 'process.env.NODE_ENV': '"production"' },
	logLevel: 'warning'
};

/** @param {KitSpec} spec */
async function kitModule({ name, version, entry, external, peerDependencies }) {
	const result = await build({
		...COMMON,
		entryPoints: [entry],
		external,
		write: false,
		banner: { js: `// Banshi Studio ${name} v${version}: generated from ${entry}; do not edit.` }
	});
	const bytes = /** @type {import('esbuild').OutputFile[]} */ (result.outputFiles)[0].contents;
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	return {
		bytes,
		entry: {
			name,
			version,
			file: `${name}.v${version}.${sha256.slice(0, 16)}.js`,
			latest: `${name}.v${version}.js`,
			sha256,
			integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
			bytes: bytes.length,
			gzipBytes: gzipSync(bytes, { level: 9 }).length,
			...(peerDependencies && { peerDependencies })
		}
	};
}

/**
 * One module per package that re-exports its default and named exports, whatever its format
 * (CommonJS names are read from the package itself), so the example's import map can point bare
 * specifiers at them; splitting keeps one React and one Ajv behind all of them.
 */
/** @returns {import('esbuild').Plugin} */
function vendorEntries() {
	const require = createRequire(join(ROOT, 'package.json'));
	return {
		name: 'banshi-vendor-entries',
		setup(b) {
			b.onResolve({ filter: /^vendor:/ }, (args) => ({ path: args.path, namespace: 'vendor' }));
			b.onLoad({ filter: /.*/, namespace: 'vendor' }, (args) => {
				const pkg = args.path.slice('vendor:'.length);
				const names = Object.keys(require(pkg)).filter(
					(n) => n !== 'default' && n !== '__esModule' && /^[A-Za-z_$][\w$]*$/.test(n)
				);
				const contents = [
					`import * as m from ${JSON.stringify(pkg)};`,
					`export default 'default' in m ? m.default : m;`,
					names.length ? `export const { ${names.join(', ')} } = m;` : ''
				].join('\n');
				return { contents, resolveDir: ROOT, loader: 'js' };
			});
		}
	};
}

/** @param {string} outDir */
async function vendor(outDir) {
	await build({
		...COMMON,
		entryPoints: Object.fromEntries(
			Object.entries(VENDOR).map(([file, pkg]) => [file, `vendor:${pkg}`])
		),
		splitting: true,
		outdir: join(outDir, 'vendor'),
		chunkNames: 'chunk-[hash]',
		plugins: [vendorEntries()]
	});
}

/**
 * Builds the kit into `outDir` (emptied first). `vendor: false` leaves out the example's vendor
 * modules, which only static/rjsf-example.html needs.
 * @returns {Promise<{ formats: KitEntry, fileField: KitEntry }>}
 */
export async function buildInterop({ outDir = INTEROP_DIR, vendor: withVendor = true } = {}) {
	const [formats, fileField] = await Promise.all([
		kitModule(KIT.formats),
		kitModule(KIT.fileField)
	]);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	for (const { bytes, entry } of [formats, fileField])
		writeFileSync(join(outDir, entry.file), bytes);
	const manifest = { formats: formats.entry, fileField: fileField.entry };
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	if (withVendor) await vendor(outDir);
	return manifest;
}

//   node scripts/build-interop.js [--out DIR] [--no-vendor] [--json]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : INTEROP_DIR;
	const manifest = await buildInterop({ outDir: out, vendor: !args.includes('--no-vendor') });
	if (args.includes('--json')) console.log(JSON.stringify(manifest));
	else {
		const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
		for (const m of Object.values(manifest))
			console.log(`${join(out, m.file)}  ${kb(m.bytes)}, ${kb(m.gzipBytes)} gzip`);
	}
}
