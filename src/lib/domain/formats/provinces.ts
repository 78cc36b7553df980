// Province-level GB/T 2260 codes (first two digits). ID numbers and credit codes embed a region code
// whose full six digits may no longer exist (divisions merge and split; numbers outlive them), so
// only the province part is checked there.
export const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
	'11',
	'12',
	'13',
	'14',
	'15',
	'21',
	'22',
	'23',
	'31',
	'32',
	'33',
	'34',
	'35',
	'36',
	'37',
	'41',
	'42',
	'43',
	'44',
	'45',
	'46',
	'50',
	'51',
	'52',
	'53',
	'54',
	'61',
	'62',
	'63',
	'64',
	'65',
	'71',
	'81',
	'82'
]);

/** 83: residence permits for Taiwan residents (台湾居民居住证) use it in the ID number. */
export const ID_CARD_PREFIXES: ReadonlySet<string> = new Set([...PROVINCE_PREFIXES, '83']);

/** Regex alternation of PROVINCE_PREFIXES, for the structural patterns. */
export const PROVINCE_RE = '(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])';
