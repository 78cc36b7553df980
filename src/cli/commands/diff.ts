import { diffItems, diffToMarkdown, deviations, deviationsToMarkdown } from '../../lib/domain/diff';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { readItem } from '../item-input';

const diffUsage = 'banshi diff OLD.json NEW.json [--format json|md]';
const devUsage = 'banshi deviations BASE.json LOCAL.json [--format json|md]';

function formatOf(v: string | undefined, usage: string): 'json' | 'md' {
	if (v === 'json' || v === 'md') return v;
	throw new CliError(usage, EXIT_USAGE);
}

/** Domain errors (two different items, a local item of another base) are input problems. */
function asInputError(e: unknown): never {
	if (e instanceof CliError) throw e;
	throw new CliError((e as Error).message, EXIT_INVALID);
}

export const diff: Command = {
	name: 'diff',
	usage: diffUsage,
	summary: 'cli.diff.summary',
	help: 'cli.diff.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{ format: { type: 'string', default: 'md' } },
			diffUsage
		);
		const [a, b] = positionals(pos, 2, diffUsage);
		const fmt = formatOf(values.format, diffUsage);
		const [oldItem, newItem] = [await readItem(a, ctx), await readItem(b, ctx)];
		let kept = true;
		try {
			const report = diffItems(oldItem, newItem, { locale: ctx.locale });
			ctx.out(
				fmt === 'json' ? JSON.stringify(report, null, 2) : diffToMarkdown(report, ctx.locale)
			);
			kept = report.compat.promiseKept;
		} catch (e) {
			asInputError(e);
		}
		// a change that breaks the item's compatibility promise (application or acceptance schemas)
		// fails, so a pipeline cannot publish it unnoticed
		if (!kept) ctx.err(ctx.t('cli.diff.promiseBroken'));
		return kept ? EXIT_OK : EXIT_INVALID;
	}
};

export const deviationsCommand: Command = {
	name: 'deviations',
	usage: devUsage,
	summary: 'cli.deviations.summary',
	help: 'cli.deviations.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{ format: { type: 'string', default: 'md' } },
			devUsage
		);
		const [a, b] = positionals(pos, 2, devUsage);
		const fmt = formatOf(values.format, devUsage);
		const [base, local] = [await readItem(a, ctx), await readItem(b, ctx)];
		try {
			const report = deviations(base, local, { locale: ctx.locale });
			ctx.out(
				fmt === 'json' ? JSON.stringify(report, null, 2) : deviationsToMarkdown(report, ctx.locale)
			);
		} catch (e) {
			asInputError(e);
		}
		return EXIT_OK;
	}
};
