// The running server's one registry, opened once (hooks.server.ts `init`) and closed on shutdown.
import { ensureFirstAdmin } from './setup/first-admin';
import { seedDemo } from './setup/demo';
import { openRegistry, type Registry } from './registry';
import { loginPolicyFromEnv, type LoginPolicy } from './auth/login';

let instance: Promise<Registry> | undefined;

async function start(): Promise<Registry> {
	const registry = await openRegistry();
	await ensureFirstAdmin(registry.db, process.env.BANSHI_ADMIN_PASSWORD);
	if (process.env.BANSHI_SEED_DEMO === '1') await seedDemo(registry.db);
	process.once('sveltekit:shutdown', () => {
		void registry.close();
	});
	return registry;
}

export function getRegistry(): Promise<Registry> {
	instance ??= start().catch((error) => {
		instance = undefined;
		throw error;
	});
	return instance;
}

let policy: LoginPolicy | undefined;

export function loginPolicy(): LoginPolicy {
	policy ??= loginPolicyFromEnv();
	return policy;
}
