// The strict formats ajv runs (valid exactly as written) answer without building messages. They must
// decide every value as the full checkers do: a value is strictly valid when the checker finds it
// valid and has nothing to say about how it is written. Checked over valid values and many damaged
// copies of them (characters replaced, spaces, lower case, prefixes, cut short).
import { describe, expect, it } from 'vitest';
import { CN_FORMATS, cnAjvFormats, formatError } from './registry';
import { idCardCheckChar } from './id-card';
import { usccCheckChar } from './uscc';
import { regionChildren } from './regions';
import type { CnFormat } from './types';

const TODAY = '2025-06-01';

function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const rand = prng(20260302);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const digits = (n: number) =>
	Array.from({ length: n }, () => String(Math.floor(rand() * 10))).join('');

const provinces = regionChildren(null).map((r) => r.code);
const regions = [...provinces, ...provinces.flatMap((p) => regionChildren(p).map((r) => r.code))];

function idCard(): string {
	const birth = `${pick(['1949', '1985', '2001', '2024', '2025', '2026', '1899'])}${pick(['01', '02', '06', '12', '13'])}${pick(['01', '28', '29', '30', '31'])}`;
	const first17 = pick(regions) + birth + digits(3);
	return first17 + idCardCheckChar(first17);
}

function uscc(): string {
	const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
	const body = Array.from({ length: 9 }, () => pick([...chars])).join('');
	const first17 =
		pick(['9', '1', '5', 'Y', 'N']) + pick(['1', '2', '3']) + pick([...regions, '100000']) + body;
	return first17 + usccCheckChar(first17);
}

const valid: Record<CnFormat, () => string> = {
	'cn-id-card': idCard,
	'cn-uscc': uscc,
	'cn-region': () => pick(regions),
	'cn-mobile': () =>
		pick(['', '+86', '86', '+86 ', '86-']) + pick(['13', '15', '18', '19', '12']) + digits(9),
	'cn-postcode': () => pick(['45', '10', '00', '90', '35']) + digits(4)
};

const ALPHABET = ['0', '1', '9', 'X', 'x', 'y', 'A', 'I', 'O', ' ', '\u3000', '-', '+', 'é'];

function damaged(value: string): string[] {
	const out = [
		value,
		` ${value}`,
		`${value} `,
		value.toLowerCase(),
		value.slice(0, -1),
		value + '0'
	];
	for (let i = 0; i < 4; i++) {
		const at = Math.floor(rand() * value.length);
		out.push(value.slice(0, at) + pick(ALPHABET) + value.slice(at + 1));
		out.push(value.slice(0, at) + ' ' + value.slice(at));
	}
	return out;
}

describe('strict formats decide as the full checkers', () => {
	const formats = Object.keys(CN_FORMATS) as CnFormat[];
	const fixed = cnAjvFormats({ today: TODAY });

	it.each(formats)('%s', (format) => {
		let accepted = 0;
		let refused = 0;
		for (let n = 0; n < 400; n++) {
			for (const v of damaged(valid[format]())) {
				const full = formatError(format, v, { today: TODAY }) === undefined;
				expect(fixed[format].validate(v), JSON.stringify(v)).toBe(full);
				expect(CN_FORMATS[format].validate(v), JSON.stringify(v)).toBe(
					formatError(format, v) === undefined
				);
				if (full) accepted++;
				else refused++;
			}
		}
		// both answers occur often, so the comparison covers each path
		expect(accepted).toBeGreaterThan(200);
		expect(refused).toBeGreaterThan(200);
	});
});
