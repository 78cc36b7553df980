import type { Locale } from '../lib/domain/i18n';

export interface Output {
	out(text: string): void;
	err(text: string): void;
}

export interface Context extends Output {
	locale: Locale;
	/** working directory that relative paths are resolved against */
	cwd: string;
}

export interface Command {
	name: string;
	summary: { zh: string; en: string };
	usage: string;
	help: { zh: string; en: string };
	run(args: string[], ctx: Context): Promise<number>;
}
