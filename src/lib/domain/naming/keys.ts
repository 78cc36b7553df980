// Readable identifiers from Chinese titles: field keys (姓名 → name, 项目负责人身份证号码 →
// projectLeaderIdNumber) and option values (个体工商户 → soleTrader). Known terms come from the
// glossary; anything else is spelled in pinyin (采集部位 → collectionBuwei), so every title gives a
// key a developer, a portal and a submission can use. Keys are what submissions are stored under:
// callers decide when a key may still follow its title (see `followsTitle`).
//
// The pinyin dictionary is large (about 150 KB compressed), so it is passed in (`./pinyin.ts`) and
// a screen loads it when it needs it; without it only glossary terms, Latin letters and digits
// make up a key.
import { GLOSSARY } from './glossary';

/** Spells a run of Chinese characters as lowercase ASCII words. */
export type Speller = (han: string) => string[];

/** Keys longer than this read worse than a short one the editor types; whole words are kept. */
export const MAX_DERIVED_LENGTH = 40;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HAN = /\p{Script=Han}/u;
const LONGEST_TERM = Math.max(...Object.keys(GLOSSARY).map((k) => k.length));
// units and remarks in brackets (合同价格（万元）, 联系电话（手机）) say how, not what
const BRACKETS = /[（(【[][^）)】\]]*[）)】\]]/g;

/** The words of a title: glossary terms in English, other Chinese in pinyin, Latin and digits kept. */
export function titleWords(title: string, spell?: Speller): string[] {
	const text = title.normalize('NFKC').replace(BRACKETS, ' ');
	const words: string[] = [];
	let han = '';
	const flushHan = () => {
		if (han && spell) words.push(...spell(han));
		han = '';
	};
	let i = 0;
	while (i < text.length) {
		const term = longestTerm(text, i);
		if (term !== undefined) {
			flushHan();
			if (GLOSSARY[term]) words.push(GLOSSARY[term]);
			i += term.length;
			continue;
		}
		const ch = text[i];
		if (HAN.test(ch)) {
			han += ch;
			i++;
			continue;
		}
		flushHan();
		const latin = /^[A-Za-z0-9]+/.exec(text.slice(i));
		if (latin) {
			words.push(latin[0]);
			i += latin[0].length;
		} else i++;
	}
	flushHan();
	return words;
}

function longestTerm(text: string, at: number): string | undefined {
	for (let n = Math.min(LONGEST_TERM, text.length - at); n > 0; n--) {
		const candidate = text.slice(at, at + n);
		if (candidate in GLOSSARY) return candidate;
	}
	return undefined;
}

const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const lowerFirst = (w: string) =>
	w === w.toUpperCase() ? w.toLowerCase() : w.charAt(0).toLowerCase() + w.slice(1);

/** camelCase identifier from a title, or '' when the title has nothing to spell. */
export function keyFromTitle(title: string, spell?: Speller): string {
	const words = titleWords(title, spell);
	let key = '';
	for (const [n, w] of words.entries()) {
		const next = key + (n === 0 ? lowerFirst(w) : upperFirst(w));
		if (next.length > MAX_DERIVED_LENGTH) {
			if (key === '') key = next.slice(0, MAX_DERIVED_LENGTH);
			break;
		}
		key = next;
	}
	// an identifier cannot start with a digit (第1项 → n1)
	if (/^[0-9]/.test(key)) key = `n${key}`;
	return IDENT.test(key) ? key : '';
}

/** `base`, else `base2`, `base3`, … — the first not among `taken`. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	const safe = IDENT.test(base) ? base : 'field';
	if (!used.has(safe)) return safe;
	const stem = safe.replace(/\d+$/, '') || 'field';
	for (let n = 2; ; n++) {
		const k = `${stem}${n}`;
		if (!used.has(k)) return k;
	}
}

/** The key a field titled `title` gets among `taken`; `fallback` when the title spells nothing. */
export function deriveKey(
	title: string,
	taken: Iterable<string>,
	fallback: string,
	spell?: Speller
): string {
	return uniqueKey(keyFromTitle(title, spell) || fallback, taken);
}

/**
 * Whether `key` is still the one derived from `title` (or the `fallback` a new field starts with),
 * give or take the number that made it unique: then the editor has not chosen it, and it may follow
 * a new title. A key typed by hand never matches, so it stays.
 */
export function followsTitle(
	key: string,
	title: string,
	fallback: string,
	spell?: Speller
): boolean {
	const stem = key.replace(/\d+$/, '');
	const derived = keyFromTitle(title, spell);
	return [derived, fallback].some(
		(base) => base !== '' && (key === base || stem === base.replace(/\d+$/, ''))
	);
}
