// The five Chinese formats as ajv formats and as plain functions. ajv only answers yes/no, so the
// form shows `formatError()` (same decision, with the reason) next to a field ajv refused.
import { ID_CARD_PATTERN, checkIdCard, isValidIdCard } from './id-card';
import { USCC_PATTERN, checkUsccWith, isValidUscc } from './uscc-core';
import { REGION_PATTERN, checkRegion, isValidRegion } from './regions';
import { MOBILE_PATTERN, checkMobile, isValidMobile } from './phone';
import { POSTCODE_PATTERN, checkPostcode, isValidPostcode } from './postcode';
import type { CnFormat, FormatOptions, StrictCheck } from './types';

/**
 * The checkers as formatError needs them: the decision and the reason. `checkFormat` (check.ts) adds
 * what only its warnings need, such as the credit code authorities' names.
 */
export const CHECKERS: Record<CnFormat, (value: string, opts: FormatOptions) => StrictCheck> = {
	'cn-id-card': checkIdCard,
	'cn-uscc': checkUsccWith,
	'cn-region': checkRegion,
	'cn-mobile': checkMobile,
	'cn-postcode': checkPostcode
};

export function isCnFormat(name: unknown): name is CnFormat {
	return typeof name === 'string' && Object.hasOwn(CHECKERS, name);
}

const CANONICAL = /^[0-9A-Z]*$/;

/**
 * The one normalisation rule for the Chinese formats, applied as the user types (the form), when
 * deciding (acceptance) and by `banshi format`: surrounding whitespace is trimmed, and identifiers
 * printed in capitals (居民身份证号码, 统一社会信用代码) lose inner spaces and are upper-cased, so a
 * final `x` becomes `X`. Nothing else is changed: a value that is still wrong stays wrong.
 */
export function normalizeFormatValue(format: CnFormat, value: string): string {
	// digits and capitals only (nearly every value): nothing to trim, join or raise
	if (CANONICAL.test(value)) return value;
	const v = value.trim();
	if (format === 'cn-id-card' || format === 'cn-uscc') return v.replace(/\s+/g, '').toUpperCase();
	return v;
}

/** Why the strict (ajv) form of the format refuses `value`; undefined when it accepts it. */
export function formatError(
	format: CnFormat,
	value: string,
	opts: FormatOptions = {}
): string | undefined {
	const r = CHECKERS[format](value, opts);
	return r.valid ? r.strictMessage : r.message;
}

// The same decisions as the checkers' `valid && !strictMessage`, without building the messages:
// ajv asks for every value of every submission, and explanations are only wanted for failures.
const STRICT: Record<CnFormat, (value: string, today?: string) => boolean> = {
	'cn-id-card': isValidIdCard,
	'cn-uscc': isValidUscc,
	'cn-region': isValidRegion,
	'cn-mobile': isValidMobile,
	'cn-postcode': isValidPostcode
};

function strictValidator(format: CnFormat, today?: string) {
	const valid = STRICT[format];
	return (value: string): boolean => valid(value, today);
}

/** The formats' names are `formats.title.<format>` in messages.ts. */
export const CN_FORMATS: Record<
	CnFormat,
	{ validate: (value: string) => boolean; pattern: string }
> = {
	'cn-id-card': { validate: strictValidator('cn-id-card'), pattern: ID_CARD_PATTERN },
	'cn-uscc': { validate: strictValidator('cn-uscc'), pattern: USCC_PATTERN },
	'cn-region': { validate: strictValidator('cn-region'), pattern: REGION_PATTERN },
	'cn-mobile': { validate: strictValidator('cn-mobile'), pattern: MOBILE_PATTERN },
	'cn-postcode': { validate: strictValidator('cn-postcode'), pattern: POSTCODE_PATTERN }
};

/** The formats as an ajv `formats` option (validation/ajv.ts gives them to every profile). */
export function cnAjvFormats(
	opts: { today?: string } = {}
): Record<CnFormat, { type: 'string'; validate: (value: string) => boolean }> {
	const out = {} as Record<CnFormat, { type: 'string'; validate: (value: string) => boolean }>;
	for (const format of Object.keys(CN_FORMATS) as CnFormat[]) {
		const validate = opts.today ? strictValidator(format, opts.today) : CN_FORMATS[format].validate;
		out[format] = { type: 'string', validate };
	}
	return out;
}

/**
 * Register the five formats on an ajv instance (strings only; other types pass, as with every
 * format). `today` fixes the date birth dates are compared with, for reproducible validation.
 */
export function addChineseFormats<T extends { addFormat: (...args: any[]) => unknown }>( // eslint-disable-line @typescript-eslint/no-explicit-any
	ajv: T,
	opts: { today?: string } = {}
): T {
	for (const [format, def] of Object.entries(cnAjvFormats(opts))) ajv.addFormat(format, def);
	return ajv;
}
