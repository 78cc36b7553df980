// Diffing lists of guide elements: keyed lists (materials, steps, fees, …) and plain text lists
// (conditions, refusal cases), both with moves.
import { matchLists } from './lists';
import type { DiffKey } from './messages';
import type { Path, Sink } from './sink';
import { same } from './sink';
import { clip, similarity, trim } from './text';
import type { ApplicantEffect } from './types';

export interface KeyedSpec<T> {
	key: (t: T) => string;
	fallbackKey?: (t: T) => string;
	added: (t: T) => [string, ApplicantEffect];
	removed: (t: T) => [string, ApplicantEffect];
	moved: (t: T, from: number, to: number) => string;
	/** element-level comparison of a matched pair */
	compare: (o: T, n: T, oldPath: Path, newPath: Path) => void;
}

export function diffKeyed<T>(
	s: Sink,
	code: string,
	base: Path,
	olds: readonly T[] | undefined,
	news: readonly T[] | undefined,
	spec: KeyedSpec<T>
): void {
	const a = olds ?? [];
	const b = news ?? [];
	const m = matchLists(a, b, spec.key, spec.fallbackKey);
	for (const i of m.removed) {
		const [sentence, effect] = spec.removed(a[i]);
		s.push('removed', code, { old: [...base, i] }, sentence, effect, { before: a[i] });
	}
	for (const [i, j] of m.pairs) {
		if (m.moved.has(j) && i !== j)
			s.push(
				'moved',
				code,
				{ old: [...base, i], new: [...base, j] },
				spec.moved(b[j], i + 1, j + 1),
				'neutral'
			);
		if (!same(a[i], b[j])) spec.compare(a[i], b[j], [...base, i], [...base, j]);
	}
	for (const j of m.added) {
		const [sentence, effect] = spec.added(b[j]);
		s.push('added', code, { new: [...base, j] }, sentence, effect, { after: b[j] });
	}
}

export interface TextListSpec {
	/** e.g. 受理条件, in the sentences' language */
	noun: string;
	added: ApplicantEffect;
	removed: ApplicantEffect;
}

/** Edited entries are paired with removed ones by similarity, so a reworded condition is one change. */
export function diffTextList(
	s: Sink,
	code: string,
	base: Path,
	olds: readonly string[] | undefined,
	news: readonly string[] | undefined,
	spec: TextListSpec
): void {
	const a = olds ?? [];
	const b = news ?? [];
	const m = matchLists(a, b, (x) => trim(x));
	const { noun } = spec;
	const added = new Set(m.added);
	const paired: [number, number][] = [];
	for (const i of m.removed) {
		let best = -1;
		let bestScore = 0.4;
		for (const j of added) {
			const score = similarity(a[i], b[j]);
			if (score > bestScore) [best, bestScore] = [j, score];
		}
		if (best >= 0) {
			added.delete(best);
			paired.push([i, best]);
		} else
			s.push(
				'removed',
				code,
				{ old: [...base, i] },
				s.t('diff.text.removed', { noun, text: clip(a[i]) }),
				spec.removed,
				{ before: a[i] }
			);
	}
	for (const [i, j] of paired)
		s.changed(
			code,
			[...base, j],
			s.t('diff.text.reworded', { noun, n: i + 1, text: clip(b[j]) }),
			'neutral',
			a[i],
			b[j],
			true,
			[...base, i]
		);
	for (const [i, j] of m.pairs)
		if (m.moved.has(j) && i !== j)
			s.push(
				'moved',
				code,
				{ old: [...base, i], new: [...base, j] },
				s.t('diff.text.moved', { noun, text: clip(b[j], 20), from: i + 1, to: j + 1 }),
				'neutral'
			);
	for (const j of added)
		s.push(
			'added',
			code,
			{ new: [...base, j] },
			s.t('diff.text.added', { noun, text: clip(b[j]) }),
			spec.added,
			{ after: b[j] }
		);
}

/** Compare named string properties of two records; long ones get a text diff. */
export function diffStrings<T extends object>(
	s: Sink,
	code: string,
	o: T,
	n: T,
	oldPath: Path,
	newPath: Path,
	fields: [keyof T & string, DiffKey & `diff.field.${string}`, boolean?][],
	subject: string
): void {
	for (const [f, name, long] of fields) {
		const a = o[f] as unknown;
		const b = n[f] as unknown;
		if (same(a, b)) continue;
		const field = s.t(name);
		const show = (v: unknown) =>
			v === undefined || v === '' ? s.t('diff.strings.none') : clip(String(v), 30);
		const sentence =
			a === undefined || a === ''
				? s.t('diff.strings.added', { subject, field, value: show(b) })
				: b === undefined || b === ''
					? s.t('diff.strings.removed', { subject, field })
					: long
						? s.t('diff.strings.edited', { subject, field })
						: s.t('diff.strings.changed', { subject, field, old: show(a), new: show(b) });
		s.changed(`${code}.${f}`, [...newPath, f], sentence, 'neutral', a, b, !!long, [...oldPath, f]);
	}
}
