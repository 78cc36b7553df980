// 申请表: the generated form must be usable by applicants and safe for the systems validating it.
import { msg } from '../../i18n';
import type { FormField } from '../../item/fields';
import type { JsonSchema, UiSchema } from '../../item/types';
import { escapeToken, resolvePointer } from '../../pointer';
import type { JsonPatchOp, RawFinding, Rule } from '../types';

const SCHEMA_BASE = '/form/schema';
const UI_BASE = '/form/uiSchema';

const isObject = (v: unknown): v is Record<string, unknown> =>
	v !== null && typeof v === 'object' && !Array.isArray(v);

const fieldName = (f: FormField) => f.title ?? f.key;

export const formFieldUntitled: Rule = {
	id: 'form-field-untitled',
	family: 'form',
	defaultSeverity: 'warning',
	title: { zh: '表单字段缺少标题', en: 'Form field without a title' },
	description: {
		zh: '每个表单字段（包括分组）都应有中文标题，否则申请人看到的是内部字段名。',
		en: 'Every form field (sections included) needs a title; otherwise applicants see the internal key.'
	},
	check(ctx) {
		const out: RawFinding[] = [];
		for (const f of ctx.fields()) {
			if (f.title?.trim()) continue;
			out.push({
				pointer: SCHEMA_BASE + f.schemaPointer,
				message: msg(
					ctx.locale,
					`表单字段“${f.key}”缺少标题`,
					`Form field “${f.key}” has no title`
				),
				fix: {
					message: msg(
						ctx.locale,
						'为该字段填写申请人能看懂的标题',
						'Give the field a title applicants understand'
					)
				}
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
	title: {
		zh: '必填字段被隐藏且无默认值',
		en: 'Required field hidden without a default'
	},
	description: {
		zh: '被界面隐藏的必填字段申请人无法填写，除非它有默认值（default）或固定值（const），否则所有申请都无法提交。',
		en: 'Applicants cannot fill a hidden required field; unless it has a default or const, no application can be submitted.'
	},
	check(ctx) {
		const { item, locale } = ctx;
		const ui = item.form?.uiSchema;
		if (!isObject(ui)) return [];
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
				message: msg(
					locale,
					`必填字段“${fieldName(f)}”在表单中被隐藏且没有默认值，申请人无法填写`,
					`Required field “${fieldName(f)}” is hidden in the form and has no default, so applicants cannot fill it`
				),
				fix: {
					message: msg(
						locale,
						'取消隐藏该字段，或为其设置默认值',
						'Show the field, or give it a default value'
					),
					patch
				}
			});
		}
		return out;
	}
};

export const formPatternInvalid: Rule = {
	id: 'form-pattern-invalid',
	family: 'form',
	defaultSeverity: 'error',
	title: { zh: '正则表达式无效', en: 'Invalid regular expression' },
	description: {
		zh: '表单中的 pattern（含 patternProperties 的键）必须是有效的正则表达式（按 Unicode 模式编译）。',
		en: 'Every pattern in the form (patternProperties keys included) must compile as a regular expression in Unicode mode.'
	},
	check(ctx) {
		const out: RawFinding[] = [];
		for (const p of ctx.patterns()) {
			const v = ctx.checkPattern(p.pattern);
			if (v.invalid === undefined) continue;
			out.push({
				pointer: p.pointer,
				message: msg(
					ctx.locale,
					`正则表达式 /${p.pattern}/ 无效：${v.invalid}`,
					`Regular expression /${p.pattern}/ is invalid: ${v.invalid}`
				),
				fix: {
					message: msg(
						ctx.locale,
						'修正正则表达式；身份证号、手机号等请优先使用内置格式（format）',
						'Correct the expression; for ID numbers, phones and the like prefer a built-in format'
					)
				}
			});
		}
		return out;
	}
};

export const formPatternRedos: Rule = {
	id: 'form-pattern-redos',
	family: 'form',
	defaultSeverity: 'error',
	title: {
		zh: '正则表达式可能导致灾难性回溯',
		en: 'Regular expression may backtrack catastrophically'
	},
	description: {
		zh: '存在灾难性回溯（ReDoS）风险的正则表达式可被恶意输入拖垮门户和服务器；无法在限定步数内证明安全的表达式同样报告。',
		en: 'A pattern prone to catastrophic backtracking (ReDoS) lets crafted input stall portals and servers; patterns that cannot be proven safe within the step limit are reported too.'
	},
	check(ctx) {
		const out: RawFinding[] = [];
		for (const p of ctx.patterns()) {
			const v = ctx.checkPattern(p.pattern);
			if (!v.unsafe && !v.undecided) continue;
			out.push({
				pointer: p.pointer,
				message: v.unsafe
					? msg(
							ctx.locale,
							`正则表达式 /${p.pattern}/ 存在灾难性回溯风险`,
							`Regular expression /${p.pattern}/ can backtrack catastrophically`
						)
					: msg(
							ctx.locale,
							`正则表达式 /${p.pattern}/ 过于复杂，无法确认不会发生灾难性回溯`,
							`Regular expression /${p.pattern}/ is too complex to confirm it cannot backtrack catastrophically`
						),
				fix: {
					message: msg(
						ctx.locale,
						'避免嵌套或相互重叠的重复（如 (a+)+、\\w+\\s?\\w+），并限定长度（maxLength）；常见证件号码请使用内置格式',
						'Avoid nested or overlapping repetition (such as (a+)+ or \\w+\\s?\\w+) and bound the length (maxLength); use a built-in format for common identifiers'
					)
				}
			});
		}
		return out;
	}
};

export const formRules: Rule[] = [
	formFieldUntitled,
	requiredFieldHidden,
	formPatternInvalid,
	formPatternRedos
];
