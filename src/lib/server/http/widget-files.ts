// The embeddable widget's files as built by `npm run build:widget` (dist-widget/): the module other
// sites load (banshi-form.js, a stable name, revalidated by ETag), the chunks it imports on demand
// (content-hashed names, cached for good) and one region list per province (regions/{prefix}.json).
// Other sites load them with CORS, so every answer allows any origin.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

const DIR = join(process.cwd(), 'dist-widget');
/** The only names served: nothing else in the directory (source maps, stray files) leaks out. */
const SERVED = /^(?:banshi-form\.js|chunks\/[\w-]+\.js|regions\/\d{2}\.json)$/;
const cached = new Map<string, { body: Buffer; etag: string; mtime: number }>();

async function widgetFile(name: string) {
	try {
		const file = join(DIR, name);
		const mtime = (await stat(file)).mtimeMs;
		const hit = cached.get(name);
		if (hit?.mtime === mtime) return hit;
		const body = await readFile(file);
		const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
		const entry = { body, etag, mtime };
		cached.set(name, entry);
		return entry;
	} catch {
		return undefined;
	}
}

/** The answer to GET /widget/{name}. */
export async function widgetResponse(name: string, request: Request): Promise<Response> {
	const headers: Record<string, string> = {
		'access-control-allow-origin': '*',
		'cache-control': name.startsWith('chunks/')
			? 'public, max-age=31536000, immutable'
			: 'public, max-age=300, must-revalidate',
		'x-content-type-options': 'nosniff'
	};
	const found = SERVED.test(name) ? await widgetFile(name) : undefined;
	if (!found) {
		const why =
			name === 'banshi-form.js'
				? 'widget not built: run `npm run build:widget`\n'
				: 'no such widget file\n';
		return new Response(why, {
			status: 404,
			headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	headers.etag = found.etag;
	if (request.headers.get('if-none-match') === found.etag) {
		return new Response(null, { status: 304, headers });
	}
	const type = name.endsWith('.json')
		? 'application/json; charset=utf-8'
		: 'text/javascript; charset=utf-8';
	return new Response(new Uint8Array(found.body), {
		headers: { ...headers, 'content-type': type }
	});
}
