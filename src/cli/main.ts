// `banshi` — the command line over the domain core. Every decision is made by src/lib/domain;
// this file only dispatches, prints, and maps failures to exit codes without stack traces.
import { translator, type Locale } from '../lib/domain/i18n';
import type { Command, Context, Output } from './context';
import { CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE } from './errors';
import { accept } from './commands/accept';
import { compile } from './commands/compile';
import { deviationsCommand, diff } from './commands/diff';
import { format } from './commands/format';
import { importXlsx } from './commands/import-xlsx';
import { lint } from './commands/lint';
import { exportNational, importNational } from './commands/national';
import { validate } from './commands/validate';
import { workdays } from './commands/workdays';
import { cliMessages } from './messages';

export const COMMANDS: Command[] = [
	validate,
	compile,
	accept,
	lint,
	diff,
	deviationsCommand,
	format,
	workdays,
	importXlsx,
	exportNational,
	importNational
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
	const t = translator(cliMessages, locale);
	const lines = [t('cli.title'), '', t('cli.usage'), ''];
	for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(15)} ${t(c.summary)}`);
	lines.push('', t('cli.footer'));
	return lines.join('\n');
}

export async function main(
	argv: string[],
	io: Output = stdio,
	opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<number> {
	const { locale, rest } = localeFrom(argv, opts.env ?? process.env);
	const t = translator(cliMessages, locale);
	const ctx: Context = { ...io, locale, t, cwd: opts.cwd ?? process.cwd() };
	const [name, ...args] = rest;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		(name ? io.out : io.err)(overview(locale));
		return name ? EXIT_OK : EXIT_USAGE;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		io.err(`${t('cli.unknownCommand', { name })}\n\n${overview(locale)}`);
		return EXIT_USAGE;
	}
	if (args.includes('--help') || args.includes('-h')) {
		io.out(`${command.usage}\n\n${t(command.help)}`);
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
		io.err(t('cli.error', { message: (e as Error)?.message ?? String(e) }));
		return EXIT_INVALID;
	}
}

export { EXIT_OK, EXIT_INVALID, EXIT_USAGE };
