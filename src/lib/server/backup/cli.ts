// `admin export FILE` / `admin import FILE`: the whole registry to one JSON file and back, on the
// database the server would open (DATABASE_URL, else PGlite under BANSHI_DATA_DIR or ./data).
// Stop the server before importing into an embedded (PGlite) directory: PGlite is single-process.
import { connect } from '../db/connect';
import { exportToFile, BackupError } from './export';
import { importFromFile } from './import';

export const BACKUP_USAGE = [
	'export FILE   write the whole database (without password hashes and sessions) to FILE',
	'import FILE   restore FILE into an empty database; BANSHI_ADMIN_PASSWORD, when set, becomes',
	'              the password of the account admin (restored accounts have no password)'
];

/** Runs one backup command; returns the process exit code (0 ok, 1 refused, 2 usage). */
export async function backupCommand(
	argv: string[],
	io: { out(s: string): void; err(s: string): void } = {
		out: (s) => console.log(s),
		err: (s) => console.error(s)
	}
): Promise<number> {
	const [command, file, ...rest] = argv;
	if ((command !== 'export' && command !== 'import') || !file || rest.length) {
		io.err(`usage:\n  ${BACKUP_USAGE.join('\n  ')}`);
		return 2;
	}
	const connection = await connect();
	try {
		if (command === 'export') {
			const s = await exportToFile(connection.db, file);
			io.out(`exported ${describe(s.rows)} (${s.bytes} bytes) to ${file}`);
		} else {
			const s = await importFromFile(connection.db, file, {
				adminPassword: process.env.BANSHI_ADMIN_PASSWORD || undefined
			});
			io.out(`imported ${describe(s.rows)} from ${file}`);
			io.out(
				s.adminWithPassword
					? `account ${s.adminWithPassword} has the password from BANSHI_ADMIN_PASSWORD`
					: 'restored accounts have no password yet: give them one with npm run admin -- set-password --username NAME --password PASS'
			);
		}
		return 0;
	} catch (error) {
		if (!(error instanceof BackupError)) throw error;
		io.err(`${command}: ${error.message}`);
		return 1;
	} finally {
		await connection.close();
	}
}

function describe(rows: Record<string, number>): string {
	return Object.entries(rows)
		.map(([t, n]) => `${n} ${t}`)
		.join(', ');
}
