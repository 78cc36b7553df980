// Runs the domain checks off the main thread: a 1000-field form takes several hundred ms to
// validate, which would otherwise freeze typing.
import type { Locale } from '$lib/domain/i18n';
import type { CheckSettings } from '$lib/domain/settings';
import { analyse } from './analyse';

interface Request {
	doc: unknown;
	version: number;
	locale: Locale;
	checks?: CheckSettings;
}

self.onmessage = (event: MessageEvent<Request>) => {
	const { doc, version, locale, checks } = event.data;
	(self as unknown as Worker).postMessage(analyse(doc, version, locale, checks));
};
