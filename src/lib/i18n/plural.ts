// English counts its nouns (1 item, 2 items); Chinese does not. A message that counts has two
// keys, `….one` and `….other` (the same text in Chinese), and the caller picks one:
//   t(`designer.catalog.total.${plural(n)}`, { n })
// CLDR's English rule: "one" for exactly 1, "other" for everything else.
export type PluralForm = 'one' | 'other';

export function plural(n: number): PluralForm {
	return n === 1 ? 'one' : 'other';
}
