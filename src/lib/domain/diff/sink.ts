// The collector the group differs write into, so each of them only decides sentences and effects.
import { translator, type Locale, type Translate } from '../i18n';
import { pointer } from '../pointer';
import { diffMessages } from './messages';
import { textDiff } from './text';
import type { ApplicantEffect, Change, ChangeKind, DiffGroup } from './types';

export type Path = (string | number)[];

export class Sink {
	readonly changes: Change[] = [];
	/** the sentences' language */
	readonly t: Translate<(typeof diffMessages)['zh-CN']>;
	constructor(
		readonly group: DiffGroup,
		readonly locale?: Locale
	) {
		this.t = translator(diffMessages, locale);
	}

	push(
		kind: ChangeKind,
		code: string,
		paths: { old?: Path; new?: Path },
		sentence: string,
		applicant: ApplicantEffect,
		values: { before?: unknown; after?: unknown; long?: boolean } = {}
	): Change {
		const change: Change = {
			group: this.group,
			kind,
			code,
			pointers: {
				...(paths.old ? { old: pointer(...paths.old) } : {}),
				...(paths.new ? { new: pointer(...paths.new) } : {})
			},
			sentence,
			applicant
		};
		if (values.before !== undefined) change.before = values.before;
		if (values.after !== undefined) change.after = values.after;
		if (values.long && typeof values.before === 'string' && typeof values.after === 'string')
			change.textDiff = textDiff(values.before, values.after);
		this.changes.push(change);
		return change;
	}

	/** a changed scalar at the same path on both sides */
	changed(
		code: string,
		path: Path,
		sentence: string,
		applicant: ApplicantEffect,
		before: unknown,
		after: unknown,
		long = false,
		oldPath: Path = path
	): Change {
		return this.push('changed', code, { old: oldPath, new: path }, sentence, applicant, {
			before,
			after,
			long
		});
	}
}

export function same(a: unknown, b: unknown): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** larger is stricter (copies, visits), smaller is looser */
export function moreIsStricter(a: number, b: number): ApplicantEffect {
	return b > a ? 'stricter' : b < a ? 'looser' : 'neutral';
}
