// Every message catalog of the project, wherever it lives (files named messages.ts, messages/*.ts
// or *.messages.ts): Chinese and English have the same keys and the same placeholders, no text is
// empty, and no key is declared by two catalogs with different texts.
import { describe, expect, it } from 'vitest';
import { placeholdersOf, type Catalog } from './catalog';

const modules = import.meta.glob(
	['/src/**/messages.ts', '/src/**/messages/*.ts', '/src/**/*.messages.ts'],
	{ eager: true }
);

function isCatalog(value: unknown): value is Catalog {
	if (!value || typeof value !== 'object') return false;
	const v = value as Record<string, unknown>;
	return (
		typeof v['zh-CN'] === 'object' &&
		v['zh-CN'] !== null &&
		typeof v.en === 'object' &&
		v.en !== null &&
		Object.values(v['zh-CN'] as object).every((s) => typeof s === 'string')
	);
}

const catalogs = Object.entries(modules).flatMap(([file, mod]) =>
	Object.entries(mod as Record<string, unknown>)
		.filter(([, value]) => isCatalog(value))
		.map(([name, value]) => ({ where: `${file}#${name}`, catalog: value as Catalog }))
);

describe('message catalogs', () => {
	it('are found', () => {
		expect(catalogs.length).toBeGreaterThan(0);
	});

	for (const { where, catalog } of catalogs) {
		it(`${where}: zh and en agree`, () => {
			const zh = catalog['zh-CN'];
			const en = catalog.en as Record<string, string>;
			expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
			for (const key of Object.keys(zh)) {
				expect(zh[key].trim(), `${key} (zh) is empty`).not.toBe('');
				expect(en[key].trim(), `${key} (en) is empty`).not.toBe('');
				expect(placeholdersOf(en[key]), `placeholders of ${key}`).toEqual(placeholdersOf(zh[key]));
			}
		});
	}

	it('no key means two things', () => {
		const seen = new Map<string, { where: string; zh: string }>();
		const clashes: string[] = [];
		for (const { where, catalog } of catalogs) {
			for (const [key, zh] of Object.entries(catalog['zh-CN'])) {
				const before = seen.get(key);
				if (before && before.zh !== zh && before.where.split('#')[0] !== where.split('#')[0])
					clashes.push(`${key}: ${before.where} ≠ ${where}`);
				seen.set(key, { where, zh });
			}
		}
		expect(clashes).toEqual([]);
	});
});
