// The application form: field-level changes read from the two form schemas, each carrying the
// compatibility judgement portals care about (taken from the compiled application schemas).
import type { CompatibilityPromise } from '../item/types';
import { listFormFields, type FormField } from '../item/fields';
import type { Locale } from '../i18n';
import { parsePointer } from '../pointer';
import { keepsPromise } from './compat/promise';
import type { CompatChange } from './compat/types';
import { verdictOf } from './compat/verdict';
import type { ItemView } from './input';
import { longestIncreasing } from './lists';
import { Sink } from './sink';
import type { ApplicantEffect, Change, FieldCompat } from './types';

const nameOf = (f: FormField) => f.title?.trim() || f.key;

/** judged inside if/then/else or a combinator: it holds only in some cases */
const isConditional = (c: CompatChange) =>
	/\/(if|then|else|allOf|anyOf|oneOf|not)\//.test(c.pointer);

export function fieldCompat(changes: CompatChange[]): FieldCompat {
	return {
		backward: changes.every((c) => c.backward),
		forward: changes.every((c) => c.forward),
		verdict: verdictOf(changes),
		changes
	};
}

/** compat changes by the form field they belong to (nearest listed ancestor); '' is the form itself */
function byField(changes: CompatChange[], known: Set<string>): Map<string, CompatChange[]> {
	const out = new Map<string, CompatChange[]>();
	for (const c of changes) {
		if (c.field === 'materials' || c.field.startsWith('materials.')) continue;
		let f = c.field;
		while (f && !known.has(f)) {
			const cut = f.lastIndexOf('.');
			f = cut < 0 ? '' : f.slice(0, cut);
		}
		const list = out.get(f);
		if (list) list.push(c);
		else out.set(f, [c]);
	}
	return out;
}

function effectOf(changes: CompatChange[]): ApplicantEffect {
	if (changes.some((c) => c.code === 'required-added')) return 'stricter';
	if (changes.some((c) => c.code === 'required-removed')) return 'looser';
	const structural = changes.filter((c) => !c.annotation);
	if (!structural.length) return 'neutral';
	const back = structural.every((c) => c.backward);
	const fwd = structural.every((c) => c.forward);
	if (fwd && !back) return 'stricter';
	if (back && !fwd) return 'looser';
	return 'neutral';
}

export function diffForm(
	a: ItemView,
	b: ItemView,
	compiled: CompatChange[],
	promise: CompatibilityPromise,
	locale?: Locale
): Change[] {
	const s = new Sink('form', locale);
	const fa = listFormFields(a.formSchema);
	const fb = listFormFields(b.formSchema);
	const ma = new Map(fa.map((f) => [f.key, f]));
	const mb = new Map(fb.map((f) => [f.key, f]));
	const known = new Set([...ma.keys(), ...mb.keys()]);
	const compat = byField(compiled, known);
	const path = (view: ItemView, f: FormField) => [
		...parsePointer(view.formPointer),
		...parsePointer(f.schemaPointer)
	];
	const parentKey = (f: FormField) => f.path.slice(0, -1).join('.');
	const attach = (change: Change, list: CompatChange[] | undefined) => {
		if (!list?.length) return;
		change.compat = fieldCompat(list);
		if (list.some((c) => !keepsPromise(promise, c))) change.breaksPromise = true;
	};

	for (const f of fa) {
		if (mb.has(f.key) || (parentKey(f) && !mb.has(parentKey(f)) && ma.has(parentKey(f)))) continue;
		const noun = f.section ? s.t('分组', 'section') : s.t('字段', 'field');
		const change = s.push(
			'removed',
			'form.field',
			{ old: path(a, f) },
			s.t(
				`删除${f.required ? '必填' : ''}${noun}「${nameOf(f)}」`,
				`${f.required ? 'required ' : ''}${noun} "${nameOf(f)}" removed`
			),
			f.required ? 'looser' : 'neutral',
			{ before: f.key }
		);
		attach(change, compat.get(f.key));
	}

	for (const f of fb) {
		const old = ma.get(f.key);
		if (old) {
			const list = compat.get(f.key);
			if (!list?.length) continue;
			const parts: string[] = [];
			const title = list.find((c) => c.keyword === 'title' && c.pointer.endsWith('/title'));
			if (title) parts.push(s.t(`更名为「${nameOf(f)}」`, `renamed to "${nameOf(f)}"`));
			const req = (code: string, cond: boolean) =>
				list.some((c) => c.code === code && isConditional(c) === cond);
			if (req('required-added', false)) parts.push(s.t('改为必填', 'now required'));
			if (req('required-added', true))
				parts.push(s.t('在特定情形下改为必填', 'now required in some cases'));
			if (req('required-removed', false)) parts.push(s.t('改为选填', 'now optional'));
			if (req('required-removed', true))
				parts.push(s.t('在特定情形下不再必填', 'no longer required in some cases'));
			const rest = list.filter(
				(c) => c !== title && c.code !== 'required-added' && c.code !== 'required-removed'
			);
			if (rest.length)
				parts.push(
					rest.every((c) => c.annotation)
						? s.t(
								`说明信息变更：${rest.map((c) => c.reason).join('；')}`,
								`description changed: ${rest.map((c) => c.reason).join('; ')}`
							)
						: s.t(
								`校验规则变更：${rest.map((c) => c.reason).join('；')}`,
								`validation changed: ${rest.map((c) => c.reason).join('; ')}`
							)
				);
			const change = s.changed(
				'form.field',
				path(b, f),
				s.t(
					`字段「${nameOf(old)}」${parts.join('，')}`,
					`Field "${nameOf(old)}" ${parts.join(', ')}`
				),
				effectOf(list),
				old.key,
				f.key,
				false,
				path(a, old)
			);
			attach(change, list);
			continue;
		}
		if (parentKey(f) && !ma.has(parentKey(f)) && mb.has(parentKey(f))) continue;
		const noun = f.section ? s.t('分组', 'section') : s.t('字段', 'field');
		const change = s.push(
			'added',
			'form.field',
			{ new: path(b, f) },
			s.t(
				`新增${f.required ? '必填' : '选填'}${noun}「${nameOf(f)}」`,
				`${f.required ? 'required' : 'optional'} ${noun} "${nameOf(f)}" added`
			),
			f.required ? 'stricter' : 'neutral',
			{ after: f.key }
		);
		attach(change, compat.get(f.key));
	}

	moves(
		s,
		fa,
		fb,
		ma,
		(f) => path(a, f),
		(f) => path(b, f)
	);

	// the root's $id and title follow the item code and name, which the identity group reports
	const formLevel = compat
		.get('')
		?.filter((c) => !(c.annotation && c.pointer.split('/').length === 2));
	if (formLevel?.length) {
		const change = s.changed(
			'form.rules',
			parsePointer(b.formPointer),
			s.t(
				`表单整体校验规则变更：${formLevel.map((c) => c.reason).join('；')}`,
				`Form-level validation changed: ${formLevel.map((c) => c.reason).join('; ')}`
			),
			effectOf(formLevel),
			undefined,
			undefined,
			false,
			parsePointer(a.formPointer)
		);
		attach(change, formLevel);
	}
	return s.changes;
}

/** order changes among siblings only: a moved section does not move every field inside it */
function moves(
	s: Sink,
	fa: FormField[],
	fb: FormField[],
	ma: Map<string, FormField>,
	pa: (f: FormField) => (string | number)[],
	pb: (f: FormField) => (string | number)[]
) {
	const siblings = (fields: FormField[]) => {
		const out = new Map<string, FormField[]>();
		for (const f of fields) {
			const parent = f.path.slice(0, -1).join('.');
			const list = out.get(parent);
			if (list) list.push(f);
			else out.set(parent, [f]);
		}
		return out;
	};
	const oldGroups = siblings(fa);
	for (const [parent, news] of siblings(fb)) {
		const olds = oldGroups.get(parent);
		if (!olds) continue;
		const oldPos = new Map(olds.map((f, i) => [f.key, i]));
		const newPos = new Map(news.map((f, i) => [f.key, i]));
		const common = news.filter((f) => oldPos.has(f.key));
		const stay = longestIncreasing(common.map((f) => oldPos.get(f.key)!));
		common.forEach((f, idx) => {
			if (stay.has(idx)) return;
			const from = oldPos.get(f.key)! + 1;
			const to = newPos.get(f.key)! + 1;
			// its neighbours moved around it: saying "from 3 to 3" helps nobody
			if (from === to) return;
			s.push(
				'moved',
				'form.field',
				{ old: pa(ma.get(f.key)!), new: pb(f) },
				s.t(
					`字段「${nameOf(f)}」由第 ${from} 位移至第 ${to} 位`,
					`Field "${nameOf(f)}" moved from ${from} to ${to}`
				),
				'neutral'
			);
		});
	}
}
