#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.{ts,js} in its own process (so one cannot warm or
// disturb another), each printing one JSON object as its last stdout line, and writes one report
// as Markdown and JSON under bench/results/. Figures sit beside references measured in the same run.
//   npm run bench -- domain portal     (only those)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
	.filter((f) => /\.bench\.(ts|js|mjs)$/.test(f))
	.filter((f) => only.length === 0 || only.includes(f.replace(/\.bench\.\w+$/, '')))
	.sort();

const results = {};
for (const f of files) {
	const name = f.replace(/\.bench\.\w+$/, '');
	process.stderr.write(`▶ ${name}\n`);
	const t0 = Date.now();
	const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, f)], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, NODE_ENV: 'production' },
		timeout: 20 * 60 * 1000
	});
	const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
	try {
		results[name] = JSON.parse(last);
	} catch {
		results[name] = {
			error: `exit ${r.status}${r.signal ? ' ' + r.signal : ''}`,
			output: last.slice(0, 500)
		};
	}
	results[name].seconds = Math.round((Date.now() - t0) / 100) / 10;
	process.stderr.write(`  ${JSON.stringify(results[name])}\n`);
}

const machine = {
	node: process.version,
	cpus: cpus().length,
	cpu: cpus()[0]?.model,
	date: new Date().toISOString()
};

function table(obj, prefix = '') {
	const rows = [];
	for (const [k, v] of Object.entries(obj)) {
		if (v && typeof v === 'object' && !Array.isArray(v)) rows.push(...table(v, `${prefix}${k}.`));
		else rows.push(`| ${prefix}${k} | ${Array.isArray(v) ? v.join(', ') : v} |`);
	}
	return rows;
}

const md = [
	'# Banshi Studio benchmarks',
	'',
	`Node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.date}. Ratios compare figures measured in the same run.`,
	''
];
// Summary first: every ratio (app over reference, growth with catalog size) in one table.
const ratios = Object.entries(results).flatMap(([name, r]) =>
	table(r, `${name}.`).filter((row) => /ratio|growth|_over_/.test(row.split('|')[1]))
);
if (ratios.length)
	md.push('## Summary of ratios', '', '| figure | value |', '| --- | --- |', ...ratios, '');
for (const [name, r] of Object.entries(results)) {
	md.push(`## ${name}`, '', '| figure | value |', '| --- | --- |', ...table(r), '');
}
const outDir = join(here, 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'report.json'), JSON.stringify({ machine, results }, null, 2));
writeFileSync(join(outDir, 'report.md'), md.join('\n'));
console.log(md.join('\n'));
console.error(`written: bench/results/report.md, bench/results/report.json`);
