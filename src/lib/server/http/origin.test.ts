import { describe, expect, it } from 'vitest';
import { forgedOrigin, trustedOrigins } from './origin';

const own = 'https://banshi.example.gov.cn';
const req = (r: Partial<Parameters<typeof forgedOrigin>[0]>) =>
	forgedOrigin({ method: 'POST', origin: null, fetchSite: null, own, trusted: [], ...r });

describe('forgedOrigin', () => {
	it('lets reads through from anywhere', () => {
		expect(req({ method: 'GET', origin: 'https://evil.example' })).toBeNull();
		expect(req({ method: 'HEAD', fetchSite: 'cross-site' })).toBeNull();
	});
	it('refuses changes from another origin, whatever the method', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post'])
			expect(req({ method, origin: 'https://evil.example' })).toBe('https://evil.example');
		// another port of the same host is another origin
		expect(req({ origin: 'https://banshi.example.gov.cn:8443' })).not.toBeNull();
		expect(req({ origin: 'null' })).toBe('null');
	});
	it('allows its own origin and the trusted ones', () => {
		expect(req({ origin: own })).toBeNull();
		expect(req({ origin: 'https://proxy.example', trusted: ['https://proxy.example'] })).toBeNull();
	});
	it('without Origin, trusts Fetch Metadata, and lets non-browser clients through', () => {
		expect(req({ fetchSite: 'cross-site' })).toBe('cross-site');
		expect(req({ fetchSite: 'same-site' })).toBe('same-site');
		expect(req({ fetchSite: 'same-origin' })).toBeNull();
		expect(req({ fetchSite: 'none' })).toBeNull();
		expect(req({})).toBeNull();
	});
	it('reads the trusted list from the environment', () => {
		expect(trustedOrigins(' https://a.example/, https://b.example  https://c.example')).toEqual([
			'https://a.example',
			'https://b.example',
			'https://c.example'
		]);
		expect(trustedOrigins(undefined)).toEqual([]);
	});
});
