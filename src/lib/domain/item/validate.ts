// validateItem: everything wrong with an item document, each problem with a JSON pointer and a
// message for people. Stage 1 is the meta-schema (Ajv2020, all errors); stage 2 the rules a schema
// cannot express (unique ids, condition fields, code structure, check digits, the embedded form
// schema). It never throws: the designer calls it on every keystroke and the server on every upload.
import { checkCalcs } from '../calc/fields';
import { conditionFieldsOf } from '../conditions/compile';
import { checkCrossFieldRules } from '../conditions/cross-field';
import { listFieldRules } from '../conditions/rules';
import { checkFormat } from '../formats';
import { translator, type Locale } from '../i18n';
import { pointer } from '../pointer';
import { isFieldKey, UI_SEMANTIC } from '../onething/vocabulary';
import { embeddedSchemaAjv, itemValidator } from './ajv';
import { checkItemCode } from './code';
import { checkConditionFields } from './conditions';
import { listFormFields, type FormField } from './fields';
import { checkEmbeddedSchema } from './form-schema';
import { DEFAULT_LIMITS, type Limits } from './limits';
import { itemMessages as messages } from './messages';
import { ajvProblems, problem } from './problems';
import type { Item, Level, Problem } from './types';
import { isObj, type Obj } from '../plain-object';

export interface ValidateOptions {
	locale?: Locale;
	/** YYYY-MM-DD; legal bases repealed on or before this day are reported. Defaults to today in China. */
	today?: string;
	limits?: Partial<Limits>;
}

export interface ValidationResult {
	ok: boolean;
	/** the document, typed, when ok */
	item?: Item;
	problems: Problem[];
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function chinaToday(): string {
	return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

// Control characters other than tab, line feed and carriage return, and unpaired surrogates.
const UNSAFE_TEXT =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Depth, cycle and string-length limits, checked without recursion so that no input can overflow
 * the stack. Returns true when the document is unusable (too deep or cyclic).
 */
function checkShape(
	doc: unknown,
	limits: Limits,
	locale: Locale | undefined,
	out: Problem[]
): boolean {
	const t = translator(messages, locale);
	type Frame = { v: unknown; tokens: string[]; exit?: boolean };
	const stack: Frame[] = [{ v: doc, tokens: [] }];
	const ancestors = new Set<object>();
	let longStrings = 0;
	while (stack.length) {
		const { v, tokens, exit } = stack.pop()!;
		if (exit) {
			ancestors.delete(v as object);
			continue;
		}
		if (typeof v === 'string' && UNSAFE_TEXT.test(v)) {
			// NUL and other control characters or broken UTF-16 cannot be stored in PostgreSQL text
			// and show as garbage to applicants: refuse them where they are, not at save time.
			out.push(problem(pointer(...tokens), 'invalid-text', t('item.text.unsafe'), locale));
			continue;
		}
		if (typeof v === 'number' && !Number.isFinite(v)) {
			// JSON.parse turns 1e400 into Infinity, which JSON.stringify would store as null: the
			// document would not be the one its author wrote, and its validators could not be built
			out.push(
				problem(
					pointer(...tokens),
					'invalid-number',
					t('item.number.notFinite', { value: String(v) }),
					locale
				)
			);
			continue;
		}
		if (typeof v === 'string' && v.length > limits.maxStringLength) {
			if (longStrings++ < 20) {
				out.push(
					problem(
						pointer(...tokens),
						'limit-string',
						t('item.text.tooLong', { length: v.length, limit: limits.maxStringLength }),
						locale
					)
				);
			}
			continue;
		}
		if (v === null || typeof v !== 'object') continue;
		if (ancestors.has(v)) {
			out.push(problem(pointer(...tokens), 'invalid-document', t('item.document.cycle'), locale));
			return true;
		}
		if (tokens.length >= limits.maxDocumentDepth) {
			out.push(
				problem(
					pointer(...tokens),
					'limit-depth',
					t('item.document.tooDeep', { limit: limits.maxDocumentDepth }),
					locale
				)
			);
			return true;
		}
		ancestors.add(v);
		stack.push({ v, tokens, exit: true });
		const entries = Array.isArray(v)
			? v.map((x, i) => [String(i), x] as const)
			: Object.entries(v as Obj);
		for (let i = entries.length - 1; i >= 0; i--)
			stack.push({ v: entries[i][1], tokens: [...tokens, entries[i][0]] });
	}
	return false;
}

function checkSize(
	doc: unknown,
	limits: Limits,
	locale: Locale | undefined,
	out: Problem[]
): boolean {
	const t = translator(messages, locale);
	let size: number;
	try {
		size = JSON.stringify(doc)?.length ?? 0;
	} catch {
		out.push(problem('', 'invalid-document', t('item.document.notJson'), locale));
		return true;
	}
	if (size > limits.maxDocumentChars) {
		out.push(
			problem(
				'',
				'limit-size',
				t('item.document.tooLarge', { size, limit: limits.maxDocumentChars }),
				locale
			)
		);
		return true;
	}
	return false;
}

function semanticProblems(doc: Obj, limits: Limits, opts: ValidateOptions): Problem[] {
	const { locale } = opts;
	const t = translator(messages, locale);
	const out: Problem[] = [];
	const add = (ptr: string, code: string, text: string) =>
		out.push(problem(ptr, code, text, locale));
	const dept = isObj(doc.department) ? doc.department : {};
	const creditCode = typeof dept.creditCode === 'string' ? dept.creditCode : undefined;

	if (creditCode !== undefined) {
		const r = checkFormat('cn-uscc', creditCode, { locale });
		if (!r.valid) add('/department/creditCode', 'credit-code', r.message ?? '');
	}
	if (
		(doc.codeProfile === 'base' || doc.codeProfile === 'implementation') &&
		typeof doc.code === 'string'
	) {
		const levels = arr(doc.levels).filter((l): l is Level => typeof l === 'string') as Level[];
		const r = checkItemCode(doc.code, doc.codeProfile, creditCode, { locale, levels });
		for (const m of r.messages) out.push(problem('/code', 'code-profile', m, locale));
	}

	const guide = isObj(doc.guide) ? doc.guide : {};
	const legal = isObj(guide.legalTimeLimit) ? guide.legalTimeLimit : undefined;
	const promised = isObj(guide.promisedTimeLimit) ? guide.promisedTimeLimit : undefined;
	if (
		legal &&
		promised &&
		legal.unit === promised.unit &&
		typeof legal.value === 'number' &&
		typeof promised.value === 'number' &&
		promised.value > legal.value
	) {
		add(
			'/guide/promisedTimeLimit/value',
			'time-limit',
			t('item.timeLimit.exceeds', { promised: promised.value, legal: legal.value })
		);
	}
	const fees = isObj(guide.fees) ? guide.fees : undefined;
	if (fees && fees.free === false && arr(fees.items).length === 0) {
		add('/guide/fees/items', 'fees', t('item.fees.missing'));
	}
	if (fees && fees.free === true && arr(fees.items).length > 0) {
		add('/guide/fees/items', 'fees', t('item.fees.free'));
	}
	const today = opts.today ?? chinaToday();
	arr(guide.legalBasis).forEach((b, i) => {
		if (isObj(b) && typeof b.repealedOn === 'string' && b.repealedOn <= today) {
			add(
				pointer('guide', 'legalBasis', i, 'repealedOn'),
				'basis-repealed',
				t('item.basis.repealed', { date: b.repealedOn })
			);
		}
	});

	const form = isObj(doc.form) ? doc.form : {};
	const ajv = embeddedSchemaAjv();
	let formUsable = false;
	let fields: FormField[] = [];
	if (isObj(form.schema)) {
		fields = listFormFields(form.schema, limits.maxFormDepth);
		const tooMany = fields.length > limits.maxFormFields;
		if (tooMany) {
			add(
				'/form/schema',
				'limit-fields',
				t('item.form.tooManyFields', { count: fields.length, limit: limits.maxFormFields })
			);
		}
		const formProblems = checkEmbeddedSchema(ajv, form.schema, '/form/schema', {
			locale,
			maxDepth: limits.maxFormDepth,
			maxNodes: limits.maxFormFields * 10,
			compile: !tooMany
		});
		out.push(
			...formProblems.map((p) => problem(p.pointer, p.code ?? 'form-schema', p.message, locale))
		);
		formUsable = !formProblems.some((p) => p.code === 'limit-depth');
		if (!formUsable) fields = [];
	}
	// field rules the condition builder writes, read back: every field they test must exist
	if (formUsable && isObj(form.schema)) {
		const keys = new Set(fields.map((f) => f.key));
		for (const placed of listFieldRules(form.schema)) {
			if (!placed.rule) continue;
			const at = placed.level.flatMap((k) => (k === '*' ? ['items'] : ['properties', k]));
			for (const source of conditionFieldsOf(placed.rule.when)) {
				if (keys.has(source.join('.'))) continue;
				add(
					pointer('form', 'schema', ...at, 'allOf', placed.index, 'if'),
					'unknown-field',
					t('item.condition.unknownField', { field: source.join('.') })
				);
			}
		}
	}
	// calculated fields and cross-field rules name form fields in the uiSchema
	if (formUsable && isObj(form.uiSchema)) {
		const keys = new Set(fields.map((f) => f.key));
		out.push(
			...[
				...checkCalcs(form.uiSchema, keys, '/form/uiSchema', locale),
				...checkCrossFieldRules(form.uiSchema, keys, '/form/uiSchema', locale)
			].map((p) => problem(p.pointer, p.code ?? 'ui-schema', p.message, locale))
		);
	}

	// 一件事 field meanings: a key of the built-in vocabulary (rjsf ignores the unknown ui: key)
	if (isObj(form.uiSchema)) {
		const stack: { node: Obj; tokens: string[] }[] = [{ node: form.uiSchema, tokens: [] }];
		let budget = limits.maxFormFields * 10;
		while (stack.length && budget-- > 0) {
			const { node, tokens } = stack.pop()!;
			for (const [k, v] of Object.entries(node)) {
				if (k === UI_SEMANTIC) {
					const at = pointer('form', 'uiSchema', ...tokens, k);
					if (typeof v !== 'string') add(at, 'semantic-key', t('item.semantic.notText'));
					else if (!isFieldKey(v)) add(at, 'semantic-key', t('item.semantic.unknown', { key: v }));
				} else if (isObj(v) && !k.startsWith('ui:'))
					stack.push({ node: v, tokens: [...tokens, k] });
			}
		}
	}

	// Material and refusal conditions are JSON Schemas over the form: the same checks for both.
	const checkCondition = (condition: unknown, base: string) => {
		const own = checkEmbeddedSchema(ajv, condition, base, {
			locale,
			maxDepth: limits.maxFormDepth,
			maxNodes: limits.maxFormFields * 10,
			what: 'condition'
		});
		out.push(...own.map((p) => problem(p.pointer, p.code ?? 'condition', p.message, locale)));
		if (formUsable && !own.some((p) => p.code === 'limit-depth')) {
			const refs = checkConditionFields(condition, fields, base, locale);
			out.push(
				...refs.map((p) => problem(p.pointer, p.code ?? 'unknown-field', p.message, locale))
			);
		}
	};

	const seen = new Map<string, number>();
	arr(doc.materials).forEach((m, i) => {
		if (!isObj(m)) return;
		if (typeof m.id === 'string') {
			const first = seen.get(m.id);
			if (first !== undefined) {
				add(
					pointer('materials', i, 'id'),
					'duplicate-id',
					t('item.material.duplicateId', { id: m.id, first: first + 1 })
				);
			} else seen.set(m.id, i);
		}
		if (m.necessity === 'tolerable' && m.essential === true) {
			add(
				pointer('materials', i, 'essential'),
				'tolerable-essential',
				t('item.material.tolerableEssential')
			);
		}
		if (isObj(m.condition) || typeof m.condition === 'boolean')
			checkCondition(m.condition, pointer('materials', i, 'condition'));
	});
	const refusalIds = new Map<string, number>();
	const listed = new Set(
		arr(guide.refusalCases).map((c) => (typeof c === 'string' ? c.trim() : c))
	);
	arr(doc.refusals).forEach((r, i) => {
		if (!isObj(r)) return;
		if (typeof r.id === 'string') {
			const first = refusalIds.get(r.id);
			if (first !== undefined) {
				add(
					pointer('refusals', i, 'id'),
					'duplicate-id',
					t('item.refusal.duplicateId', { id: r.id, first: first + 1 })
				);
			} else refusalIds.set(r.id, i);
		}
		if (typeof r.text === 'string' && r.text.trim() && !listed.has(r.text.trim())) {
			add(pointer('refusals', i, 'text'), 'refusal-unlisted', t('item.refusal.unlisted'));
		}
		if (isObj(r.condition) || typeof r.condition === 'boolean')
			checkCondition(r.condition, pointer('refusals', i, 'condition'));
	});
	return out;
}

export function validateItem(doc: unknown, opts: ValidateOptions = {}): ValidationResult {
	const { locale } = opts;
	const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
	const problems: Problem[] = [];
	try {
		if (checkShape(doc, limits, locale, problems)) return { ok: false, problems };
		if (checkSize(doc, limits, locale, problems)) return { ok: false, problems };
		const validate = itemValidator();
		if (!validate(doc)) problems.push(...ajvProblems(validate.errors, locale));
		if (isObj(doc)) problems.push(...semanticProblems(doc, limits, opts));
	} catch (err) {
		// a bug of ours must still surface as a problem, never as a crash of the editor
		problems.push({
			pointer: '',
			code: 'internal',
			message: translator(messages, locale)('item.internal', { reason: String(err) })
		});
	}
	return problems.length ? { ok: false, problems } : { ok: true, item: doc as Item, problems };
}
