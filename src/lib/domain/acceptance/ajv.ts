// The one place that configures Ajv for published schemas, so the server, the form renderer, the CLI
// and decide() validate identically.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { addChineseFormats } from '../formats';
import type { Locale } from '../i18n';

export interface CreateAjvOptions {
	/** register ajv-formats and our Chinese formats (default true) */
	formats?: boolean;
	/** locale of the messages `toProblems` gives for this instance's errors (default zh-CN) */
	locale?: Locale;
}

const locales = new WeakMap<Ajv2020, Locale>();

export function createAjv(opts: CreateAjvOptions = {}): Ajv2020 {
	const ajv = new Ajv2020({
		allErrors: true,
		// unknown keywords and formats are mistakes in a published schema, not extensions
		strictSchema: true,
		strictNumbers: true,
		// annotations such as `if` without `type` are normal in authored forms: no console noise
		strictTypes: false,
		strictTuples: false,
		strictRequired: false,
		allowUnionTypes: true
	});
	if (opts.formats !== false) {
		addFormats(ajv);
		addChineseFormats(ajv);
	}
	if (opts.locale) locales.set(ajv, opts.locale);
	return ajv;
}

/** The locale an instance was created for. */
export function ajvLocale(ajv: Ajv2020): Locale | undefined {
	return locales.get(ajv);
}
