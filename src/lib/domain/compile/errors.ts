import type { Problem } from '../item/types';
import { msg, type Locale } from '../i18n';

/** Thrown by compileItem for an item that must not be published; lists every problem found. */
export class CompileError extends Error {
	readonly problems: Problem[];
	constructor(problems: Problem[], locale?: Locale) {
		super(
			msg(
				locale,
				`事项定义有 ${problems.length} 处问题，无法编译：${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('；')}`,
				`The item has ${problems.length} problem(s) and cannot be compiled: ${problems.map((p) => `${p.pointer || '/'} ${p.message}`).join('; ')}`
			)
		);
		this.name = 'CompileError';
		this.problems = problems;
	}
}
