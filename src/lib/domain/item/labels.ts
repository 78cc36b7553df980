// The enums of the item document, each in display order; their names in both languages are in
// labels.messages.ts.
import { lookup, type Locale } from '../i18n';
import { labelMessages } from './labels.messages';

export const ENUMS = {
	kind: [
		'licensing',
		'penalty',
		'enforcement',
		'levy',
		'payment',
		'inspection',
		'confirmation',
		'reward',
		'adjudication',
		'other-power',
		'public-service'
	],
	level: ['national', 'province', 'city', 'county', 'town', 'village'],
	applicantType: ['person', 'legal-person', 'other-organisation'],
	caseType: ['immediate', 'promised'],
	riskClass: ['control', 'cautious', 'encouraged'],
	necessity: ['required', 'optional', 'tolerable'],
	materialKind: ['certificate', 'form', 'other'],
	medium: ['paper', 'electronic', 'both'],
	source: ['applicant', 'government', 'intermediary', 'other'],
	channel: ['window', 'online', 'mail', 'self-service'],
	onlineDepth: ['1', '2', '3', '4'],
	crossRegion: ['none', 'city', 'province', 'cross-province', 'national'],
	resultType: ['licence', 'certificate', 'approval-document', 'payment', 'other'],
	timeUnit: ['workday', 'day', 'month'],
	codeProfile: ['base', 'implementation'],
	compatibility: ['backward', 'forward', 'full', 'none'],
	powerSource: [
		'statutory',
		'delegated',
		'authorised-superior',
		'authorised-peer',
		'entrusted-superior',
		'entrusted-peer'
	],
	departmentNature: [
		'statutory-organ',
		'authorised-organisation',
		'entrusted-organisation',
		'other'
	],
	entrustmentMode: ['entrust', 'delegate', 'agency'],
	lineageChange: ['transfer', 'delegate', 'merge', 'split'],
	itemState: ['active', 'suspended', 'cancelled'],
	supervisionMethod: [
		'random-inspection',
		'key-supervision',
		'credit',
		'online',
		'routine',
		'complaint'
	],
	personTopic: [
		'birth-adoption',
		'household',
		'education',
		'employment',
		'marriage',
		'veterans',
		'housing',
		'social-security',
		'documents',
		'transport',
		'health',
		'assistance',
		'justice',
		'retirement',
		'funeral',
		'other'
	],
	legalPersonTopic: [
		'establishment',
		'operating-permits',
		'qualification',
		'annual-inspection',
		'tax',
		'human-resources',
		'social-security',
		'investment',
		'trade',
		'construction',
		'environment',
		'health',
		'agriculture',
		'intellectual-property',
		'closure',
		'other'
	]
} as const;

export type LabelEnum = keyof typeof ENUMS;

/** The display label of an enum value; the raw value when unknown so nothing renders blank. */
export function label(enumName: LabelEnum, value: string | number, locale?: Locale): string {
	return lookup(labelMessages, locale, `item.label.${enumName}.${value}`) ?? String(value);
}

/** All values of an enum in display order, for pickers. */
export function enumValues(enumName: LabelEnum): string[] {
	return [...ENUMS[enumName]];
}
