// banshi export-national / import-national: items to and from the national platform's exchange
// shape. The mapping and the all-or-nothing check are the domain's (lib/domain/national).
import { mkdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fromNational, toNational } from '../../lib/domain/national';
import { parse } from '../args';
import type { Command, Context } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { readJson, writeText } from '../io';
import { readItem } from '../item-input';

const exportUsage = 'banshi export-national ITEM.json... [-o FILE.json]';
const importUsage = 'banshi import-national FILE.json [-o ITEM.json | -o DIRECTORY]';

const json = (v: unknown) => JSON.stringify(v, null, '\t') + '\n';

export const exportNational: Command = {
	name: 'export-national',
	usage: exportUsage,
	summary: 'cli.exportNational.summary',
	help: 'cli.exportNational.help',
	async run(args, ctx) {
		const { values, positionals } = parse(
			args,
			{ output: { type: 'string', short: 'o' } },
			exportUsage
		);
		if (positionals.length === 0) throw new CliError(exportUsage, EXIT_USAGE);
		const docs = [];
		for (const file of positionals) docs.push(toNational(await readItem(file, ctx)));
		const text = json(docs.length === 1 ? docs[0] : { items: docs });
		if (values.output) {
			await writeText(values.output, text, ctx);
			ctx.err(ctx.t('cli.exportNational.written', { file: values.output, count: docs.length }));
		} else ctx.out(text);
		return EXIT_OK;
	}
};

async function isDirectory(path: string, ctx: Context): Promise<boolean> {
	if (path.endsWith('/')) return true;
	try {
		return (await stat(resolve(ctx.cwd, path))).isDirectory();
	} catch {
		return false;
	}
}

/** A file name from the item code, kept to characters every file system takes. */
const fileNameOf = (code: string) => `${code.replace(/[^\w.-]/g, '_')}.json`;

export const importNational: Command = {
	name: 'import-national',
	usage: importUsage,
	summary: 'cli.importNational.summary',
	help: 'cli.importNational.help',
	async run(args, ctx) {
		const { values, positionals } = parse(
			args,
			{ output: { type: 'string', short: 'o' } },
			importUsage
		);
		if (positionals.length !== 1) throw new CliError(importUsage, EXIT_USAGE);
		const [file] = positionals;
		const result = fromNational(await readJson(file, ctx), { locale: ctx.locale });
		if (!result.ok) {
			const lines = result.errors.map((e) => `${file}#${e.path || '/'}: ${e.message}`);
			throw new CliError(
				[ctx.t('cli.importNational.invalid', { count: result.errors.length }), ...lines].join('\n'),
				EXIT_INVALID
			);
		}
		const { items } = result;
		const target = values.output;
		if (!target) {
			ctx.out(json(items.length === 1 ? items[0] : items));
			return EXIT_OK;
		}
		if (await isDirectory(target, ctx)) {
			await mkdir(resolve(ctx.cwd, target), { recursive: true });
			for (const item of items)
				await writeText(join(target, fileNameOf(item.code)), json(item), ctx);
		} else if (items.length === 1) await writeText(target, json(items[0]), ctx);
		else
			throw new CliError(
				ctx.t('cli.importNational.needDirectory', { count: items.length }),
				EXIT_USAGE
			);
		ctx.err(ctx.t('cli.importNational.written', { count: items.length, target }));
		return EXIT_OK;
	}
};
