#!/usr/bin/env node
// The `banshi` command line. The CLI is written in TypeScript over src/lib/domain; tsx loads it
// so the command works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
try {
	const { main } = await import('../src/cli/main.ts');
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	// An installation problem (a module missing or broken), said in one line without a stack trace.
	process.stderr.write(`banshi: ${e?.message ?? e}\n`);
	process.exitCode = 2;
}
