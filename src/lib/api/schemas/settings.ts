// The deployment's settings (src/lib/domain/settings): read by everyone who checks items, changed
// by an administrator as numbered versions.
import Type, { type Static } from 'typebox';
import { Closed, Finding, Nullable, Timestamp } from './common';

const Level = Type.Enum(['off', 'info', 'warning', 'error']);

const RiskClassPolicy = Closed({
	toleranceAllowed: Type.Boolean(),
	maxMissing: Type.Integer({ minimum: 0 })
});

/** The settings document, complete (as stored and answered; a request may leave parts out). */
export const SettingsDocument = Closed({
	/** severity per lint rule id; rules not named keep their default */
	rules: Type.Record(Type.String(), Level),
	/** the strict local profile (rules some cities add to the national standard) */
	strictLocal: Type.Boolean(),
	/** 容缺受理 per risk class */
	policy: Closed({
		classes: Closed({
			control: RiskClassPolicy,
			cautious: RiskClassPolicy,
			encouraged: RiskClassPolicy
		}),
		immediateCasesTolerate: Type.Boolean()
	}),
	/** working days to supply a tolerated material, for new items */
	supplementDays: Type.Integer({ minimum: 1 }),
	/** IANA time zone of every time shown */
	timeZone: Type.String()
});

/** The settings in force; version 0 while nothing is stored and the defaults apply. */
export const SettingsState = Closed({
	version: Type.Integer({ minimum: 0 }),
	settings: SettingsDocument,
	createdBy: Nullable(Type.String()),
	createdAt: Nullable(Timestamp)
});

/** Checked by the settings module, every problem located under /settings (422). */
const ProposedSettings = Type.Unknown({
	description: 'a settings document; parts left out take their defaults (src/lib/domain/settings)'
});

export const SettingsChange = Closed({
	/** the version the change was made on: another administrator's save since then answers 409 */
	baseVersion: Type.Integer({ minimum: 0, maximum: 2_147_483_647 }),
	settings: ProposedSettings
});

export const SettingsProposal = Closed({ settings: ProposedSettings });

export const BlockedItem = Closed({
	code: Type.String(),
	name: Type.String(),
	/** the publish-blocking findings that only the proposed settings raise */
	findings: Type.Array(Finding)
});

/** What saving the proposal would newly block (nothing is stored). */
export const SettingsImpact = Closed({
	/** items checked: the current valid revisions of items in use */
	checked: Type.Integer({ minimum: 0 }),
	blocked: Type.Array(BlockedItem)
});

export const SettingsVersionSummary = Closed({
	n: Type.Integer({ minimum: 1 }),
	createdBy: Type.String(),
	createdAt: Timestamp,
	/** SHA-256 of the canonical JSON, as in the audit entry */
	hash: Type.String()
});

export const SettingsHistory = Closed({ versions: Type.Array(SettingsVersionSummary) });

export type SettingsDocument = Static<typeof SettingsDocument>;
export type SettingsState = Static<typeof SettingsState>;
export type SettingsImpact = Static<typeof SettingsImpact>;
export type BlockedItem = Static<typeof BlockedItem>;
export type SettingsVersionSummary = Static<typeof SettingsVersionSummary>;
