// The static reference server's own process (see static-server.ts): serves every file of the
// directory given as argv[2] at `/<name>` on 127.0.0.1, then prints its port on stdout.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';

const dir = process.argv[2];
const etags = new Map();
for (const name of await readdir(dir)) {
	const bytes = await readFile(join(dir, name));
	etags.set('/' + name, `"${createHash('sha256').update(bytes).digest('hex')}"`);
}
const server = createServer(async (req, res) => {
	const path = (req.url ?? '/').split('?')[0];
	const etag = etags.get(path);
	if (!etag) {
		res.writeHead(404).end();
		return;
	}
	const headers = {
		etag,
		'cache-control': 'public, max-age=31536000, immutable',
		'content-type': path.endsWith('.html')
			? 'text/html; charset=utf-8'
			: 'application/json; charset=utf-8'
	};
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, headers).end();
		return;
	}
	const bytes = await readFile(join(dir, path.slice(1)));
	res.writeHead(200, { ...headers, 'content-length': bytes.length }).end(bytes);
});
// the same idle keep-alive as the app's scripts/serve.js, so neither side closes connections early
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(0, '127.0.0.1', () => {
	const address = server.address();
	process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => {
	server.closeAllConnections();
	server.close(() => process.exit(0));
});
