#!/usr/bin/env node
// The `banshi` command line. The CLI is written in TypeScript over src/lib/domain; tsx loads it
// so the command works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
