#!/usr/bin/env node
// Builds src/lib/domain/formats/data/regions.json, the county-level GB/T 2260 region dataset the
// cn-region format and the province → city → county picker use, from the @vant/area-data package.
//
//   npm install --no-save @vant/area-data   (if it is not installed)
//   node scripts/build-regions.mjs [--as-of YYYY-MM-DD]
//
// The package also carries entries that are not GB/T 2260 codes: made-up six-digit codes for the
// towns of prefecture-level cities without counties (东莞, 中山, 儋州, 嘉峪关) and for subdivisions of
// 台湾, 香港 and 澳门, which GB/T 2260 lists only at province level. Those are dropped so that a code
// this dataset accepts is a real administrative division code.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { areaList } = await import('@vant/area-data');
const pkg = JSON.parse(readFileSync(require.resolve('@vant/area-data/package.json'), 'utf8'));

const asOfArg = process.argv.indexOf('--as-of');
const asOf = asOfArg > 0 ? process.argv[asOfArg + 1] : new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`--as-of must be YYYY-MM-DD: ${asOf}`);

const CITIES_WITHOUT_COUNTIES = ['4419', '4420', '4604', '6202'];
const PROVINCE_ONLY = ['71', '81', '82'];

const regions = {};
const add = (code, name) => {
	if (!/^\d{6}$/.test(code)) throw new Error(`unexpected code ${code}`);
	regions[code] = name;
};
for (const [code, name] of Object.entries(areaList.province_list)) add(code, name);
for (const [code, name] of Object.entries(areaList.city_list)) {
	if (PROVINCE_ONLY.includes(code.slice(0, 2))) continue;
	add(code, name);
}
for (const [code, name] of Object.entries(areaList.county_list)) {
	if (PROVINCE_ONLY.includes(code.slice(0, 2))) continue;
	if (CITIES_WITHOUT_COUNTIES.includes(code.slice(0, 4))) continue;
	add(code, name);
}

const sorted = Object.fromEntries(Object.entries(regions).sort(([a], [b]) => a.localeCompare(b)));
const out = {
	source: `${pkg.name}@${pkg.version} (${pkg.license}), GB/T 2260 county level`,
	asOf,
	regions: sorted
};
const target = new URL('../src/lib/domain/formats/data/regions.json', import.meta.url);
// One entry per line keeps reviews of a data update readable while staying compact.
const body = Object.entries(sorted)
	.map(([code, name]) => `${JSON.stringify(code)}:${JSON.stringify(name)}`)
	.join(',\n');
writeFileSync(
	target,
	`{"source":${JSON.stringify(out.source)},"asOf":${JSON.stringify(asOf)},"regions":{\n${body}\n}}\n`
);
console.log(`wrote ${Object.keys(sorted).length} regions from ${out.source}, as of ${asOf}`);
