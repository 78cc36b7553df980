// The static portal export at catalog scale (1,000 items, then 10,000): a first export into an empty
// folder (everything), then one into the same folder with nothing changed, then one after a single
// item was published — the incremental export writes only what changed since the last. Per run:
// seconds, files written, files/s, bytes written, and on disk per item (a current file shares its
// version's bytes through a hard link). The catalog's versions are copies of versions published
// through the real gate (bench/lib/clone-published.ts), written a few hundred rows a statement, so
// the time goes to the export. The catalog lives in the local PostgreSQL when one answers (a
// registry of 10,000 items is a server's, and PGlite takes minutes to store its 2.7 GB of bundles and
// validator modules); BENCH_EXPORT_ENGINE=pglite asks for the embedded database instead.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempPostgres, type TempDatabase } from '../tests/db/engines';
import { connect } from '../src/lib/server/db/connect';
import { exportPortal } from '../src/lib/server/export';
import { seedDemo } from '../src/lib/server/setup/demo';
import { addCatalog } from './lib/catalog';
import { clonePublished } from './lib/clone-published';

const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '1000,10000').split(',').map(Number);
const r1 = (x: number) => Math.round(x * 10) / 10;
const log = (s: string) => process.stderr.write(`  ${s}\n`);

/** Bytes on disk under `dir`, each hard-linked file once. */
function diskBytes(dir: string): number {
	const seen = new Set<number>();
	let bytes = 0;
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!e.isFile()) continue;
		const s = statSync(join(e.parentPath, e.name));
		if (seen.has(s.ino)) continue;
		seen.add(s.ino);
		bytes += s.size;
	}
	return bytes;
}

async function main() {
	const dataDir = mkdtempSync(join(tmpdir(), 'banshi-export-bench-'));
	const out = mkdtempSync(join(tmpdir(), 'banshi-export-out-'));
	const temp: TempDatabase | null =
		process.env.BENCH_EXPORT_ENGINE === 'pglite' ? null : await createTempPostgres();
	const connection = await connect(temp ? { databaseUrl: temp.url } : { dataDir });
	const result: Record<string, unknown> = { engine: temp ? 'postgres' : 'pglite' };
	log(`catalog in ${result.engine}`);
	try {
		const { db } = connection;
		const seeded = await seedDemo(db);
		let have = 0;
		for (const size of SIZES) {
			const t0 = performance.now();
			const codes = await addCatalog(db, have, size);
			await clonePublished(db, seeded.published, codes);
			have = size;
			log(`${size} items published in ${r1((performance.now() - t0) / 1000)} s`);
			rmSync(out, { recursive: true, force: true });

			const run = async (full: boolean) => {
				const t = performance.now();
				const r = await exportPortal(db, out, { full });
				const seconds = (performance.now() - t) / 1000;
				return {
					incremental: r.incremental,
					seconds: r1(seconds),
					files: r.files.length,
					files_per_s: Math.round(r.files.length / seconds),
					kb_written: Math.round(r.bytes / 1024)
				};
			};
			const first = await run(true);
			const items = size + seeded.published.length;
			const onDisk = diskBytes(out);
			const unchanged = await run(false);
			const [one] = await addCatalog(db, have, have + 1);
			await clonePublished(db, seeded.published, [one]);
			have++;
			const afterOne = await run(false);
			result[`items_${size}`] = {
				items,
				full: first,
				kb_per_item_written: Math.round(first.kb_written / items),
				kb_per_item_on_disk: Math.round(onDisk / 1024 / items),
				incremental_nothing_changed: unchanged,
				incremental_one_published: afterOne,
				full_over_incremental_seconds: r1(first.seconds / Math.max(afterOne.seconds, 0.01))
			};
			log(`${size}: ${JSON.stringify(result[`items_${size}`])}`);
			// the catalog grows on: the next size adds to this one
			have = Math.max(have, size + 1);
		}
		console.log(JSON.stringify(result));
	} finally {
		await connection.close();
		await temp?.drop();
		rmSync(dataDir, { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
