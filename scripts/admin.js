#!/usr/bin/env node
// `npm run admin -- <command> [options]`: accounts and departments from the command line, against
// the same database the server uses (DATABASE_URL, or the embedded one under BANSHI_DATA_DIR).
// Run `npm run admin -- help` for the commands.
import { runTs } from './registry/run-ts.js';

runTs('./admin-cli.ts', process.argv.slice(2));
