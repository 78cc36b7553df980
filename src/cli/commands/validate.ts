import { validateItem } from '../../lib/domain/item/validate';
import { msg } from '../../lib/domain/i18n';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { EXIT_INVALID, EXIT_OK } from '../errors';
import { readJson } from '../io';
import { formatProblems } from '../item-input';

const usage = 'banshi validate ITEM.json [--format text|json]';

export const validate: Command = {
	name: 'validate',
	usage,
	summary: { zh: '校验事项文档', en: 'validate an item document' },
	help: {
		zh: '按事项元模式（JSON Schema 2020-12）及语义规则校验事项文档，逐条列出问题及其 JSON 指针。',
		en: 'Validate an item document against the item meta-schema and semantic rules; every problem is listed with its JSON pointer.'
	},
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
			ctx.out(msg(ctx.locale, `${file}：有效`, `${file}: valid`));
		} else {
			ctx.err(formatProblems(file, result.problems));
			ctx.err(
				msg(
					ctx.locale,
					`${file}：无效，共 ${result.problems.length} 个问题`,
					`${file}: invalid, ${result.problems.length} problem(s)`
				)
			);
		}
		return result.ok ? EXIT_OK : EXIT_INVALID;
	}
};
