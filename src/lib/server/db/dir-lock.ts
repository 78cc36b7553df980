// PGlite is a single-process database: two processes writing the same directory corrupt it. A lock
// file with the owner's pid refuses a second opener (a server, or the admin command line while the
// server runs) with a clear message; a lock left by a process that died is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export class DirectoryLockedError extends Error {
	constructor(
		readonly dir: string,
		readonly pid: number
	) {
		super(
			`数据目录 ${dir} 正由进程 ${pid} 使用；内嵌数据库同一时间只能由一个进程打开。` +
				` / The data directory ${dir} is in use by process ${pid}; the embedded database opens in one process at a time.`
		);
		this.name = 'DirectoryLockedError';
	}
}

const heldHere = new Set<string>();

/** Takes the lock for `dir`; returns the function that releases it. */
export function lockDirectory(dir: string): () => void {
	const file = `${resolve(dir)}.lock`;
	if (heldHere.has(file)) throw new DirectoryLockedError(dir, process.pid);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			heldHere.add(file);
			return () => {
				heldHere.delete(file);
				rmSync(file, { force: true });
			};
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(readFileSync(file, 'utf8').trim());
			// Our own pid here is a leftover of an earlier process that had the same pid (containers).
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
				throw new DirectoryLockedError(dir, pid);
			rmSync(file, { force: true });
		}
	}
	throw new Error(`could not lock ${dir}`);
}
