import { compileItem, serializeBundle } from '../../lib/domain/compile';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { EXIT_OK } from '../errors';
import { writeText } from '../io';
import { readItem } from '../item-input';

const usage = 'banshi compile ITEM.json [-o BUNDLE.json]';

export const compile: Command = {
	name: 'compile',
	usage,
	summary: 'cli.compile.summary',
	help: 'cli.compile.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{ output: { type: 'string', short: 'o' } },
			usage
		);
		const [file] = positionals(pos, 1, usage);
		const bundle = compileItem(await readItem(file, ctx));
		const text = serializeBundle(bundle);
		if (values.output) {
			await writeText(values.output, text, ctx);
			ctx.err(ctx.t('cli.compile.written', { file: values.output, hash: bundle.hash }));
		} else ctx.out(text);
		return EXIT_OK;
	}
};
