import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RequestHandler } from './$types';

// The embeddable widget as built by `npm run build:widget`. Other sites load it as a module script,
// which browsers fetch with CORS; the file name is stable, so caches revalidate by ETag.
const FILE = join(process.cwd(), 'dist-widget', 'banshi-form.js');
let cached: { body: string; etag: string; mtime: number } | undefined;

async function widget(): Promise<{ body: string; etag: string } | undefined> {
	try {
		const mtime = (await stat(FILE)).mtimeMs;
		if (cached?.mtime !== mtime) {
			const body = await readFile(FILE, 'utf8');
			const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
			cached = { body, etag, mtime };
		}
		return cached;
	} catch {
		return undefined;
	}
}

export const GET: RequestHandler = async ({ request }) => {
	const headers: Record<string, string> = {
		'access-control-allow-origin': '*',
		'cache-control': 'public, max-age=300, must-revalidate',
		'x-content-type-options': 'nosniff'
	};
	const found = await widget();
	if (!found) {
		return new Response('widget not built: run `npm run build:widget`\n', {
			status: 404,
			headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	headers.etag = found.etag;
	if (request.headers.get('if-none-match') === found.etag) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(found.body, {
		headers: { ...headers, 'content-type': 'text/javascript; charset=utf-8' }
	});
};
