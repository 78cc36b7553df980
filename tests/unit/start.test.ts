// `npm start` loads demo content only when asked for: in development, or with --demo.
import { describe, expect, it } from 'vitest';
import { seedDemoSetting } from '../../scripts/start-options.js';

describe('npm start and demo content', () => {
	it('loads it in development, as the README’s start command promises', () => {
		expect(seedDemoSetting([], {})).toBe('1');
		expect(seedDemoSetting([], { NODE_ENV: 'development' })).toBe('1');
		expect(seedDemoSetting([], { BANSHI_SEED_DEMO: '0' })).toBe('0');
	});

	it('never in production unless --demo asks (which the server then refuses)', () => {
		expect(seedDemoSetting([], { NODE_ENV: 'production' })).toBe('0');
		expect(seedDemoSetting([], { NODE_ENV: 'production', BANSHI_SEED_DEMO: '' })).toBe('0');
		expect(seedDemoSetting(['--demo'], { NODE_ENV: 'production' })).toBe('1');
		expect(seedDemoSetting(['--demo'], { BANSHI_SEED_DEMO: '0' })).toBe('1');
	});
});
