// Field kinds: what the palette offers, the schema each one starts with, and how an existing schema
// (also one written by hand or imported from a template) is recognised again for the canvas badge
// and the property panel.
import type { JsonSchema, UiSchema } from '$lib/domain/item/types';
import { builderTranslator, kindLabel, type Locale } from './messages';

export type FieldKind =
	| 'text'
	| 'textarea'
	| 'number'
	| 'money'
	| 'date'
	| 'select'
	| 'radio'
	| 'checkboxes'
	| 'boolean'
	| 'name'
	| 'idNumber'
	| 'creditCode'
	| 'mobile'
	| 'email'
	| 'region'
	| 'address'
	| 'postcode'
	| 'attachment'
	| 'section'
	| 'group'
	| 'other';

export type PaletteKind = Exclude<FieldKind, 'other'>;

export const PALETTE: readonly PaletteKind[] = [
	'text',
	'textarea',
	'number',
	'money',
	'date',
	'select',
	'radio',
	'checkboxes',
	'boolean',
	'name',
	'idNumber',
	'creditCode',
	'mobile',
	'email',
	'region',
	'address',
	'postcode',
	'attachment',
	'section',
	'group'
];

/** English key stems: keys are what portals and conditions see, so they stay readable English. */
export const KEY_BASE: Record<FieldKind, string> = {
	text: 'text',
	textarea: 'longText',
	number: 'number',
	money: 'amount',
	date: 'date',
	select: 'choice',
	radio: 'option',
	checkboxes: 'choices',
	boolean: 'yesNo',
	name: 'name',
	idNumber: 'idNumber',
	creditCode: 'creditCode',
	mobile: 'mobile',
	email: 'email',
	region: 'region',
	address: 'address',
	postcode: 'postcode',
	attachment: 'attachment',
	section: 'section',
	group: 'group',
	other: 'field'
};

const FORMATS: Partial<Record<FieldKind, string>> = {
	date: 'date',
	idNumber: 'cn-id-card',
	creditCode: 'cn-uscc',
	mobile: 'cn-mobile',
	email: 'email',
	region: 'cn-region',
	postcode: 'cn-postcode'
};

/**
 * Matches the file reference the portal uploads produce (see compile/file-ref). The parts have
 * titles because error messages about them reach applicants.
 */
export function attachmentSchema(title: string, locale: Locale | undefined): JsonSchema {
	const t = builderTranslator(locale);
	return {
		type: 'object',
		title,
		properties: {
			name: { type: 'string', title: t('builder.attachment.name'), minLength: 1, maxLength: 255 },
			mediaType: { type: 'string', title: t('builder.attachment.mediaType') },
			size: { type: 'integer', title: t('builder.attachment.size'), minimum: 1 },
			sha256: {
				type: 'string',
				title: t('builder.attachment.sha256'),
				pattern: '^[0-9a-f]{64}$'
			}
		},
		required: ['name', 'mediaType', 'size', 'sha256']
	};
}

function starterOptions(locale: Locale | undefined): JsonSchema[] {
	const t = builderTranslator(locale);
	return [
		{ const: 'option1', title: t('builder.newOption', { n: 1 }) },
		{ const: 'option2', title: t('builder.newOption', { n: 2 }) }
	];
}

/** The schema and uiSchema a new field of `kind` starts with. */
export function newField(
	kind: PaletteKind,
	locale: Locale | undefined
): { schema: JsonSchema; ui: UiSchema } {
	const title = kindLabel(kind, locale);
	const format = FORMATS[kind];
	switch (kind) {
		case 'textarea':
			return { schema: { type: 'string', title }, ui: { 'ui:widget': 'textarea' } };
		case 'number':
			return { schema: { type: 'number', title }, ui: {} };
		case 'money':
			return {
				schema: { type: 'number', title, minimum: 0, multipleOf: 0.01 },
				// the unit is shown to applicants on the portal, whatever the editor's language
				ui: { 'ui:options': { unit: '元' } }
			};
		case 'select':
		case 'radio':
			return {
				schema: { type: 'string', title, oneOf: starterOptions(locale) },
				ui: { 'ui:widget': kind }
			};
		case 'checkboxes':
			return {
				schema: {
					type: 'array',
					title,
					items: { type: 'string', oneOf: starterOptions(locale) },
					uniqueItems: true
				},
				ui: { 'ui:widget': 'checkboxes' }
			};
		case 'boolean':
			return { schema: { type: 'boolean', title }, ui: {} };
		case 'name':
			return { schema: { type: 'string', title, maxLength: 50 }, ui: {} };
		case 'address':
			return { schema: { type: 'string', title, maxLength: 200 }, ui: {} };
		case 'attachment':
			return { schema: attachmentSchema(title, locale), ui: { 'ui:widget': 'file' } };
		case 'section':
			return { schema: { type: 'object', title }, ui: {} };
		case 'group':
			// Optional: a citizen with nothing to list (no cohabitants) leaves it empty; the editor
			// sets a minimum in the property panel when one entry is needed (issue 14 item 7).
			return { schema: { type: 'array', title, items: { type: 'object' } }, ui: {} };
		default:
			return {
				schema: format ? { type: 'string', title, format } : { type: 'string', title },
				ui: {}
			};
	}
}

export function schemaType(schema: JsonSchema): string | undefined {
	const t = schema.type;
	if (typeof t === 'string') return t;
	if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
	if (schema.properties) return 'object';
	if (schema.items) return 'array';
	if (Array.isArray(schema.enum) || Array.isArray(schema.oneOf)) return 'string';
	return undefined;
}

export function isObject(x: unknown): x is Record<string, unknown> {
	return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Options of an enum-like schema: `enum` or `oneOf` of consts. */
export function hasOptions(schema: JsonSchema): boolean {
	if (Array.isArray(schema.enum)) return true;
	const alts = schema.oneOf ?? schema.anyOf;
	return Array.isArray(alts) && alts.length > 0 && alts.every((a) => isObject(a) && 'const' in a);
}

function isAttachment(schema: JsonSchema, ui: UiSchema | undefined): boolean {
	if (ui?.['ui:widget'] === 'file') return true;
	const props = schema.properties;
	return isObject(props) && ['name', 'mediaType', 'size', 'sha256'].every((k) => k in props);
}

/** Recognise the kind of an existing field. */
export function detectKind(schema: JsonSchema, ui: UiSchema | undefined): FieldKind {
	const type = schemaType(schema);
	const widget = ui?.['ui:widget'];
	if (type === 'object') return isAttachment(schema, ui) ? 'attachment' : 'section';
	if (type === 'array') {
		const items = isObject(schema.items) ? schema.items : undefined;
		if (items && hasOptions(items)) return 'checkboxes';
		if (items && schemaType(items) === 'object') return 'group';
		return 'other';
	}
	if (hasOptions(schema)) return widget === 'radio' ? 'radio' : 'select';
	if (type === 'boolean') return 'boolean';
	if (type === 'number' || type === 'integer') {
		const opts = ui?.['ui:options'];
		return schema.multipleOf === 0.01 || (isObject(opts) && opts.unit === '元')
			? 'money'
			: 'number';
	}
	if (type === 'string' || type === undefined) {
		for (const [kind, format] of Object.entries(FORMATS)) {
			if (schema.format === format) return kind as FieldKind;
		}
		if (widget === 'textarea') return 'textarea';
		return type === 'string' ? 'text' : 'other';
	}
	return 'other';
}

/** Fields that hold other fields on the canvas (a section, or each entry of a repeating group). */
export function isContainerKind(kind: FieldKind): boolean {
	return kind === 'section' || kind === 'group';
}

const TEXT_KINDS: ReadonlySet<FieldKind> = new Set([
	'text',
	'textarea',
	'name',
	'address',
	'idNumber',
	'creditCode',
	'mobile',
	'email',
	'postcode'
]);

/** Widgets an editor may choose for a kind ('' is the renderer's default). */
export function widgetChoices(kind: FieldKind): string[] {
	if (TEXT_KINDS.has(kind)) return ['text', 'textarea', 'password'];
	if (kind === 'select' || kind === 'radio') return ['select', 'radio'];
	if (kind === 'boolean') return ['checkbox', 'switch', 'radio'];
	return [];
}

export function hasTextConstraints(kind: FieldKind): boolean {
	return TEXT_KINDS.has(kind);
}

export function hasNumberConstraints(kind: FieldKind): boolean {
	return kind === 'number' || kind === 'money';
}

export function hasItemConstraints(kind: FieldKind): boolean {
	return kind === 'checkboxes' || kind === 'group';
}

export function hasOptionList(kind: FieldKind): boolean {
	return kind === 'select' || kind === 'radio' || kind === 'checkboxes';
}
