// npm run export:portal -- DIR [--full]
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { connect } from '../../src/lib/server/db/connect';
import { exportPortal } from '../../src/lib/server/export';
import {
	INTEROP_PATH,
	kitFile,
	kitManifest,
	publishedManifest
} from '../../src/lib/portal/server/interop';
import { buildInterop } from '../build-interop.js';
import { parseArgs } from './args';

const KIT_README = `
## The interop kit (${INTEROP_PATH}/)

The formats module and the rjsf file field (see the project README, "rjsf"). Serve *.js as
text/javascript; charset=utf-8 with Access-Control-Allow-Origin: *.

- <name>.v<N>.<hash>.js never changes: Cache-Control: public, max-age=31536000, immutable. Keep
  the files of earlier exports: portals that pinned a hashed name keep loading it.
- <name>.v<N>.js (the newest build) and index.json: Cache-Control: public, max-age=60, must-revalidate.
`;

/** The kit's modules (under both names) and its manifest, built first when missing. */
async function exportKit(dir: string): Promise<void> {
	if (!kitManifest()) await buildInterop({ vendor: false });
	const manifest = kitManifest();
	if (!manifest) throw new Error('the interop kit could not be built');
	const out = join(dir, ...INTEROP_PATH.split('/').filter(Boolean));
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'index.json'), JSON.stringify(publishedManifest(manifest)));
	for (const m of [manifest.formats, manifest.fileField]) {
		for (const name of [m.file, m.latest]) writeFileSync(join(out, name), kitFile(name)!.body);
	}
	appendFileSync(join(dir, 'README.md'), KIT_README);
	console.log(`interop kit: ${manifest.formats.file}, ${manifest.fileField.file}`);
}

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	const dir = args.command;
	if (!dir || args.options.has('help')) {
		console.log('用法 / usage: npm run export:portal -- DIR [--full]');
		return dir ? 0 : 1;
	}
	const connection = await connect();
	try {
		// into the folder of an earlier export: only what changed since (--full: everything)
		await exportPortal(connection.db, resolve(dir), {
			log: console.log,
			full: args.options.has('full')
		});
		await exportKit(resolve(dir));
		console.log(`→ ${resolve(dir)} (README.md there says how to serve it)`);
		return 0;
	} finally {
		await connection.close();
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
);
