import { lintItem, validateRuleConfig, hasBlockingFindings } from '../../lib/domain/lint';
import type { RuleConfig } from '../../lib/domain/lint';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { readJson } from '../io';
import { formatProblems, readItem } from '../item-input';

const usage =
	'banshi lint ITEM.json [--config RULES.json] [--profile national|strict-local] [--format text|json]';

export const lint: Command = {
	name: 'lint',
	usage,
	summary: 'cli.lint.summary',
	help: 'cli.lint.help',
	async run(args, ctx) {
		const { values, positionals: pos } = parse(
			args,
			{
				config: { type: 'string' },
				profile: { type: 'string', default: 'national' },
				format: { type: 'string', default: 'text' }
			},
			usage
		);
		const [file] = positionals(pos, 1, usage);
		if (values.profile !== 'national' && values.profile !== 'strict-local')
			throw new CliError(usage, EXIT_USAGE);
		let config: RuleConfig | undefined;
		if (values.config) {
			const raw = await readJson(values.config, ctx);
			const problems = validateRuleConfig(raw);
			if (problems.length)
				throw new CliError(formatProblems(values.config, problems), EXIT_INVALID);
			config = raw as RuleConfig;
		}
		const findings = lintItem(await readItem(file, ctx), {
			config,
			profile: values.profile,
			locale: ctx.locale
		});
		if (values.format === 'json') ctx.out(JSON.stringify(findings, null, 2));
		else {
			for (const f of findings)
				ctx.out(`${f.severity.padEnd(7)} ${f.rule}  ${f.pointer || '/'}  ${f.message}`);
			const errors = findings.filter((f) => f.severity === 'error').length;
			ctx.out(ctx.t('cli.lint.total', { file, count: findings.length, errors }));
		}
		return hasBlockingFindings(findings) ? EXIT_INVALID : EXIT_OK;
	}
};
