import { lintItem, validateRuleConfig, hasBlockingFindings } from '../../lib/domain/lint';
import type { RuleConfig } from '../../lib/domain/lint';
import { lintOptionsOf } from '../../lib/domain/settings';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';
import { readJson } from '../io';
import { formatProblems, readItem } from '../item-input';
import { readSettings, SETTINGS_OPTIONS } from '../settings-input';

const usage =
	'banshi lint ITEM.json [--settings SETTINGS.json | --server URL] [--config RULES.json] [--profile national|strict-local] [--format text|json]';

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
				profile: { type: 'string' },
				format: { type: 'string', default: 'text' },
				...SETTINGS_OPTIONS
			},
			usage
		);
		const [file] = positionals(pos, 1, usage);
		if (
			values.profile !== undefined &&
			values.profile !== 'national' &&
			values.profile !== 'strict-local'
		)
			throw new CliError(usage, EXIT_USAGE);
		let config: RuleConfig | undefined;
		if (values.config) {
			const raw = await readJson(values.config, ctx);
			const problems = validateRuleConfig(raw);
			if (problems.length)
				throw new CliError(formatProblems(values.config, problems), EXIT_INVALID);
			config = raw as RuleConfig;
		}
		// the deployment's settings first, then what this command line names on top of them
		const base = lintOptionsOf(await readSettings(values, usage, ctx), ctx.locale);
		const findings = lintItem(await readItem(file, ctx), {
			...base,
			config: { ...base.config, ...config },
			profile: values.profile ?? base.profile ?? 'national'
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
