import type { Locale } from '../i18n';

export type CnFormat = 'cn-id-card' | 'cn-uscc' | 'cn-region' | 'cn-mobile' | 'cn-postcode';

export interface FormatCheck {
	valid: boolean;
	/** the canonical spelling when the input was accepted in another one (x → X, +86 removed) */
	normalized?: string;
	/** what is wrong, for people (zh-CN unless `locale: 'en'`) */
	message?: string;
	/** accepted, but worth a second look */
	warnings?: string[];
}

export interface FormatOptions {
	locale?: Locale;
	/** YYYY-MM-DD; birth dates after it are refused. Default: today in China. */
	today?: string;
}

/**
 * A check plus, when the value is accepted only after normalising it, why the strict (ajv) form of
 * the format refuses it as written.
 */
export interface StrictCheck extends FormatCheck {
	strictMessage?: string;
}
