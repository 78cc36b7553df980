// The reference for the portal benchmark: a plain Node static file server (http + fs.readFile per
// request, strong ETag from the file's sha256, 304 on If-None-Match), serving the same bytes the app
// serves, so their ratio says what the registry costs over a file on disk.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Serves every file under `dir` at `/<name>`; listens on 127.0.0.1 only. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
	const etags = new Map<string, string>();
	for (const name of await readdir(dir)) {
		const bytes = await readFile(join(dir, name));
		etags.set('/' + name, `"${createHash('sha256').update(bytes).digest('hex')}"`);
	}
	const server: Server = createServer(async (req, res) => {
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
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(() => r());
			})
	};
}
