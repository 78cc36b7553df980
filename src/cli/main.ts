// `banshi` — the command line over the domain core. Every decision is made by src/lib/domain;
// this file only dispatches, prints, and maps failures to exit codes without stack traces.
import type { Locale } from '../lib/domain/i18n';
import { msg } from '../lib/domain/i18n';
import type { Command, Context, Output } from './context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './errors';
import { accept } from './commands/accept';
import { compile } from './commands/compile';
import { deviationsCommand, diff } from './commands/diff';
import { format } from './commands/format';
import { lint } from './commands/lint';
import { validate } from './commands/validate';
import { workdays } from './commands/workdays';

export const COMMANDS: Command[] = [
	validate,
	compile,
	accept,
	lint,
	diff,
	deviationsCommand,
	format,
	workdays
];

const stdio: Output = {
	out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
	err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n')
};

function localeFrom(args: string[], env: NodeJS.ProcessEnv): { locale: Locale; rest: string[] } {
	const rest: string[] = [];
	let locale: Locale = env.BANSHI_LANG === 'en' ? 'en' : 'zh-CN';
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--lang' && i + 1 < args.length) {
			locale = args[++i] === 'en' ? 'en' : 'zh-CN';
		} else if (args[i].startsWith('--lang=')) {
			locale = args[i].slice(7) === 'en' ? 'en' : 'zh-CN';
		} else rest.push(args[i]);
	}
	return { locale, rest };
}

function overview(locale: Locale): string {
	const lines = [
		msg(
			locale,
			'banshi — 政务服务事项命令行工具',
			'banshi — command line for government service items'
		),
		'',
		msg(locale, '用法：banshi <命令> [参数]', 'usage: banshi <command> [arguments]'),
		''
	];
	for (const c of COMMANDS)
		lines.push(`  ${c.name.padEnd(11)} ${msg(locale, c.summary.zh, c.summary.en)}`);
	lines.push(
		'',
		msg(
			locale,
			'每个命令都支持 --help。--lang en 切换为英文输出。退出码：0 成功，1 输入无效或值被拒绝，2 用法错误或文件无法读取。',
			'Every command takes --help. --lang en switches output to English. Exit codes: 0 ok, 1 invalid input or rejected value, 2 usage or unreadable file.'
		)
	);
	return lines.join('\n');
}

export async function main(
	argv: string[],
	io: Output = stdio,
	opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<number> {
	const { locale, rest } = localeFrom(argv, opts.env ?? process.env);
	const ctx: Context = { ...io, locale, cwd: opts.cwd ?? process.cwd() };
	const [name, ...args] = rest;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		(name ? io.out : io.err)(overview(locale));
		return name ? EXIT_OK : EXIT_USAGE;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		io.err(`${msg(locale, '未知命令', 'unknown command')}：${name}\n\n${overview(locale)}`);
		return EXIT_USAGE;
	}
	if (args.includes('--help') || args.includes('-h')) {
		io.out(`${command.usage}\n\n${msg(locale, command.help.zh, command.help.en)}`);
		return EXIT_OK;
	}
	try {
		return await command.run(args, ctx);
	} catch (e) {
		if (e instanceof CliError) {
			io.err(e.message);
			return e.exitCode;
		}
		// Anything else is still reported in one line: people at a terminal get no stack traces.
		io.err(`${msg(locale, '错误', 'error')}：${(e as Error)?.message ?? String(e)}`);
		return EXIT_INVALID;
	}
}

export { EXIT_OK, EXIT_INVALID, EXIT_USAGE };
