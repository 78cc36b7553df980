// A record id or a version / revision number in a path: a positive integer the database's int4
// columns can hold (1–999,999,999), written without leading zeros.
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): boolean =>
	/^[1-9]\d{0,8}$/.test(param)) satisfies ParamMatcher;
