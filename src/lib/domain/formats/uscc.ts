// 统一社会信用代码 (GB 32100-2015) with the names of its registration authorities and organisation
// types: describing a code, and checking it with a warning that names the authority.
import { lookup, type Locale } from '../i18n';
import { usccNameMessages as names } from './uscc-names.messages';
import { checkUsccWith } from './uscc-core';
import type { FormatOptions, StrictCheck } from './types';

export {
	USCC_AUTHORITIES,
	USCC_CHARS,
	USCC_PATTERN,
	isValidUscc,
	orgCodeCheckChar,
	usccCheckChar
} from './uscc-core';

export interface UsccInfo {
	authority: string;
	type?: string;
	regionCode: string;
	orgCode: string;
}

/** What the first characters of a credit code say, for display next to the field. */
export function describeUscc(value: string, locale?: Locale): UsccInfo | undefined {
	const v = value.trim().toUpperCase();
	const authority = lookup(names, locale, `formats.uscc.authority.${v[0]}`);
	if (!authority || v.length !== 18) return undefined;
	return {
		authority,
		type: lookup(names, locale, `formats.uscc.type.${v[0]}${v[1]}`),
		regionCode: v.slice(2, 8),
		orgCode: v.slice(8, 17)
	};
}

/** Check a credit code: the decision, why it is refused, and what is worth a second look. */
export function checkUscc(input: string, opts: FormatOptions = {}): StrictCheck {
	return checkUsccWith(input, opts, (char) =>
		lookup(names, opts.locale, `formats.uscc.authority.${char}`)
	);
}
