// Which passwords staff may choose, after NIST SP 800-63B §5.1.1.2 (memorized secrets): a minimum
// length, no composition rules (no "one digit and one symbol"), and a check against passwords known
// to be common or guessable — a list shipped as data, context words of this service, the username,
// and repetitive or sequential characters. Any printable character and spaces are allowed, so a
// phrase of several words is a good password.
import { dictionary } from '@zxcvbn-ts/language-common';
import { m, type ErrorMessage } from '../errors';
import { SERVICE_WORDS } from './service-words';

/** NIST asks at least 8; 12 for staff accounts, whose sessions can publish to every portal. */
export const MIN_PASSWORD_LENGTH = 12;
/** NIST asks to accept at least 64; more only costs hashing time. */
export const MAX_PASSWORD_LENGTH = 256;

let blocklist: Set<string> | undefined;

/** zxcvbn's list of ~49,000 passwords seen most often in breaches, plus this service's own words. */
function blocked(): Set<string> {
	blocklist ??= new Set([...dictionary['passwords-common'], ...SERVICE_WORDS]);
	return blocklist;
}

/** "aaaaaaaaaaaa", "abcabcabcabc", "123412341234": one short unit over and over. */
function repetitive(p: string): boolean {
	return /^([\s\S]{1,4})\1+$/u.test(p);
}

/** "123456789012", "abcdefghijkl", "987654321098": each character one step from the last. */
function sequential(p: string): boolean {
	const codes = [...p].map((c) => c.codePointAt(0)!);
	const step = (i: number) => {
		const d = codes[i] - codes[i - 1];
		// digits wrap around: 8 9 0 1 is still counting
		const digits = codes[i] >= 48 && codes[i] <= 57 && codes[i - 1] >= 48 && codes[i - 1] <= 57;
		return digits && Math.abs(d) === 9 ? -Math.sign(d) : d;
	};
	const first = step(1);
	if (first !== 1 && first !== -1) return false;
	for (let i = 2; i < codes.length; i++) if (step(i) !== first) return false;
	return true;
}

/** Why `password` may not be used by `username`, or null when it may. */
export function passwordProblem(password: string, username = ''): ErrorMessage | null {
	const length = [...password].length;
	if (length < MIN_PASSWORD_LENGTH)
		return m('server.user.shortPassword', { min: MIN_PASSWORD_LENGTH });
	if (length > MAX_PASSWORD_LENGTH)
		return m('server.user.longPassword', { max: MAX_PASSWORD_LENGTH });
	const lower = password.toLowerCase();
	const name = username.toLowerCase();
	if (name.length >= 3 && lower.includes(name)) return m('server.user.passwordHasUsername');
	if (blocked().has(lower) || blocked().has(lower.replace(/\s+/g, '')))
		return m('server.user.commonPassword');
	if (repetitive(password) || sequential(password)) return m('server.user.repetitivePassword');
	return null;
}
