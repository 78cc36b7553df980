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
	summary: { zh: '两个版本的语义差异', en: 'semantic diff of two versions' },
	help: {
		zh: '比较同一事项的两个版本：按办事指南、申请材料、容缺规则、申请表单分组列出变更及其中文说明，并给出对申请人（从严/从宽）和对门户（兼容性）的判断及建议的版本号升级。',
		en: 'Compare two versions of one item: changes grouped as guide, materials, tolerance and form, each with a sentence, the applicant verdict (stricter/looser), the portal compatibility verdict and the suggested version bump.'
	},
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{ format: { type: 'string', default: 'md' } },
			diffUsage
		);
		const [a, b] = positionals(pos, 2, diffUsage);
		const fmt = formatOf(values.format, diffUsage);
		const [oldItem, newItem] = [await readItem(a, ctx), await readItem(b, ctx)];
		try {
			const report = diffItems(oldItem, newItem, { locale: ctx.locale });
			ctx.out(
				fmt === 'json' ? JSON.stringify(report, null, 2) : diffToMarkdown(report, ctx.locale)
			);
		} catch (e) {
			asInputError(e);
		}
		return EXIT_OK;
	}
};

export const deviationsCommand: Command = {
	name: 'deviations',
	usage: devUsage,
	summary: { zh: '实施清单与基本目录的差异', en: 'local vs base catalog deviations' },
	help: {
		zh: '比较实施清单事项与其基本目录事项，列出每项差异，标明标准允许的本地差异与需审查的差异（同一事项无差别受理、同标准办理）。',
		en: 'Compare a local implementation with its base catalog item; every difference is listed as allowed locally or flagged for review.'
	},
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
