// An item code (事项编码) in a path: what the item meta-schema lets a code be — 1–64 characters,
// no slash or backslash — and no control characters (refused in every stored text). Another value
// cannot name an item, so the route does not match and the answer is 404.
import type { ParamMatcher } from '@sveltejs/kit';

const CODE = /^[^/\\\p{Cc}]{1,64}$/u;

export const match = ((param: string): boolean => CODE.test(param)) satisfies ParamMatcher;
