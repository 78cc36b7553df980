// The reference for the portal benchmark: a plain Node static file server (http + fs.readFile per
// request, strong ETag from the file's sha256, 304 on If-None-Match), serving the same bytes the app
// serves, so their ratio says what the registry costs over a file on disk. It runs in a process of
// its own, as the app does: in the benchmark's process it would share one thread with the load
// generator and be measured slower than it is.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'static-server-process.mjs');

/** Serves every file under `dir` at `/<name>`; listens on 127.0.0.1 only. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
	const child = spawn(process.execPath, [SCRIPT, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
	const port = await new Promise<number>((resolve, reject) => {
		let out = '';
		child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			if (out.includes('\n')) resolve(Number(out.trim()));
		});
	});
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((r) => {
				child.removeAllListeners('exit');
				child.once('exit', () => r());
				child.kill('SIGTERM');
			})
	};
}
