// A material upload for @rjsf/core 6: one file input whose value is the file reference
// {name, mediaType, size, sha256} our schemas ask for, hashed in the browser (WebCrypto). The file
// itself stays with the portal: `formContext.onFile(file, ref, path)` hands it over for upload.
// Type and size are checked against `ui:options` accept/maxSize before hashing, with the messages
// and rules of our own form (src/lib/form/widgets/FileInput.svelte). Built without JSX and without
// React inside: React is the portal's own (`import … from 'react'`).
import { createElement as h, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { ErrorSchema, FieldProps } from '@rjsf/utils';
import type { FileRef } from '../lib/domain/compile/types';
import { FILE_REF_FIELD, withFileRefFields } from '../lib/domain/compile/file-ref';
import { acceptsType, formatSize, mediaTypeLabel, mediaTypeOf, sha256Hex } from '../lib/form/media';
import { formTranslator } from '../lib/form/messages';
import { joinList } from '../lib/domain/i18n';

/** What a portal may put in rjsf's `formContext` for this field. */
export interface FileRefContext {
	locale?: 'zh-CN' | 'en';
	/** called with the chosen file once its reference is in the form data */
	onFile?: (file: File, ref: FileRef, path: (string | number)[]) => void;
}

interface Template {
	name: string;
	url: string;
}

const NECESSITIES = ['required', 'optional', 'tolerable'] as const;

const isTemplate = (v: unknown): v is Template =>
	!!v && typeof (v as Template).name === 'string' && typeof (v as Template).url === 'string';

const isFileRef = (v: unknown): v is FileRef =>
	!!v && typeof v === 'object' && typeof (v as FileRef).name === 'string';

/** Messages rjsf put on the reference's parts (its own level is shown by rjsf's FieldTemplate). */
function partErrors(errors: ErrorSchema | undefined): string[] {
	if (!errors) return [];
	return Object.entries(errors).flatMap(([key, sub]) =>
		key === '__errors' ? [] : [...((sub as ErrorSchema).__errors ?? []), ...partErrors(sub)]
	);
}

export function FileRefField(props: FieldProps): ReactNode {
	const { schema, uiSchema = {}, formData, fieldPathId, registry, name } = props;
	const { disabled = false, readonly = false, required = false } = props;
	const context = (registry.formContext ?? {}) as FileRefContext;
	const locale = context.locale === 'en' ? 'en' : 'zh-CN';
	const t = formTranslator(locale);
	const options = (uiSchema['ui:options'] ?? {}) as Record<string, unknown>;
	const accept = Array.isArray(options.accept) ? (options.accept as string[]) : [];
	const maxSize = typeof options.maxSize === 'number' ? options.maxSize : undefined;
	const typeNames = joinList(locale, [...new Set(accept.map(mediaTypeLabel))]);
	const id = fieldPathId.$id;
	const title = (uiSchema['ui:title'] as string | undefined) ?? schema.title ?? name;
	const current = isFileRef(formData) ? formData : undefined;

	const [busy, setBusy] = useState(false);
	const [local, setLocal] = useState('');
	const input = useRef<HTMLInputElement>(null);
	// a slow hash of an earlier choice must not overwrite a later one
	const latest = useRef(0);

	async function onInput(e: ChangeEvent<HTMLInputElement>) {
		const control = e.currentTarget;
		const file = control.files?.[0];
		if (!file) return;
		const mediaType = mediaTypeOf(file);
		if (accept.length && !acceptsType(accept, mediaType)) {
			setLocal(t('form.fileWrongType', { types: typeNames }));
			control.value = '';
			return;
		}
		if (maxSize !== undefined && file.size > maxSize) {
			setLocal(
				t('form.fileTooBig', {
					size: formatSize(file.size, locale),
					max: formatSize(maxSize, locale)
				})
			);
			control.value = '';
			return;
		}
		const turn = ++latest.current;
		setLocal('');
		setBusy(true);
		try {
			const sha256 = await sha256Hex(await file.arrayBuffer());
			if (turn !== latest.current) return;
			const ref: FileRef = { name: file.name, mediaType, size: file.size, sha256 };
			props.onChange(ref, fieldPathId.path);
			context.onFile?.(file, ref, fieldPathId.path);
		} catch {
			if (turn === latest.current) setLocal(t('form.fileUnreadable'));
		} finally {
			if (turn === latest.current) setBusy(false);
		}
	}

	function clear() {
		latest.current++;
		props.onChange(undefined, fieldPathId.path);
		if (input.current) {
			input.current.value = '';
			input.current.focus();
		}
	}

	const notes = typeof options.notes === 'string' ? options.notes : '';
	const blank = isTemplate(options.blankTemplate) ? options.blankTemplate : undefined;
	const sample = isTemplate(options.sampleTemplate) ? options.sampleTemplate : undefined;
	const necessity = NECESSITIES.find((n) => n === options.necessity);
	const parts = props.hideError ? [] : partErrors(props.errorSchema);
	const hintId = `${id}__accepts`;
	const localId = `${id}__file-error`;
	const partsId = `${id}__part-errors`;
	const describedBy = [
		accept.length || maxSize !== undefined ? hintId : '',
		local ? localId : '',
		// rjsf's FieldErrorTemplate lists this level's errors under `${id}__error`
		props.rawErrors?.length && !props.hideError ? `${id}__error` : '',
		parts.length ? partsId : ''
	].filter(Boolean);

	return h(
		'div',
		{ className: 'form-group banshi-file-ref' },
		h(
			'label',
			{ htmlFor: id, className: 'control-label' },
			title,
			required ? h('span', { className: 'required' }, '*') : null,
			necessity
				? h(
						'span',
						{ className: `banshi-badge banshi-badge-${necessity}` },
						t(`form.necessity.${necessity}`)
					)
				: null,
			options.essential === true
				? h('span', { className: 'banshi-badge banshi-badge-essential' }, t('form.essential'))
				: null
		),
		describedBy.includes(hintId)
			? h(
					'p',
					{ id: hintId, className: 'help-block' },
					t('form.fileAccepts', {
						types: typeNames || '*',
						max: maxSize !== undefined ? formatSize(maxSize, locale) : '—'
					})
				)
			: null,
		h('input', {
			ref: input,
			id,
			name: fieldPathId.name ?? id,
			type: 'file',
			accept: accept.join(',') || undefined,
			disabled: disabled || readonly || busy,
			'aria-required': required || undefined,
			'aria-invalid': describedBy.length > (describedBy.includes(hintId) ? 1 : 0) || undefined,
			'aria-describedby': describedBy.join(' ') || undefined,
			// onInput shows its own failures beside the field; React ignores what a handler returns.
			onChange: (e: ChangeEvent<HTMLInputElement>) => void onInput(e),
			onBlur: () => props.onBlur(id, formData),
			onFocus: () => props.onFocus(id, formData)
		}),
		busy ? h('p', { role: 'status', className: 'help-block' }, t('form.fileHashing')) : null,
		local ? h('p', { id: localId, role: 'alert', className: 'text-danger' }, local) : null,
		current
			? h(
					'p',
					{ className: 'banshi-file-chosen' },
					h(
						'span',
						null,
						t('form.fileChosen', { name: current.name, size: formatSize(current.size, locale) })
					),
					disabled || readonly
						? null
						: h(
								'button',
								{ type: 'button', className: 'btn btn-default', onClick: clear },
								t('form.removeFile', { name: current.name })
							)
				)
			: null,
		notes
			? h(
					'details',
					{ className: 'banshi-notes' },
					h('summary', null, t('form.fileNotes')),
					h('p', null, notes)
				)
			: null,
		blank || sample
			? h(
					'p',
					{ className: 'banshi-templates' },
					blank
						? h(
								'a',
								{ href: blank.url, download: true },
								t('form.labelled', { label: t('form.blankTemplate'), value: blank.name })
							)
						: null,
					sample
						? h(
								'a',
								{ href: sample.url, target: '_blank', rel: 'noopener' },
								t('form.labelled', { label: t('form.sampleTemplate'), value: sample.name })
							)
						: null
				)
			: null,
		parts.length
			? h(
					'ul',
					{ id: partsId, className: 'error-detail' },
					...parts.map((text, i) => h('li', { key: i, className: 'text-danger' }, text))
				)
			: null
	);
}

/** rjsf's `fields` prop: `<Form fields={fields} … />`. */
export const fields = { [FILE_REF_FIELD]: FileRefField };

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => !!v && typeof v === 'object' && !Array.isArray(v);

function prune(value: Plain): Plain {
	const out: Plain = {};
	for (const [key, v] of Object.entries(value)) {
		if (!isPlain(v)) out[key] = Array.isArray(v) ? v.map((x) => (isPlain(x) ? prune(x) : x)) : v;
		else {
			const inner = prune(v);
			if (Object.values(inner).some((x) => x !== undefined)) out[key] = inner;
		}
	}
	return out;
}

/**
 * The form data without objects that hold nothing (array items are kept). After every change,
 * @rjsf/core 6.11 puts `{}` into each optional object the applicant has not touched (its
 * sanitizeDataForNewSchema), so every material slot fails `required` four times. A controlled form
 * that passes its data through this in `onChange` holds what our own form holds: rjsf puts back
 * the `{}` of required sections from the schema's defaults.
 */
export function withoutEmptyObjects<T>(formData: T): T {
	return isPlain(formData) ? (prune(formData) as T) : formData;
}

/** For versions published before the uiSchema named the field: adds `ui:field` where it is missing. */
export const withFileFields = withFileRefFields;

export { FILE_REF_FIELD };
export default FileRefField;
