// What `npm start` asks of the server (scripts/start.js), decided apart so it can be tested.

/**
 * Demo content (accounts with the printed password, templates as items) only when asked for:
 * `--demo`, or a development start (NODE_ENV not "production") unless BANSHI_SEED_DEMO says
 * otherwise. A production start never asks for it; `--demo` with NODE_ENV=production is passed on,
 * and the server refuses to start with a message saying why.
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {'1' | '0'}
 */
export function seedDemoSetting(argv, env) {
	if (argv.includes('--demo')) return '1';
	if (env.BANSHI_SEED_DEMO === '1' || env.BANSHI_SEED_DEMO === '0') return env.BANSHI_SEED_DEMO;
	return env.NODE_ENV === 'production' ? '0' : '1';
}
