// The starter templates are what editors copy: they must meet the standard without a single warning.
import { describe, expect, it } from 'vitest';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import type { Item } from '../item/types';
import { validateItem } from '../item/validate';
import { cleanItem } from '../../../../tests/fixtures/lint/clean-item';
import { lintItem } from './index';

const templates = import.meta.glob<Item>('../../../../templates/*.json', {
	eager: true,
	import: 'default'
});
const entries = Object.entries(templates).map(
	([path, item]) => [path.split('/').pop()!, item] as const
);

describe('templates lint clean', () => {
	it('finds the templates', () => {
		expect(entries.length).toBeGreaterThan(0);
	});

	it.each(entries)('%s has no errors or warnings', (_file, item) => {
		const findings = lintItem(structuredClone(item));
		expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
	});

	it.each(entries)('%s meets the strict local profile too', (_file, item) => {
		const findings = lintItem(structuredClone(item), { profile: 'strict-local' });
		expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
	});
});

describe('fixtures', () => {
	it('the lint fixture is a valid item document', () => {
		expect(validateItem(cleanItem()).problems).toEqual([]);
	});

	it('the shared sample item lints clean', () => {
		expect(lintItem(sampleItem())).toEqual([]);
	});
});
