import { describe, expect, it } from 'vitest';
import { staleCaches, strategyFor } from './policy';

const origin = 'https://banshi.example';
const facts = (path: string, extra: { method?: string; mode?: string; origin?: string } = {}) => ({
	method: extra.method ?? 'GET',
	url: new URL(path, extra.origin ?? origin),
	origin,
	mode: extra.mode ?? 'cors',
	precached: new Set(['/_app/immutable/entry/start.js', '/favicon.svg'])
});

describe('the designer’s offline cache', () => {
	it('serves the built app from the device and keeps designer pages for offline reloads', () => {
		expect(strategyFor(facts('/_app/immutable/entry/start.js'))).toBe('asset');
		expect(strategyFor(facts('/_app/immutable/chunks/late.js'))).toBe('asset');
		expect(strategyFor(facts('/favicon.svg'))).toBe('asset');
		expect(strategyFor(facts('/designer/items/X1', { mode: 'navigate' }))).toBe('designer-page');
		expect(strategyFor(facts('/designer', { mode: 'navigate' }))).toBe('designer-page');
		// the data a designer page boots with (without it SvelteKit shows its error page)
		expect(strategyFor(facts('/designer/items/X1/__data.json?x-sveltekit-invalidated=100'))).toBe(
			'designer-data'
		);
		expect(strategyFor(facts('/designer/__data.json'))).toBe('designer-data');
	});

	it('never keeps API answers, portal or review pages, other sites or changes', () => {
		expect(strategyFor(facts('/api/v1/items/X1'))).toBe('network');
		expect(strategyFor(facts('/api/v1/portal/items/X1'))).toBe('network');
		expect(strategyFor(facts('/portal/items/X1', { mode: 'navigate' }))).toBe('network');
		expect(strategyFor(facts('/review/X1', { mode: 'navigate' }))).toBe('network');
		expect(strategyFor(facts('/designerx', { mode: 'navigate' }))).toBe('network');
		expect(strategyFor(facts('/_app/immutable/x.js', { origin: 'https://cdn.example' }))).toBe(
			'network'
		);
		expect(strategyFor(facts('/designer/items/X1', { method: 'POST', mode: 'navigate' }))).toBe(
			'network'
		);
		expect(strategyFor(facts('/portal/__data.json'))).toBe('network');
	});

	it('drops the caches of earlier builds only', () => {
		expect(
			staleCaches(
				['banshi-designer-1', 'banshi-designer-2', 'other'],
				'banshi-designer-2',
				'banshi-designer-'
			)
		).toEqual(['banshi-designer-1']);
	});
});
