// Stands in for domain/validation/localize.ts in the widget build (vite.widget.plugins.ts): Ajv's
// messages in one language, not both. The widget fetches the page's language (a chunk of its own)
// beside the validators, before the form is drawn; nothing is checked before they arrive.
import type { ErrorObject } from 'ajv';
import type { Locale } from '$lib/domain/i18n';
import type { LocalizeOptions } from '$lib/domain/validation/localize';

export type { LocalizeOptions };

type Localize = (errors: ErrorObject[]) => void;

const localizers: { zh?: Localize; en?: Localize } = {};

/** Fetch the localizer of `locale`'s Ajv messages (once). */
export async function preloadLocalizer(locale: Locale): Promise<void> {
	if (locale === 'en') localizers.en ??= (await import('ajv-i18n/localize/en')).default;
	else localizers.zh ??= (await import('ajv-i18n/localize/zh')).default;
}

/** Copies of `errors` with their messages in `locale`; the errors given are left unchanged. */
export function localizeErrors(
	errors: readonly ErrorObject[],
	locale: Locale | undefined,
	opts: LocalizeOptions = {}
): ErrorObject[] {
	const copy = errors.map((e) => ({ ...e }));
	const localize =
		locale !== 'en' ? localizers.zh : opts.english === 'ajv-i18n' ? localizers.en : undefined;
	if (!localize && (locale !== 'en' || opts.english === 'ajv-i18n')) {
		// not reached by the widget, which preloads; fail loudly rather than show Ajv's English
		throw new Error(`Ajv's messages for ${locale ?? 'zh-CN'} were not loaded`);
	}
	localize?.(copy);
	return copy;
}
