// Field keys: the names portals, material conditions and submissions use, so they must be plain
// identifiers and unique among their siblings (conditional siblings included: both can be present
// in one submission).
import { uniqueKey as uniqueName } from '$lib/domain/naming';
import type { ErrorCode } from './messages';

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const MAX_KEY_LENGTH = 64;
/** The compiled application schema adds `materials` at the root for the uploads. */
export const RESERVED_ROOT_KEYS: ReadonlySet<string> = new Set(['materials']);

export function keyError(
	key: string,
	siblings: readonly string[],
	atRoot: boolean,
	current?: string
): ErrorCode | undefined {
	if (key === '') return 'keyEmpty';
	if (key.length > MAX_KEY_LENGTH) return 'keyTooLong';
	if (!IDENT.test(key)) return 'keyFormat';
	if (atRoot && RESERVED_ROOT_KEYS.has(key)) return 'keyReserved';
	if (key !== current && siblings.includes(key)) return 'keyTaken';
	return undefined;
}

/** The keys a new or renamed field may not take: its siblings', and the reserved ones at the root. */
export function takenKeys(siblings: readonly string[], atRoot: boolean): string[] {
	return atRoot ? [...siblings, ...RESERVED_ROOT_KEYS] : [...siblings];
}

/** `base`, else `base2`, `base3`, … — the first not among `taken` (and not reserved at the root). */
export function uniqueKey(base: string, taken: readonly string[], atRoot = false): string {
	return uniqueName(base, takenKeys(taken, atRoot));
}
