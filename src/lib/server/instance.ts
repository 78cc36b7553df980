// The running server's one registry, opened once (hooks.server.ts `init`) and closed on shutdown.
import { ensureFirstAdmin } from './setup/first-admin';
import { seedDemo } from './setup/demo';
import { openRegistry, type Registry } from './registry';
import { loginPolicyFromEnv, type LoginPolicy } from './auth/login';

/** Demo content on an empty database: by default outside production; BANSHI_SEED_DEMO=1/0 decides. */
export function shouldSeedDemo(env: Record<string, string | undefined>): boolean {
	if (env.BANSHI_SEED_DEMO === '1') return true;
	if (env.BANSHI_SEED_DEMO === '0') return false;
	return env.NODE_ENV !== 'production';
}

async function start(): Promise<Registry> {
	const registry = await openRegistry();
	await ensureFirstAdmin(registry.db, process.env.BANSHI_ADMIN_PASSWORD);
	if (shouldSeedDemo(process.env)) await seedDemo(registry.db);
	process.once('sveltekit:shutdown', () => {
		void registry.close();
	});
	return registry;
}

// Kept on globalThis so a module reload in development (vite dev) reuses the open database instead
// of opening the same PGlite directory a second time.
const holder = globalThis as { __banshiRegistry?: Promise<Registry> };

export function getRegistry(): Promise<Registry> {
	holder.__banshiRegistry ??= start().catch((error) => {
		holder.__banshiRegistry = undefined;
		throw error;
	});
	return holder.__banshiRegistry;
}

let policy: LoginPolicy | undefined;

export function loginPolicy(): LoginPolicy {
	policy ??= loginPolicyFromEnv();
	return policy;
}
