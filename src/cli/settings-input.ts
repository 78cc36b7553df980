// The deployment's settings for a check on the command line: an exported settings file
// (--settings), or the settings in force on a Banshi server (--server), so a check here finds what
// the server's publish gate would refuse.
import { createClient } from '../lib/api/client';
import { pathOf, routes } from '../lib/api/endpoints/routes';
import { validateSettings, type Settings } from '../lib/domain/settings';
import type { Context } from './context';
import { CliError, EXIT_INVALID, EXIT_USAGE } from './errors';
import { readJson } from './io';
import { formatProblems } from './item-input';

export const SETTINGS_OPTIONS = {
	settings: { type: 'string' },
	server: { type: 'string' }
} as const;

/** The API's answer ({ version, settings }) or the settings document alone both read. */
function documentOf(json: unknown): unknown {
	if (json && typeof json === 'object' && 'settings' in json && 'version' in json)
		return (json as { settings: unknown }).settings;
	return json;
}

function checked(json: unknown, source: string, ctx: Context): Settings {
	const result = validateSettings(documentOf(json), { locale: ctx.locale });
	if (!result.ok)
		throw new CliError(
			`${ctx.t('cli.settings.invalid', { source, count: result.problems.length })}\n` +
				formatProblems(source, result.problems),
			EXIT_INVALID
		);
	return result.settings;
}

async function fetchSettings(server: string, ctx: Context): Promise<unknown> {
	let base: string;
	try {
		base = new URL(server.endsWith('/') ? server : server + '/').href.replace(/\/$/, '');
	} catch {
		throw new CliError(ctx.t('cli.settings.badServer', { server }), EXIT_USAGE);
	}
	const url = base + pathOf(routes.getSettings);
	const r = await createClient({ base, locale: () => ctx.locale }).getSettings();
	if (r.ok && r.value && typeof r.value === 'object') return r.value;
	const reason = r.ok
		? `HTTP ${r.status}: not JSON`
		: r.offline
			? r.problem.title
			: `HTTP ${r.status}`;
	throw new CliError(ctx.t('cli.settings.unreachable', { url, reason }), EXIT_USAGE);
}

/** The settings named on the command line, or undefined for the built-in defaults. */
export async function readSettings(
	values: { settings?: string; server?: string },
	usage: string,
	ctx: Context
): Promise<Settings | undefined> {
	if (values.settings && values.server) throw new CliError(usage, EXIT_USAGE);
	if (values.settings) return checked(await readJson(values.settings, ctx), values.settings, ctx);
	if (values.server) return checked(await fetchSettings(values.server, ctx), values.server, ctx);
	return undefined;
}
