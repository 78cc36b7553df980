import { checkFormat, CN_FORMATS, type CnFormat } from '../../lib/domain/formats';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';

const names = Object.keys(CN_FORMATS) as CnFormat[];
const usage = `banshi format FORMAT VALUE   (FORMAT: ${names.join(' | ')})`;

export const format: Command = {
	name: 'format',
	usage,
	summary: 'cli.format.summary',
	help: 'cli.format.help',
	async run(args, ctx) {
		const { positionals: pos } = parse(args, {}, usage);
		const [name, value] = positionals(pos, 2, usage);
		if (!names.includes(name as CnFormat))
			throw new CliError(`${ctx.t('cli.format.unknown', { name })}\n${usage}`, EXIT_USAGE);
		const r = checkFormat(name as CnFormat, value, { locale: ctx.locale });
		if (r.valid) {
			const shown = r.normalized && r.normalized !== value ? r.normalized : value;
			ctx.out(ctx.t('cli.format.valid', { value: shown }));
		} else ctx.err(ctx.t('cli.format.invalid', { reason: r.message ?? '' }));
		for (const w of r.warnings ?? []) ctx.err(ctx.t('cli.format.warning', { warning: w }));
		return r.valid ? EXIT_OK : EXIT_INVALID;
	}
};
