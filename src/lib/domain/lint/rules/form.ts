// 申请表: the generated form must be usable by applicants and safe for the systems validating it.
import { bothLanguages, translator } from '../../i18n';
import type { FormField } from '../../item/fields';
import type { JsonSchema, UiSchema } from '../../item/types';
import { escapeToken, resolvePointer } from '../../pointer';
import type { JsonPatchOp, RawFinding, Rule } from '../types';
import { conditionalFieldShown } from './conditional-fields';
import { formPages } from './form-pages';
import { formRuleMessages as messages } from './form.messages';

const SCHEMA_BASE = '/form/schema';
const UI_BASE = '/form/uiSchema';

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

const fieldName = (f: FormField) => f.title ?? f.key;

export const formFieldUntitled: Rule = {
	id: 'form-field-untitled',
	family: 'form',
	defaultSeverity: 'warning',
	title: bothLanguages(messages, 'lint.form-field-untitled.title'),
	description: bothLanguages(messages, 'lint.form-field-untitled.description'),
	check(ctx) {
		const t = translator(messages, ctx.locale);
		const out: RawFinding[] = [];
		for (const f of ctx.fields()) {
			if (f.title?.trim()) continue;
			out.push({
				pointer: SCHEMA_BASE + f.schemaPointer,
				message: t('lint.form-field-untitled.message', { key: f.key }),
				fix: { message: t('lint.form-field-untitled.fix') }
			});
		}
		return out;
	}
};

/** The uiSchema entry of a field: arrays nest their item fields under `items`, as in rjsf. */
function uiPath(f: FormField): string[] {
	return f.path.map((t) => (t === '*' ? 'items' : t));
}

function uiNode(ui: UiSchema, path: string[]): Record<string, unknown> | undefined {
	let cur: unknown = ui;
	for (const t of path) {
		if (!isObject(cur)) return undefined;
		cur = cur[t];
	}
	return isObject(cur) ? cur : undefined;
}

export const requiredFieldHidden: Rule = {
	id: 'required-field-hidden',
	family: 'form',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.required-field-hidden.title'),
	description: bothLanguages(messages, 'lint.required-field-hidden.description'),
	check(ctx) {
		const { item, locale } = ctx;
		const ui = item.form?.uiSchema;
		if (!isObject(ui)) return [];
		const t = translator(messages, locale);
		const out: RawFinding[] = [];
		for (const f of ctx.fields()) {
			if (!f.required) continue;
			const path = uiPath(f);
			const node = uiNode(ui, path);
			if (!node) continue;
			const byWidget = node['ui:widget'] === 'hidden';
			const options = node['ui:options'];
			const byOption = isObject(options) && options.hidden === true;
			if (!byWidget && !byOption) continue;
			const schema = resolvePointer(item.form.schema, f.schemaPointer) as JsonSchema | undefined;
			if (schema && ('default' in schema || 'const' in schema)) continue;
			const uiPtr = UI_BASE + path.map((t) => '/' + escapeToken(t)).join('');
			const patch: JsonPatchOp[] = [];
			if (byWidget) patch.push({ op: 'remove', path: uiPtr + '/ui:widget' });
			if (byOption) patch.push({ op: 'remove', path: uiPtr + '/ui:options/hidden' });
			out.push({
				pointer: SCHEMA_BASE + f.schemaPointer,
				message: t('lint.required-field-hidden.message', { field: fieldName(f) }),
				fix: { message: t('lint.required-field-hidden.fix'), patch }
			});
		}
		return out;
	}
};

export const formPatternInvalid: Rule = {
	id: 'form-pattern-invalid',
	family: 'form',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.form-pattern-invalid.title'),
	description: bothLanguages(messages, 'lint.form-pattern-invalid.description'),
	check(ctx) {
		const t = translator(messages, ctx.locale);
		const out: RawFinding[] = [];
		for (const p of ctx.patterns()) {
			const v = ctx.checkPattern(p.pattern);
			if (v.invalid === undefined) continue;
			out.push({
				pointer: p.pointer,
				message: t('lint.form-pattern-invalid.message', {
					pattern: p.pattern,
					reason: v.invalid
				}),
				fix: { message: t('lint.form-pattern-invalid.fix') }
			});
		}
		return out;
	}
};

export const formPatternRedos: Rule = {
	id: 'form-pattern-redos',
	family: 'form',
	defaultSeverity: 'error',
	title: bothLanguages(messages, 'lint.form-pattern-redos.title'),
	description: bothLanguages(messages, 'lint.form-pattern-redos.description'),
	check(ctx) {
		const t = translator(messages, ctx.locale);
		const out: RawFinding[] = [];
		for (const p of ctx.patterns()) {
			const v = ctx.checkPattern(p.pattern);
			if (!v.unsafe && !v.undecided) continue;
			out.push({
				pointer: p.pointer,
				message: t(
					v.unsafe
						? 'lint.form-pattern-redos.message.unsafe'
						: 'lint.form-pattern-redos.message.undecided',
					{ pattern: p.pattern }
				),
				fix: { message: t('lint.form-pattern-redos.fix') }
			});
		}
		return out;
	}
};

export const formRules: Rule[] = [
	formFieldUntitled,
	requiredFieldHidden,
	conditionalFieldShown,
	formPatternInvalid,
	formPatternRedos,
	formPages
];
