// The built-in semantic-key vocabulary of 一件事: what a form field or a material *means*, so that the
// members of a one-thing that ask for the same thing ask for it once. A field declares its key in its
// uiSchema entry (`"ui:semantic": "applicant-id-number"`), a material with `semanticKey`. Each field
// key names the JSON type (and `cn-*` format, the ones the templates use) its fields must have;
// fields with the same key are merged, so a key on a field of another type is reported.
import { translator, type Locale } from '../i18n';
import { vocabularyMessages } from './vocabulary.messages';

export type FieldKeyType = 'string' | 'number' | 'integer' | 'boolean';

export interface FieldKey {
	key: string;
	type: FieldKeyType;
	/** the format its fields carry (`cn-id-card`, `cn-mobile`, …); absent: any or none */
	format?: string;
}

export interface MaterialKey {
	key: string;
}

/** A key name: lower-case words joined by hyphens (also the merged material's id). */
export const SEMANTIC_KEY_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
/** the uiSchema keyword a field declares its key with */
export const UI_SEMANTIC = 'ui:semantic';
/** a hand-made mapping's key (SharedFieldMapping.key) that is not in the vocabulary */
export const CUSTOM_KEY_PREFIX = 'custom:';

const f = (key: string, type: FieldKeyType, format?: string): FieldKey =>
	format ? { key, type, format } : { key, type };

export const FIELD_KEYS: readonly FieldKey[] = [
	// the applicant, a person or an organisation
	f('applicant-name', 'string'),
	f('applicant-id-number', 'string', 'cn-id-card'),
	f('credit-code', 'string', 'cn-uscc'),
	f('legal-representative-name', 'string'),
	f('legal-representative-id-number', 'string', 'cn-id-card'),
	f('mobile', 'string', 'cn-mobile'),
	f('phone', 'string'),
	f('email', 'string', 'email'),
	f('address', 'string'),
	f('region', 'string', 'cn-region'),
	f('postcode', 'string', 'cn-postcode'),
	// the business and where it is run
	f('business-name', 'string'),
	f('business-scope', 'string'),
	f('premises-address', 'string'),
	f('premises-region', 'string', 'cn-region'),
	f('premises-postcode', 'string', 'cn-postcode'),
	f('premises-area', 'number'),
	f('employees', 'integer'),
	f('opening-date', 'string', 'date'),
	// someone acting for the applicant
	f('agent-name', 'string'),
	f('agent-id-number', 'string', 'cn-id-card'),
	f('agent-mobile', 'string', 'cn-mobile'),
	f('has-agent', 'boolean'),
	// a birth (新生儿出生一件事)
	f('child-name', 'string'),
	f('child-sex', 'string'),
	f('child-birth-date', 'string', 'date'),
	f('child-birth-certificate-number', 'string'),
	f('mother-name', 'string'),
	f('mother-id-number', 'string', 'cn-id-card'),
	f('father-name', 'string'),
	f('father-id-number', 'string', 'cn-id-card'),
	f('household-region', 'string', 'cn-region'),
	f('household-address', 'string'),
	f('bank-account', 'string')
];

export const MATERIAL_KEYS: readonly MaterialKey[] = [
	'id-card',
	'legal-representative-id',
	'business-licence',
	'premises-proof',
	'lease-contract',
	'property-certificate',
	'birth-certificate',
	'household-register',
	'marriage-certificate',
	'site-plan',
	'health-certificates',
	'agent-id'
].map((key) => ({ key }));

const fieldKeys = new Map(FIELD_KEYS.map((k) => [k.key, k]));
const materialKeys = new Set(MATERIAL_KEYS.map((k) => k.key));

export function fieldKey(key: string): FieldKey | undefined {
	return fieldKeys.get(key);
}

export function isFieldKey(key: unknown): key is string {
	return typeof key === 'string' && fieldKeys.has(key);
}

export function isMaterialKey(key: unknown): key is string {
	return typeof key === 'string' && materialKeys.has(key);
}

/** The key's name for people (`申请人身份证号码`), or the key itself when it is not built in. */
export function semanticKeyLabel(key: string, locale?: Locale): string {
	const t = translator(vocabularyMessages, locale) as (k: string) => string;
	const name = `vocabulary.${key}`;
	if (!(name in vocabularyMessages['zh-CN'])) {
		return key.startsWith(CUSTOM_KEY_PREFIX) ? key.slice(CUSTOM_KEY_PREFIX.length) : key;
	}
	return t(name);
}
