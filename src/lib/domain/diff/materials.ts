// Application materials (申请材料): matched by id, or by name when the id was changed.
import type { Material, Necessity } from '../item/types';
import { label } from '../item/labels';
import { joinList, lookup, type Locale } from '../i18n';
import { diffKeyed, diffStrings } from './keyed';
import { diffMessages } from './messages';
import { Sink, moreIsStricter, same } from './sink';
import { book, trim } from './text';
import type { ApplicantEffect, Change } from './types';

/** how much the necessity asks of the applicant: a tolerable material must still be supplied later */
const NECESSITY_RANK: Record<Necessity, number> = { optional: 0, tolerable: 1, required: 2 };

/** The short form reviewers say aloud ("由必要改为容缺"); the item labels have the long ones. */
export function necessityWord(n: Necessity, locale?: Locale): string {
	return lookup(diffMessages, locale, `diff.necessity.${n}`) ?? n;
}

export function necessityEffect(a: Necessity, b: Necessity): ApplicantEffect {
	return moreIsStricter(NECESSITY_RANK[a] ?? 0, NECESSITY_RANK[b] ?? 0);
}

export function diffMaterials(a: Material[], b: Material[], locale?: Locale): Change[] {
	const s = new Sink('materials', locale);
	const word = (n: Necessity) => necessityWord(n, locale);
	diffKeyed(s, 'material', ['materials'], a, b, {
		key: (m) => `id:${m.id}`,
		fallbackKey: (m) => `name:${trim(m.name)}`,
		added: (m) => [
			s.t('diff.material.added', { necessity: word(m.necessity), name: book(m.name) }),
			m.necessity === 'optional' ? 'neutral' : 'stricter'
		],
		removed: (m) => [
			s.t('diff.material.removed', { necessity: word(m.necessity), name: book(m.name) }),
			m.necessity === 'optional' ? 'neutral' : 'looser'
		],
		moved: (m, from, to) => s.t('diff.material.moved', { name: book(m.name), from, to }),
		compare: (o, n, op, np) => compareMaterial(s, o, n, op, np)
	});
	return s.changes;
}

function compareMaterial(
	s: Sink,
	o: Material,
	n: Material,
	op: (string | number)[],
	np: (string | number)[]
) {
	const { t } = s;
	const name = book(n.name);
	const days = (d: number | undefined) =>
		d === undefined ? t('diff.material.defaultDays') : t('diff.material.days', { n: d });
	const at = (f: string) => [...np, f];
	const was = (f: string) => [...op, f];
	const c = (f: string, sentence: string, effect: ApplicantEffect, long = false) =>
		s.changed(
			`material.${f}`,
			at(f),
			sentence,
			effect,
			(o as unknown as Record<string, unknown>)[f],
			(n as unknown as Record<string, unknown>)[f],
			long,
			was(f)
		);

	if (trim(o.name) !== trim(n.name))
		c('name', t('diff.material.renamed', { old: book(o.name), new: name }), 'neutral');
	if (o.id !== n.id) c('id', t('diff.material.id', { name, old: o.id, new: n.id }), 'neutral');
	if (o.necessity !== n.necessity)
		c(
			'necessity',
			t('diff.material.necessity', {
				name,
				old: necessityWord(o.necessity, s.locale),
				new: necessityWord(n.necessity, s.locale)
			}),
			necessityEffect(o.necessity, n.necessity)
		);
	if (o.essential !== n.essential)
		c(
			'essential',
			t(n.essential ? 'diff.material.nowEssential' : 'diff.material.noLongerEssential', { name }),
			n.essential ? 'stricter' : 'looser'
		);
	if (o.originals !== n.originals)
		c(
			'originals',
			t('diff.material.originals', { name, old: o.originals, new: n.originals }),
			moreIsStricter(o.originals, n.originals)
		);
	if (o.copies !== n.copies)
		c(
			'copies',
			t('diff.material.copies', { name, old: o.copies, new: n.copies }),
			moreIsStricter(o.copies, n.copies)
		);
	for (const [f, table] of [
		['kind', 'materialKind'],
		['medium', 'medium'],
		['source', 'source']
	] as const) {
		if (o[f] !== n[f])
			c(
				f,
				t('diff.material.attribute', {
					name,
					attribute: t(`diff.material.attribute.${f}`),
					old: label(table, o[f], s.locale),
					new: label(table, n[f], s.locale)
				}),
				'neutral'
			);
	}
	if (o.sharedExempt !== n.sharedExempt)
		c(
			'sharedExempt',
			t(n.sharedExempt ? 'diff.material.nowShared' : 'diff.material.noLongerShared', { name }),
			n.sharedExempt ? 'looser' : 'stricter'
		);
	const ma = new Set(o.mediaTypes ?? []);
	const mb = new Set(n.mediaTypes ?? []);
	const addedTypes = [...mb].filter((x) => !ma.has(x));
	const droppedTypes = [...ma].filter((x) => !mb.has(x));
	if (addedTypes.length || droppedTypes.length)
		c(
			'mediaTypes',
			t('diff.material.mediaTypes', {
				name,
				old: joinList(s.locale, [...ma]),
				new: joinList(s.locale, [...mb])
			}),
			droppedTypes.length ? 'stricter' : 'looser'
		);
	if (o.maxSize !== n.maxSize)
		c(
			'maxSize',
			t('diff.material.maxSize', { name, old: mb_(o.maxSize), new: mb_(n.maxSize) }),
			moreIsStricter(n.maxSize, o.maxSize)
		);
	if ((o.supplementDays ?? 0) !== (n.supplementDays ?? 0))
		c(
			'supplementDays',
			t('diff.material.supplementDays', {
				name,
				old: days(o.supplementDays),
				new: days(n.supplementDays)
			}),
			o.supplementDays !== undefined && n.supplementDays !== undefined
				? moreIsStricter(n.supplementDays, o.supplementDays)
				: 'neutral'
		);
	if (!same(o.condition, n.condition)) {
		if (o.condition === undefined)
			c('condition', t('diff.material.conditionAdded', { name }), 'looser');
		else if (n.condition === undefined)
			c('condition', t('diff.material.conditionRemoved', { name }), 'stricter');
		else c('condition', t('diff.material.conditionChanged', { name }), 'neutral');
	}
	diffStrings(
		s,
		'material',
		o,
		n,
		op,
		np,
		[
			['issuer', 'diff.field.material.issuer'],
			['semanticKey', 'diff.field.material.semanticKey'],
			['paperSize', 'diff.field.material.paperSize'],
			['signature', 'diff.field.material.signature'],
			['basis', 'diff.field.material.basis'],
			['notes', 'diff.field.material.notes', true],
			['acceptanceStandard', 'diff.field.material.acceptanceStandard', true]
		],
		t('diff.material.subject', { name })
	);
	for (const f of ['blankTemplate', 'sampleTemplate'] as const)
		if (!same(o[f], n[f]))
			c(f, t('diff.material.template', { name, template: t(`diff.material.${f}`) }), 'neutral');
}

function mb_(bytes: number): string {
	return bytes >= 1048576
		? `${+(bytes / 1048576).toFixed(2)} MB`
		: `${+(bytes / 1024).toFixed(1)} KB`;
}
