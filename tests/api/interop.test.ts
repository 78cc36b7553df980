// The interop kit as portals fetch it: content-hashed modules immutable with strong ETags, the
// interface-version names and the manifest revalidating, open CORS, problems for unknown names, and
// a formats module that a page imports and uses as served.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const servers = inject('servers');
const KIT = '/api/v1/portal/interop';

beforeAll(() => {
	// every `vite build` builds the kit; a reused build from before it existed gets it here
	if (existsSync('dist-interop/manifest.json')) return;
	const r = spawnSync(process.execPath, ['scripts/build-interop.js'], { stdio: 'inherit' });
	if (r.status !== 0) throw new Error('interop kit build failed');
});

describe.each(servers)('interop kit ($name)', (server) => {
	const get = (path: string, headers: Record<string, string> = {}) =>
		fetch(server.url + path, { headers });

	it('lists both modules with their URLs, digests and SRI integrity', async () => {
		const res = await get(KIT);
		expect(res.status).toBe(200);
		expect(res.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
		expect(res.headers.get('access-control-allow-origin')).toBe('*');
		const manifest = await res.json();
		expect(manifest.formats).toMatchObject({
			name: 'cn-formats',
			version: 1,
			latestUrl: `${KIT}/cn-formats.v1.js`,
			url: expect.stringMatching(/^\/api\/v1\/portal\/interop\/cn-formats\.v1\.[0-9a-f]{16}\.js$/),
			integrity: expect.stringMatching(/^sha384-/)
		});
		expect(manifest.fileField).toMatchObject({
			name: 'rjsf-file-field',
			latestUrl: `${KIT}/rjsf-file-field.v1.js`,
			peerDependencies: { react: '>=18', '@rjsf/core': '^6' }
		});
		const etag = res.headers.get('etag')!;
		expect((await get(KIT, { 'if-none-match': etag })).status).toBe(304);
	});

	it('serves a hashed module immutable and its version name revalidating, with one strong ETag', async () => {
		const { formats } = await (await get(KIT)).json();
		const pinned = await get(formats.url);
		expect(pinned.status).toBe(200);
		expect(pinned.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
		expect(pinned.headers.get('etag')).toBe(`"${formats.sha256}"`);
		expect(pinned.headers.get('access-control-allow-origin')).toBe('*');
		const body = await pinned.text();
		// the bytes the manifest names, so `integrity` holds
		expect(createHash('sha256').update(body).digest('hex')).toBe(formats.sha256);

		const latest = await get(formats.latestUrl);
		expect(latest.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
		expect(latest.headers.get('etag')).toBe(`"${formats.sha256}"`);
		expect(await latest.text()).toBe(body);
		const again = await get(formats.url, { 'if-none-match': `"${formats.sha256}"` });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
	});

	it('answers an unknown module name with a problem naming the current ones', async () => {
		const res = await get(`${KIT}/cn-formats.v1.0000000000000000.js`);
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
		const problem = await res.json();
		expect(problem.modules).toEqual([`${KIT}/cn-formats.v1.js`, `${KIT}/rjsf-file-field.v1.js`]);
	});

	it('serves a formats module that checks identifiers as served', async () => {
		const { formats } = await (await get(KIT)).json();
		const dir = mkdtempSync(join('node_modules', '.cache', 'banshi-interop-api-'));
		try {
			const file = join(dir, 'cn-formats.js');
			writeFileSync(file, await (await get(formats.url)).text());
			const mod = await import(/* @vite-ignore */ pathToFileURL(file).href);
			expect(mod.formats['cn-id-card']('11010519491231002X')).toBe(true);
			expect(mod.formats['cn-id-card']('110105194912310021')).toBe(false);
			expect(mod.formatError('cn-uscc', '91110108551385082A')).toMatch(/^校验码应为/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
