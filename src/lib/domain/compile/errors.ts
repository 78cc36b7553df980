import type { Problem } from '../item/types';
import { joinList, translator, type Locale } from '../i18n';
import { compileMessages } from './messages';

/** Thrown by compileItem for an item that must not be published; lists every problem found. */
export class CompileError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[], locale?: Locale) {
		super(
			translator(compileMessages, locale)('compile.failed', {
				count: problems.length,
				problems: joinList(
					locale,
					problems.map((p) => `${p.pointer || '/'} ${p.message}`),
					'clauses'
				)
			})
		);
		this.name = 'CompileError';
		this.problems = problems;
	}
}
