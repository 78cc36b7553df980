// The running server's one database, opened once (hooks.server.ts `init`) and closed on shutdown,
// and its services, one set per language.
import type { Locale } from '../domain/i18n';
import { loginPolicyFromEnv } from './auth/policy';
import { connect, type Connection } from './db/connect';
import { createServices, type Services } from './services';
import { seedDemo } from './setup/demo';
import { ensureFirstAdmin } from './setup/first-admin';

/** Demo content on an empty database: by default outside production; BANSHI_SEED_DEMO=1/0 decides. */
export function shouldSeedDemo(env: Record<string, string | undefined>): boolean {
	if (env.BANSHI_SEED_DEMO === '1') return true;
	if (env.BANSHI_SEED_DEMO === '0') return false;
	return env.NODE_ENV !== 'production';
}

interface Server {
	connection: Connection;
	services: Record<Locale, Services>;
}

async function start(): Promise<Server> {
	const connection = await connect();
	await ensureFirstAdmin(connection.db, process.env.BANSHI_ADMIN_PASSWORD);
	if (shouldSeedDemo(process.env)) await seedDemo(connection.db);
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
