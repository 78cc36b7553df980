// What applies while an administrator has stored nothing: exactly the behaviour before settings
// existed (national profile, default severities, the built-in policy, five days, Beijing time).
import { DEFAULT_POLICY } from '../item/policy';
import { DEFAULT_TIME_ZONE } from '../time';
import type { Settings } from './types';

/** the supplement period newItem() has always given a blank item */
export const DEFAULT_SUPPLEMENT_DAYS = 5;

export function defaultSettings(timeZone: string = DEFAULT_TIME_ZONE): Settings {
	return {
		rules: {},
		strictLocal: false,
		policy: structuredClone(DEFAULT_POLICY),
		supplementDays: DEFAULT_SUPPLEMENT_DAYS,
		timeZone
	};
}
