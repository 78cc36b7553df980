import { checkFormat, CN_FORMATS, type CnFormat } from '../../lib/domain/formats';
import { msg } from '../../lib/domain/i18n';
import { parse, positionals } from '../args';
import type { Command } from '../context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../errors';

const names = Object.keys(CN_FORMATS) as CnFormat[];
const usage = `banshi format FORMAT VALUE   (FORMAT: ${names.join(' | ')})`;

export const format: Command = {
	name: 'format',
	usage,
	summary: { zh: '校验证件号码等格式', en: 'check an identifier format' },
	help: {
		zh: '校验一个值：身份证号码（cn-id-card）、统一社会信用代码（cn-uscc）、行政区划代码（cn-region）、手机号（cn-mobile）、邮政编码（cn-postcode）。不符合时退出码为 1。',
		en: 'Check one value: resident ID (cn-id-card), unified social credit code (cn-uscc), region code (cn-region), mobile (cn-mobile), postcode (cn-postcode). Exit code 1 when it fails.'
	},
	async run(args, ctx) {
		const { positionals: pos } = parse(args, {}, usage);
		const [name, value] = positionals(pos, 2, usage);
		if (!names.includes(name as CnFormat))
			throw new CliError(
				`${msg(ctx.locale, '未知格式', 'unknown format')}：${name}\n${usage}`,
				EXIT_USAGE
			);
		const r = checkFormat(name as CnFormat, value, { locale: ctx.locale });
		if (r.valid) {
			const shown = r.normalized && r.normalized !== value ? r.normalized : value;
			ctx.out(`${msg(ctx.locale, '有效', 'valid')}：${shown}`);
		} else ctx.err(`${msg(ctx.locale, '无效', 'invalid')}：${r.message ?? ''}`);
		for (const w of r.warnings ?? []) ctx.err(`${msg(ctx.locale, '提示', 'warning')}：${w}`);
		return r.valid ? EXIT_OK : EXIT_INVALID;
	}
};
