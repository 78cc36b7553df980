// A field shown under a condition lives in an allOf/if/then branch. When its value is wrong the
// branch fails, and JSON Schema drops the annotations of failed subschemas (2020-12 §11.3), so
// `unevaluatedProperties: false` also reports the field as "not allowed" — an echo of the real
// error beside it. An applicant must see "校验码应为 X", not also "不允许的字段".
import { escapeToken } from '../pointer';

interface ErrorLike {
	keyword: string;
	instancePath?: string;
	params: Record<string, unknown> | object;
}

/** Whether `e` only repeats that a property with its own errors below it was not evaluated. */
function isEcho(e: ErrorLike, paths: string[]): boolean {
	if (e.keyword !== 'unevaluatedProperties') return false;
	const name = (e.params as { unevaluatedProperty?: unknown }).unevaluatedProperty;
	if (typeof name !== 'string') return false;
	const at = `${e.instancePath ?? ''}/${escapeToken(name)}`;
	return paths.some((p) => p === at || p.startsWith(at + '/'));
}

function ownPaths(errors: readonly ErrorLike[]): string[] {
	return errors
		.filter((e) => e.keyword !== 'unevaluatedProperties' && e.keyword !== 'if')
		.map((e) => {
			const missing = (e.params as { missingProperty?: unknown }).missingProperty;
			return typeof missing === 'string'
				? `${e.instancePath ?? ''}/${escapeToken(missing)}`
				: (e.instancePath ?? '');
		});
}

/** The errors without echoes. */
export function withoutEchoes<E extends ErrorLike>(errors: readonly E[]): E[] {
	const paths = ownPaths(errors);
	return errors.filter((e) => !isEcho(e, paths));
}

/** Removes echoes from an array in place (rjsf's localizer hook can only mutate). */
export function dropEchoes(errors: ErrorLike[] | null | undefined): void {
	if (!errors?.length) return;
	const paths = ownPaths(errors);
	for (let i = errors.length - 1; i >= 0; i--) if (isEcho(errors[i], paths)) errors.splice(i, 1);
}
