import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes); verification reads parameters from the stored hash,
// so raising these later does not lock anyone out.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
	try {
		return await argon2.verify(hash, password);
	} catch {
		return false;
	}
}

let dummy: Promise<string> | undefined;

/** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
	dummy ??= hashPassword('banshi-dummy-password');
	await verifyPassword(await dummy, password);
}
