// Loading an item document for a command: parse, validate, and stop with every problem listed.
import { validateItem } from '../lib/domain/item/validate';
import type { Item, Problem } from '../lib/domain/item/types';
import { CliError, EXIT_INVALID } from './errors';
import { readJson } from './io';
import type { Context } from './context';

export function formatProblems(file: string, problems: Problem[]): string {
	return problems.map((p) => `${file}#${p.pointer || '/'}: ${p.message}`).join('\n');
}

export async function readItem(path: string, ctx: Context): Promise<Item> {
	const doc = await readJson(path, ctx);
	const result = validateItem(doc, { locale: ctx.locale });
	if (!result.ok || !result.item) {
		throw new CliError(
			`${ctx.t('cli.item.invalid', { count: result.problems.length })}\n` +
				formatProblems(path, result.problems),
			EXIT_INVALID
		);
	}
	return result.item;
}
