// npm run export:portal -- DIR
import { resolve } from 'node:path';
import { connect } from '../../src/lib/server/db/connect';
import { exportPortal } from '../../src/lib/server/export';
import { parseArgs } from './args';

async function validatorFiles(): Promise<
	((bundle: string, hash: string) => Record<string, string>) | undefined
> {
	try {
		const { validatorModuleFor } = await import('../../src/lib/portal/server/validator-cache');
		return (bundle, hash) => ({ 'validator.js': validatorModuleFor(bundle, hash) });
	} catch (error) {
		console.warn('validator modules not exported:', (error as Error).message);
		return undefined;
	}
}

async function main(): Promise<number> {
	const args = parseArgs(process.argv.slice(2));
	const dir = args.command;
	if (!dir || args.options.has('help')) {
		console.log('用法 / usage: npm run export:portal -- DIR');
		return dir ? 0 : 1;
	}
	const connection = await connect();
	try {
		await exportPortal(connection.db, resolve(dir), {
			perVersion: await validatorFiles(),
			log: console.log
		});
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
