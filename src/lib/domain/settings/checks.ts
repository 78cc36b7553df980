// Settings → what the checks run with. One function, so the designer, the review desk, the publish
// gate and the command line cannot read the same settings differently.
import type { Locale } from '../i18n';
import type { LintOptions } from '../lint/types';
import type { Settings } from './types';

/** The part of the settings every check needs (also what the designer receives). */
export type CheckSettings = Pick<Settings, 'rules' | 'strictLocal' | 'policy'>;

export function lintOptionsOf(settings: CheckSettings | undefined, locale?: Locale): LintOptions {
	if (!settings) return { locale };
	return {
		config: settings.rules,
		profile: settings.strictLocal ? 'strict-local' : 'national',
		policy: settings.policy,
		locale
	};
}
