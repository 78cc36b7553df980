// The deployment's settings: one document, validated here, used by every check.
export type { Settings } from './types';
export { MAX_SUPPLEMENT_DAYS, MAX_POLICY_MISSING } from './types';
export { defaultSettings, DEFAULT_SUPPLEMENT_DAYS } from './defaults';
export { validateSettings, type SettingsResult } from './validate';
export { lintOptionsOf, type CheckSettings } from './checks';
export { newlyBlocked, changedRules, type BlockedItem, type ImpactSubject } from './impact';
export { settingsMessages } from './messages';
