// 条款号: 第十六条, 第16条, 第一百零二条第二款 and 16 name the same article; comparing and renumbering
// work on the article's integer. Hand-written: the numerals of article numbers are a small closed
// set (up to 第九千九百九十九条), smaller than any numeral library and its options.

const DIGITS: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一百零二 → 102; undefined when it is not a Chinese numeral. */
export function fromChineseNumeral(s: string): number | undefined {
	if (!s) return undefined;
	let total = 0;
	let digit: number | undefined;
	for (const ch of s) {
		if (ch in DIGITS) {
			digit = DIGITS[ch];
		} else if (ch in UNITS) {
			total += (digit ?? 1) * UNITS[ch];
			digit = undefined;
		} else return undefined;
	}
	return total + (digit ?? 0);
}

const SMALL = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 102 → 一百零二; 10 → 十; 1…9999. */
export function toChineseNumeral(n: number): string {
	if (!Number.isInteger(n) || n <= 0 || n > 9999) return String(n);
	const parts: [number, string][] = [
		[1000, '千'],
		[100, '百'],
		[10, '十']
	];
	let out = '';
	let rest = n;
	let zero = false;
	for (const [size, unit] of parts) {
		const d = Math.floor(rest / size);
		rest %= size;
		if (d) {
			if (zero) out += '零';
			out += (d === 1 && unit === '十' && out === '' ? '' : SMALL[d]) + unit;
			zero = false;
		} else if (out) zero = true;
	}
	if (rest) out += (zero ? '零' : '') + SMALL[rest];
	return out;
}

export interface ArticleRef {
	/** the article's integer */
	n: number;
	/** what follows the article, e.g. 第二款 (kept when the article is renumbered) */
	rest: string;
}

/** The article an article reference names; undefined when it names none. */
export function parseArticle(ref: string | undefined): ArticleRef | undefined {
	if (typeof ref !== 'string') return undefined;
	const s = ref.trim();
	const plain = /^(\d{1,4})$/.exec(s);
	if (plain) return { n: Number(plain[1]), rest: '' };
	const m = /^第\s*([0-9]{1,4}|[零〇一二两三四五六七八九十百千]{1,12})\s*条(.*)$/.exec(s);
	if (!m) return undefined;
	const n = /^\d+$/.test(m[1]) ? Number(m[1]) : fromChineseNumeral(m[1]);
	return n ? { n, rest: m[2].trim() } : undefined;
}

/** 16 → 第十六条 */
export function articleLabel(n: number): string {
	return `第${toChineseNumeral(n)}条`;
}

/** Whether two references name the same article (第十六条第二款 and 第16条 do). */
export function sameArticle(a: string | undefined, b: string | undefined): boolean {
	const x = parseArticle(a);
	const y = parseArticle(b);
	return !!x && !!y && x.n === y.n;
}
