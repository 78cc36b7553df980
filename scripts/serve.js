#!/usr/bin/env node
// Serves a build (default build/index.js, or the path given) as adapter-node does, with one request
// handler placed before SvelteKit's: the portal's immutable resources (version bundles, schemas,
// validator modules) that were served once are answered from memory — a revalidation without the
// database or the framework (src/lib/server/kit/fast-path.ts). Everything else, and everything when
// that handler is absent, goes to SvelteKit unchanged. `npm start` serves through this.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FAST_PATH = Symbol.for('banshi.portal.fastPath');

/** Starts the server of the build whose entry is `entry`, with the fast path in front. */
export async function serve(entry = 'build/index.js') {
	// Idle connections stay open longer than the usual 60 s of proxies and clients (Node's default
	// is 5 s): otherwise a client reusing a connection can meet the server closing it (ECONNRESET).
	// adapter-node reads these when the build is imported; the environment may still set them.
	process.env.KEEP_ALIVE_TIMEOUT ??= '65';
	process.env.HEADERS_TIMEOUT ??= '66';
	const { server } = await import(pathToFileURL(resolve(entry)).href);
	const http = server?.server;
	// polka's own listener; any other listener (adapter-node's request counting) stays as it is
	const kit = server?.attach;
	if (!http || typeof kit !== 'function' || !http.listeners('request').includes(kit)) {
		console.warn('portal fast path not installed: unexpected adapter-node server shape');
		return;
	}
	http.removeListener('request', kit);
	http.prependListener('request', (req, res) => {
		const fast = globalThis[FAST_PATH];
		if (typeof fast !== 'function' || !fast(req, res)) kit(req, res);
	});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await serve(process.argv[2]);
}
