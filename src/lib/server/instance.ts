// The running server's one database, opened once (hooks.server.ts `init`) and closed on shutdown,
// and its services, one set per language.
import type { Locale } from '../domain/i18n';
import { loginPolicyFromEnv } from './auth/policy';
import { connect, type Connection } from './db/connect';
import { listEnabledDemoUsers } from './db/users';
import { m } from './errors';
import { createServices, type Services } from './services';
import { seedDemo } from './setup/demo';
import { ensureFirstAdmin } from './setup/first-admin';
import { StartRefused } from './setup/start-refused';

export { StartRefused };

type Env = Record<string, string | undefined>;

/** Demo content only when asked for: BANSHI_SEED_DEMO=1, which `npm start` sets in development. */
export function shouldSeedDemo(env: Env): boolean {
	return env.BANSHI_SEED_DEMO === '1';
}

/**
 * A production server does not run while a demo account can sign in: their passwords are printed in
 * the README, and a database first started for a trial keeps them (issue: `admin` / `banshi-demo`
 * still worked after a switch to production). Sign-in refuses them too; this makes it impossible to miss.
 */
async function refuseDemoInProduction(connection: Connection, env: Env): Promise<void> {
	if (env.NODE_ENV !== 'production') return;
	if (shouldSeedDemo(env)) throw new StartRefused(m('server.start.demoInProduction'));
	const demo = await listEnabledDemoUsers(connection.db);
	if (demo.length > 0)
		throw new StartRefused(
			m('server.start.demoAccounts', { names: demo.map((u) => u.username).join(', ') })
		);
}

interface Server {
	connection: Connection;
	services: Record<Locale, Services>;
}

async function start(): Promise<Server> {
	const connection = await connect();
	try {
		await ensureFirstAdmin(connection.db, process.env.BANSHI_ADMIN_PASSWORD);
		await refuseDemoInProduction(connection, process.env);
		if (shouldSeedDemo(process.env)) await seedDemo(connection.db);
	} catch (error) {
		await connection.close();
		throw error;
	}
	process.once('sveltekit:shutdown', () => {
		void connection.close();
	});
	const login = loginPolicyFromEnv();
	const servicesIn = (locale: Locale) => createServices(connection.db, { locale, login });
	return { connection, services: { 'zh-CN': servicesIn('zh-CN'), en: servicesIn('en') } };
}

// Kept on globalThis so a module reload in development (vite dev) reuses the open database instead
// of opening the same PGlite directory a second time.
const holder = globalThis as { __banshiServer?: Promise<Server> };

function server(): Promise<Server> {
	holder.__banshiServer ??= start().catch((error) => {
		holder.__banshiServer = undefined;
		throw error;
	});
	return holder.__banshiServer;
}

/** Opens the database (and migrates, and seeds when asked) if it is not open yet. */
export async function startServer(): Promise<void> {
	await server();
}

/** The services, speaking `locale` where the domain core writes messages. */
export async function servicesIn(locale: Locale): Promise<Services> {
	return (await server()).services[locale];
}
