// Verdicts and version bumps from a list of judged changes.
import type { CompatChange, CompatVerdict, VersionBump } from './types';

export function verdictOf(changes: CompatChange[]): CompatVerdict {
	if (changes.length === 0) return 'none';
	const backward = changes.every((c) => c.backward);
	const forward = changes.every((c) => c.forward);
	if (backward && forward) return 'both';
	if (backward) return 'backward';
	if (forward) return 'forward';
	return 'breaking';
}

/**
 * Semantic-version advice for the published schema: breaking → major; backward only → minor;
 * forward only → major (a portal upgraded to the new schema cannot read what applicants saved
 * under the old one); both with only annotation changes → patch; both otherwise → minor.
 */
export function bumpOf(verdict: CompatVerdict, changes: CompatChange[]): VersionBump {
	switch (verdict) {
		case 'none':
			return 'none';
		case 'breaking':
		case 'forward':
			return 'major';
		case 'backward':
			return 'minor';
		case 'both':
			return changes.every((c) => c.annotation) ? 'patch' : 'minor';
	}
}

const ORDER: VersionBump[] = ['none', 'patch', 'minor', 'major'];

export function maxBump(a: VersionBump, b: VersionBump): VersionBump {
	return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
