import { validateItem } from '../../lib/domain/item/validate';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { EXIT_INVALID, EXIT_OK } from '../errors';
import { readJson } from '../io';
import { formatProblems } from '../item-input';

const usage = 'banshi validate ITEM.json [--format text|json]';

export const validate: Command = {
	name: 'validate',
	usage,
	summary: 'cli.validate.summary',
	help: 'cli.validate.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{ format: { type: 'string', default: 'text' } },
			usage
		);
		const [file] = positionals(pos, 1, usage);
		const result = validateItem(await readJson(file, ctx), { locale: ctx.locale });
		if (values.format === 'json') {
			ctx.out(JSON.stringify({ ok: result.ok, problems: result.problems }, null, 2));
		} else if (result.ok) {
			ctx.out(ctx.t('cli.validate.valid', { file }));
		} else {
			ctx.err(formatProblems(file, result.problems));
			ctx.err(ctx.t('cli.validate.invalid', { file, count: result.problems.length }));
		}
		return result.ok ? EXIT_OK : EXIT_INVALID;
	}
};
