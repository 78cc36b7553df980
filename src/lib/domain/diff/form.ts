// The application form: field-level changes read from the two form schemas, each carrying the
// compatibility judgement portals care about (taken from the compiled application schemas).
import type { CompatibilityPromise } from '../item/types';
import { listFormFields, type FormField } from '../item/fields';
import { joinList, type Locale } from '../i18n';
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
	const reasons = (list: CompatChange[]) =>
		joinList(
			locale,
			list.map((c) => c.reason),
			'clauses'
		);
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

	const { t } = s;
	const nounOf = (f: FormField) => t(f.section ? 'diff.form.section' : 'diff.form.field');
	for (const f of fa) {
		if (mb.has(f.key) || (parentKey(f) && !mb.has(parentKey(f)) && ma.has(parentKey(f)))) continue;
		const change = s.push(
			'removed',
			'form.field',
			{ old: path(a, f) },
			t(f.required ? 'diff.form.removedRequired' : 'diff.form.removed', {
				noun: nounOf(f),
				name: nameOf(f)
			}),
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
			if (title) parts.push(t('diff.form.renamed', { name: nameOf(f) }));
			const req = (code: string, cond: boolean) =>
				list.some((c) => c.code === code && isConditional(c) === cond);
			if (req('required-added', false)) parts.push(t('diff.form.nowRequired'));
			if (req('required-added', true)) parts.push(t('diff.form.nowRequiredSometimes'));
			if (req('required-removed', false)) parts.push(t('diff.form.nowOptional'));
			if (req('required-removed', true)) parts.push(t('diff.form.nowOptionalSometimes'));
			const rest = list.filter(
				(c) => c !== title && c.code !== 'required-added' && c.code !== 'required-removed'
			);
			if (rest.length)
				parts.push(
					t(
						rest.every((c) => c.annotation)
							? 'diff.form.descriptionChanged'
							: 'diff.form.validationChanged',
						{ reasons: reasons(rest) }
					)
				);
			const change = s.changed(
				'form.field',
				path(b, f),
				t('diff.form.changed', { name: nameOf(old), parts: joinList(locale, parts, 'phrases') }),
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
		const change = s.push(
			'added',
			'form.field',
			{ new: path(b, f) },
			t(f.required ? 'diff.form.addedRequired' : 'diff.form.addedOptional', {
				noun: nounOf(f),
				name: nameOf(f)
			}),
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
			t('diff.form.rules', { reasons: reasons(formLevel) }),
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
				s.t('diff.form.moved', { name: nameOf(f), from, to }),
				'neutral'
			);
		});
	}
}
