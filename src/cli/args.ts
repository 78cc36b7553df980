// Thin wrapper over node:util parseArgs that turns its exceptions into usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, EXIT_USAGE } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<const T extends Options>(args: string[], options: T, usage: string) {
	try {
		return parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (e) {
		throw new CliError(`${(e as Error).message}\n${usage}`, EXIT_USAGE);
	}
}

export function positionals(list: string[], count: number, usage: string): string[] {
	if (list.length !== count) throw new CliError(usage, EXIT_USAGE);
	return list;
}
