import { lintItem, validateRuleConfig, hasBlockingFindings } from '../../lib/domain/lint';
import type { RuleConfig } from '../../lib/domain/lint';
import { msg } from '../../lib/domain/i18n';
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
	summary: { zh: '编制规范检查', en: 'standardization lint' },
	help: {
		zh: '按编制规范检查事项，逐条输出规则编号、级别、JSON 指针与说明。发现错误级问题时退出码为 1。--config 为部署的规则配置（规则编号 → off/info/warning/error）。',
		en: 'Check an item against the standardization rules: rule id, severity, JSON pointer and message per finding. Exit code 1 when an error is found. --config is the deployment rule set (rule id → off/info/warning/error).'
	},
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
			ctx.out(
				msg(
					ctx.locale,
					`${file}：${findings.length} 条发现，其中错误 ${errors} 条`,
					`${file}: ${findings.length} finding(s), ${errors} error(s)`
				)
			);
		}
		return hasBlockingFindings(findings) ? EXIT_INVALID : EXIT_OK;
	}
};
