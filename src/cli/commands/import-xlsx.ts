// `banshi import-xlsx`: a catalogue kept in Excel into item drafts, all of them or none. The workbook
// is read at this edge; mapping, conversion and every check are the domain's (spreadsheet module).
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
	defaultMapping,
	importSheet,
	parseMapping,
	type KnownDepartment,
	type Mapping
} from '../../lib/domain/spreadsheet';
import { readXlsx, UnreadableWorkbook } from '../../lib/spreadsheet/read-xlsx';
import { parse, positionals } from '../args';
import type { Command, Context } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { readJson, writeText } from '../io';

const usage =
	'banshi import-xlsx FILE.xlsx [--mapping MAPPING.json] [--layout item|material] [--departments DEPARTMENTS.json] [--save-mapping FILE] [-o DIR] [--format text|json]';

function departmentsFrom(value: unknown, file: string, ctx: Context): KnownDepartment[] {
	const ok =
		Array.isArray(value) &&
		value.every(
			(d) =>
				d && typeof d === 'object' && typeof d.name === 'string' && typeof d.creditCode === 'string'
		);
	if (!ok) throw new CliError(ctx.t('cli.importXlsx.badDepartments', { file }), EXIT_USAGE);
	return value as KnownDepartment[];
}

export const importXlsx: Command = {
	name: 'import-xlsx',
	usage,
	summary: 'cli.importXlsx.summary',
	help: 'cli.importXlsx.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{
				mapping: { type: 'string' },
				layout: { type: 'string' },
				departments: { type: 'string' },
				'save-mapping': { type: 'string' },
				output: { type: 'string', short: 'o' },
				format: { type: 'string', default: 'text' }
			},
			usage
		);
		const [file] = positionals(pos, 1, usage);
		if (values.layout !== undefined && values.layout !== 'item' && values.layout !== 'material')
			throw new CliError(usage, EXIT_USAGE);

		let bytes: Buffer;
		try {
			bytes = await readFile(resolve(ctx.cwd, file));
		} catch (e) {
			const reason = String((e as NodeJS.ErrnoException).code ?? e);
			throw new CliError(ctx.t('cli.file.cannotRead', { path: file, reason }), EXIT_USAGE);
		}
		let sheet;
		try {
			sheet = await readXlsx(bytes);
		} catch (e) {
			if (!(e instanceof UnreadableWorkbook)) throw e;
			throw new CliError(
				ctx.t('cli.importXlsx.unreadable', { file, reason: e.message }),
				EXIT_USAGE
			);
		}

		let mapping: Mapping;
		if (values.mapping) {
			const parsed = parseMapping(await readJson(values.mapping, ctx));
			if (!parsed)
				throw new CliError(
					ctx.t('cli.importXlsx.badMapping', { file: values.mapping }),
					EXIT_USAGE
				);
			mapping = values.layout ? { ...parsed, layout: values.layout } : parsed;
		} else mapping = defaultMapping(sheet.headers, values.layout as Mapping['layout'] | undefined);
		if (values['save-mapping'])
			await writeText(values['save-mapping'], JSON.stringify(mapping, null, 2) + '\n', ctx);

		const departments = values.departments
			? departmentsFrom(await readJson(values.departments, ctx), values.departments, ctx)
			: undefined;
		const result = importSheet(sheet, mapping, { locale: ctx.locale, departments });

		if (result.ok && values.output) {
			await mkdir(resolve(ctx.cwd, values.output), { recursive: true });
			for (const item of result.items)
				await writeText(
					join(values.output, `${item.code}.json`),
					JSON.stringify(item, null, '\t') + '\n',
					ctx
				);
		}
		if (values.format === 'json') {
			ctx.out(
				JSON.stringify({ ok: result.ok, preview: result.preview, errors: result.errors }, null, 2)
			);
		} else if (!result.ok) {
			for (const e of result.errors)
				ctx.err(
					ctx.t('cli.importXlsx.error', { file, row: e.row, column: e.column, message: e.message })
				);
			ctx.err(ctx.t('cli.importXlsx.rejected', { file, count: result.errors.length }));
		} else {
			for (const p of result.preview) ctx.out(ctx.t('cli.importXlsx.preview', { ...p }));
			ctx.out(
				values.output
					? ctx.t('cli.importXlsx.imported', { count: result.items.length, dir: values.output })
					: ctx.t('cli.importXlsx.previewed', { file, count: result.items.length })
			);
		}
		return result.ok ? EXIT_OK : EXIT_INVALID;
	}
};
