// Checking a value of one of the five Chinese formats with everything worth saying about it: the
// decision, the reason for a refusal, warnings and the canonical spelling. Apart from registry.ts
// because its warnings name the credit code authorities (uscc-names.messages.ts), which a page that
// only explains refusals (the form's errors) does not need.
import { translator } from '../i18n';
import { formatMessages } from './messages';
import { CHECKERS } from './registry';
import { checkUscc } from './uscc';
import type { CnFormat, FormatCheck, FormatOptions, StrictCheck } from './types';

const WITH_WARNINGS: Record<CnFormat, (value: string, opts: FormatOptions) => StrictCheck> = {
	...CHECKERS,
	'cn-uscc': checkUscc
};

/**
 * Check a value, lenient about spelling: a lower-case x, surrounding spaces or a +86 prefix are
 * accepted and the canonical form is returned as `normalized`.
 */
export function checkFormat(
	format: CnFormat,
	value: string,
	opts: FormatOptions = {}
): FormatCheck {
	const checker = WITH_WARNINGS[format];
	if (!checker) throw new RangeError(`unknown format: ${String(format)}`);
	if (typeof value !== 'string') {
		return { valid: false, message: translator(formatMessages, opts.locale)('formats.notString') };
	}
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { strictMessage, ...check } = checker(value, opts);
	return check;
}
