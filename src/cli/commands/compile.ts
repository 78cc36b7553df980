import { compileItem, serializeBundle } from '../../lib/domain/compile';
import { msg } from '../../lib/domain/i18n';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { EXIT_OK } from '../errors';
import { writeText } from '../io';
import { readItem } from '../item-input';

const usage = 'banshi compile ITEM.json [-o BUNDLE.json]';

export const compile: Command = {
	name: 'compile',
	usage,
	summary: { zh: '编译为发布包', en: 'compile to a published bundle' },
	help: {
		zh: '把事项编译为发布包（申请表 JSON Schema、uiSchema、受理判定模式、办事指南），输出到标准输出或 -o 指定的文件；同一输入总是得到逐字节相同的输出。',
		en: 'Compile an item into its published bundle (application schema, uiSchema, acceptance schemas, guide), to stdout or the -o file; the same input always gives byte-identical output.'
	},
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
			ctx.err(
				msg(
					ctx.locale,
					`已写入 ${values.output}（sha256 ${bundle.hash}）`,
					`wrote ${values.output} (sha256 ${bundle.hash})`
				)
			);
		} else ctx.out(text);
		return EXIT_OK;
	}
};
