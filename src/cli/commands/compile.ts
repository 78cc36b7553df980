import { compileItem, serializeBundle } from '../../lib/domain/compile';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { EXIT_OK } from '../errors';
import { writeText } from '../io';
import { readItem } from '../item-input';
import { readSettings, SETTINGS_OPTIONS } from '../settings-input';

const usage = 'banshi compile ITEM.json [-o BUNDLE.json] [--settings SETTINGS.json | --server URL]';

export const compile: Command = {
	name: 'compile',
	usage,
	summary: 'cli.compile.summary',
	help: 'cli.compile.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{ output: { type: 'string', short: 'o' }, ...SETTINGS_OPTIONS },
			usage
		);
		const [file] = positionals(pos, 1, usage);
		// the tolerance policy of the deployment decides the 容缺 the bundle allows
		const settings = await readSettings(values, usage, ctx);
		const bundle = compileItem(await readItem(file, ctx), { policy: settings?.policy });
		const text = serializeBundle(bundle);
		if (values.output) {
			await writeText(values.output, text, ctx);
			ctx.err(ctx.t('cli.compile.written', { file: values.output, hash: bundle.hash }));
		} else ctx.out(text);
		return EXIT_OK;
	}
};
