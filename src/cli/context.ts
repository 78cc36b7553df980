import type { Locale, Translate } from '../lib/domain/i18n';
import type { CliKey, cliMessages } from './messages';

export interface Output {
	out(text: string): void;
	err(text: string): void;
}

export interface Context extends Output {
	locale: Locale;
	/** the command line's messages in `locale` */
	t: Translate<(typeof cliMessages)['zh-CN']>;
	/** working directory that relative paths are resolved against */
	cwd: string;
}

export interface Command {
	name: string;
	summary: Extract<CliKey, `cli.${string}.summary`>;
	usage: string;
	help: Extract<CliKey, `cli.${string}.help`>;
	run(args: string[], ctx: Context): Promise<number>;
}
