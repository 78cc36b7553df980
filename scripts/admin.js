#!/usr/bin/env node
// `npm run admin -- <command> [options]`: accounts and departments from the command line, against
// the same database the server uses (DATABASE_URL, or the embedded one under BANSHI_DATA_DIR).
// Run `npm run admin -- help` for the commands.
import { runTs } from './registry/run-ts.js';

const args = process.argv.slice(2);
// export FILE / import FILE: the whole database to one JSON file and back (src/lib/server/backup)
if (args[0] === 'export' || args[0] === 'import')
	runTs('../../src/lib/server/backup/main.ts', args);
else runTs('./admin-cli.ts', args);
