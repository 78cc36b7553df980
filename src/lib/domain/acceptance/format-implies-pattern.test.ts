// The quick application check (quick-check.ts) leaves out the structural pattern published beside a
// Chinese format when the format alone already refuses every value the pattern refuses. That claim
// is proved here per format: every value the format accepts matches the pattern. Each pattern is a
// run of independent positions, so each position is tried with every character (the others kept
// valid, check characters recomputed), every birth date and every postcode are tried in full, and
// many random and damaged values besides.
import { describe, expect, it } from 'vitest';
import { CN_FORMATS, cnAjvFormats, idCardCheckChar } from '../formats';
import { ID_CARD_PREFIXES } from '../formats/provinces';
import { USCC_AUTHORITIES, USCC_CHARS, usccCheckChar } from '../formats/uscc';
import type { CnFormat } from '../formats';
import { PATTERN_IMPLYING_FORMATS } from './quick-check';

// the ID check compares birth dates with today; the patterns know years 1900–2099
const TODAY = '2099-12-31';
const formats = cnAjvFormats({ today: TODAY });

// every character a value could plausibly hold, and some it should not
const ALPHABET = [
	...Array.from({ length: 0x250 }, (_, i) => String.fromCharCode(i)),
	'０',
	'１',
	'Ｘ',
	'\u3000',
	'\u200b',
	'一'
];

function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Values the format accepts that the pattern refuses (none, for the claim to hold), and how many it accepted. */
function counterexamples(format: CnFormat, values: Iterable<string>) {
	const re = new RegExp(CN_FORMATS[format].pattern, 'u');
	const accepts = formats[format].validate;
	const bad: string[] = [];
	let accepted = 0;
	for (const v of values) {
		if (!accepts(v)) continue;
		accepted++;
		if (!re.test(v)) bad.push(v);
	}
	return { bad: bad.slice(0, 5), accepted };
}

/** `valid` with each position replaced by every character of the alphabet in turn. */
function* everyCharacterAt(valid: string, fix: (v: string) => string = (v) => v) {
	for (let i = 0; i < valid.length; i++)
		for (const c of ALPHABET) yield fix(valid.slice(0, i) + c + valid.slice(i + 1));
}

/** Damaged copies: cut, doubled, spaced, prefixed, lower case. */
function* damaged(valid: string[]) {
	for (const v of valid) {
		yield v.slice(1);
		yield v.slice(0, -1);
		yield v + v.slice(-1);
		yield ` ${v}`;
		yield `${v}\n`;
		yield `+86${v}`;
		yield v.toLowerCase();
		yield v.slice(0, 6) + ' ' + v.slice(6);
	}
}

const withIdCheck = (v: string) => (v.length === 18 ? v.slice(0, 17) + idCardCheckChar(v) : v);
const withUsccCheck = (v: string) =>
	v.length === 18 && [...v.slice(0, 17)].every((c) => USCC_CHARS.includes(c))
		? v.slice(0, 17) + usccCheckChar(v)
		: v;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

function* birthDates() {
	for (
		let d = new Date(Date.UTC(1890, 0, 1));
		d.getUTCFullYear() < 2101;
		d.setUTCDate(d.getUTCDate() + 1)
	)
		yield `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
}

const VALUES: Record<string, () => Iterable<string>> = {
	'cn-id-card': function* () {
		const rand = prng(11643);
		const base = '11010519491231002X';
		yield* everyCharacterAt(base, withIdCheck);
		for (const p of ID_CARD_PREFIXES) yield withIdCheck(p + base.slice(2));
		for (let p = 0; p < 100; p++) yield withIdCheck(pad(p, 2) + base.slice(2));
		for (const birth of birthDates()) yield withIdCheck(base.slice(0, 6) + birth + base.slice(14));
		const valid: string[] = [];
		for (let n = 0; n < 5000; n++) {
			const digits = Array.from({ length: 17 }, () => Math.floor(rand() * 10)).join('');
			valid.push(withIdCheck(digits + '0'));
		}
		yield* valid;
		yield* damaged(valid);
	},
	'cn-uscc': function* () {
		const rand = prng(32100);
		const base = '91350100M000100Y43';
		yield* everyCharacterAt(base, withUsccCheck);
		for (const a of Object.keys(USCC_AUTHORITIES))
			for (const c of ALPHABET) yield withUsccCheck(a + c + base.slice(2));
		const valid: string[] = [];
		for (let n = 0; n < 5000; n++) {
			const chars = Array.from({ length: 17 }, () => USCC_CHARS[Math.floor(rand() * 31)]).join('');
			valid.push(withUsccCheck(chars + '0'));
		}
		yield* valid;
		yield* damaged(valid);
	},
	'cn-mobile': function* () {
		const rand = prng(86);
		const base = '13800138000';
		yield* everyCharacterAt(base);
		yield* everyCharacterAt('+86 13800138000');
		const valid: string[] = [];
		for (let n = 0; n < 5000; n++)
			valid.push('1' + Array.from({ length: 10 }, () => Math.floor(rand() * 10)).join(''));
		yield* valid;
		yield* damaged(valid);
	},
	'cn-postcode': function* () {
		for (let n = 0; n < 1_000_000; n++) yield pad(n, 6);
		yield* everyCharacterAt('450000');
		yield* damaged(['450000', '010000', '100000']);
	}
};

describe('a Chinese format whose pattern the quick application check leaves out', () => {
	it('is every one whose values are tried here', () => {
		expect([...PATTERN_IMPLYING_FORMATS].sort()).toEqual(Object.keys(VALUES).sort());
	});

	it.each(Object.keys(VALUES))('%s: accepts no value its published pattern refuses', (format) => {
		const { bad, accepted } = counterexamples(format as CnFormat, VALUES[format]());
		expect(bad).toEqual([]);
		// the format accepted many of the values, so the claim was put to the test
		expect(accepted).toBeGreaterThan(100);
	});
});
