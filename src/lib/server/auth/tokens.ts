import { createHash, randomBytes } from 'node:crypto';

/** A session token for the client and the digest stored for it: a stolen table holds no tokens. */
export function newSessionToken(): { token: string; hash: string } {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}
