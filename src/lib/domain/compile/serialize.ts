// The published bytes. Bundles are built with a fixed key order, so plain JSON.stringify is already
// canonical; the hash is over exactly the bytes served, minus the hash itself.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Bundle } from './types';

/**
 * The exact bytes served for a bundle (compact JSON, UTF-8). Store this text as is: a JSON column
 * type that reorders keys (PostgreSQL jsonb) would lose the field order and change the hash.
 */
export function serializeBundle(bundle: Bundle | Omit<Bundle, 'hash'>): string {
	return JSON.stringify(bundle);
}

/** sha256 (lowercase hex) of the bundle serialised without its `hash` field. */
export function bundleHash(bundle: Bundle | Omit<Bundle, 'hash'>): string {
	const { hash: _hash, ...rest } = bundle as Bundle;
	return bytesToHex(sha256(utf8ToBytes(serializeBundle(rest))));
}
