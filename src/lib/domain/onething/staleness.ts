// When a one-thing must be re-reviewed: a member whose newest published version is not the one the
// one-thing was compiled from (published), submitted with (in review, approved) or pinned to (a
// draft pinned to a version number). The published one-thing keeps serving what it compiled until
// it is published again.
import type { OneThingMember } from './types';

export interface RecordedMember {
	code: string;
	pin: OneThingMember['pin'];
	/** the version compiled, reviewed or pinned */
	version: number;
}

export interface CurrentMember {
	code: string;
	name: string;
	/** the member's newest published version; null when it has none or is retired */
	current: number | null;
}

export interface StaleMember {
	code: string;
	name: string;
	pin: OneThingMember['pin'];
	compiled: number;
	current: number | null;
}

/** The recorded members whose newest published version is another one, in the recorded order. */
export function staleMembers(
	recorded: readonly RecordedMember[],
	current: ReadonlyMap<string, CurrentMember>
): StaleMember[] {
	return recorded.flatMap((m) => {
		const now = current.get(m.code);
		const n = now?.current ?? null;
		return n === m.version
			? []
			: [{ code: m.code, name: now?.name ?? m.code, pin: m.pin, compiled: m.version, current: n }];
	});
}

/** What a draft records: its members pinned to a version number (a 'latest' pin follows along). */
export function pinnedMembers(members: readonly OneThingMember[]): RecordedMember[] {
	return members.flatMap((m) =>
		typeof m.pin === 'number' ? [{ code: m.code, pin: m.pin, version: m.pin }] : []
	);
}
