// Reading the files people pass on the command line, with errors that name the file and, for
// malformed JSON, the line and column.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseItemJson } from '../lib/domain/item/parse';
import { CliError, EXIT_INVALID, EXIT_USAGE } from './errors';
import type { Context } from './context';

export async function readText(path: string, ctx: Context): Promise<string> {
	try {
		return await readFile(resolve(ctx.cwd, path), 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? ctx.t('cli.file.missing')
				: code === 'EISDIR'
					? ctx.t('cli.file.directory')
					: code === 'EACCES'
						? ctx.t('cli.file.denied')
						: String(code ?? e);
		throw new CliError(ctx.t('cli.file.cannotRead', { path, reason: why }), EXIT_USAGE);
	}
}

/** Read and parse a JSON file; a syntax error is reported with line and column. */
export async function readJson(path: string, ctx: Context): Promise<unknown> {
	const text = await readText(path, ctx);
	const parsed = parseItemJson(text, ctx.locale);
	if (!parsed.ok) {
		const p = parsed.problem;
		throw new CliError(`${path}:${p.line}:${p.column}: ${p.message}`, EXIT_INVALID);
	}
	return parsed.value;
}

export async function writeText(path: string, text: string, ctx: Context): Promise<void> {
	try {
		await writeFile(resolve(ctx.cwd, path), text);
	} catch (e) {
		const reason = String((e as NodeJS.ErrnoException).code ?? e);
		throw new CliError(ctx.t('cli.file.cannotWrite', { path, reason }), EXIT_USAGE);
	}
}
