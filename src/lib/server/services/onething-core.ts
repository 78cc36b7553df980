// The domain core's one-thing functions as the services call them (src/lib/domain/onething): the
// document's checks, compile against the members' published bundles, the shared-field suggestions
// and the one verdict. What the server adds is only what storing needs: a document that cannot be
// stored at all (not an object, too large or deep, text PostgreSQL cannot hold) is refused here.
import type { Locale } from '../../domain/i18n';
import type { Finding } from '../../domain/lint';
import {
	compileOneThing,
	decideOneThing,
	lintOneThing,
	suggestSharedFields,
	validateOneThing,
	type DecideOneThingOptions,
	type MemberBundle,
	type OneThing,
	type OneThingBundle,
	type OneThingCompilation,
	type OneThingDecision,
	type SharedFieldSuggestion
} from '../../domain/onething';

export type { MemberBundle };

export interface DocProblem {
	pointer: string;
	message: string;
	code?: string;
}

/** The largest one-thing document stored (its members' forms are not in it: it names them). */
export const MAX_ONETHING_CHARS = 1_000_000;
const MAX_DEPTH = 64;
// Control characters other than tab, line feed and carriage return, and unpaired surrogates.
const UNSAFE_TEXT =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Problems that keep even a draft out of the database; empty when it can be stored. */
export function unstorable(doc: unknown): DocProblem[] {
	if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
		return [{ pointer: '', message: 'object', code: 'type' }];
	let size: number;
	try {
		size = JSON.stringify(doc).length;
	} catch {
		return [{ pointer: '', message: 'JSON', code: 'invalid-document' }];
	}
	if (size > MAX_ONETHING_CHARS)
		return [{ pointer: '', message: `${size} > ${MAX_ONETHING_CHARS}`, code: 'limit-size' }];
	const out: DocProblem[] = [];
	const walk = (v: unknown, path: string, depth: number) => {
		if (out.length >= 20) return;
		if (typeof v === 'string') {
			if (UNSAFE_TEXT.test(v)) out.push({ pointer: path, message: 'text', code: 'invalid-text' });
			return;
		}
		if (typeof v === 'number' && !Number.isFinite(v))
			out.push({ pointer: path, message: String(v), code: 'invalid-number' });
		if (v === null || typeof v !== 'object') return;
		if (depth > MAX_DEPTH) {
			out.push({ pointer: path, message: `> ${MAX_DEPTH}`, code: 'limit-depth' });
			return;
		}
		for (const [k, x] of Object.entries(v))
			walk(x, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
	};
	walk(doc, '', 0);
	return out;
}

/** The document's own problems (meta-schema and rules of the domain core); empty when valid. */
export function validateDocument(doc: unknown, locale: Locale): DocProblem[] {
	return validateOneThing(doc, { locale }).problems.map((p) => ({
		pointer: p.pointer,
		message: p.message,
		...(p.code && { code: p.code })
	}));
}

/** The shared fields the members' semantic keys (or equal titles) suggest. */
export function suggest(
	doc: OneThing,
	members: Record<string, MemberBundle>,
	locale: Locale
): SharedFieldSuggestion[] {
	try {
		return suggestSharedFields(doc, Object.values(members), { locale });
	} catch {
		// suggestions are a help: a document they cannot read gets none, its problems are listed
		return [];
	}
}

/** The one-thing's lint findings (conflicts, joint time limit, members, lead department). */
export function lint(
	doc: OneThing,
	members: Record<string, MemberBundle>,
	compiled: Compiled,
	opts: { locale: Locale; existing: readonly string[] }
): Finding[] {
	return lintOneThing(doc, Object.values(members), { ...opts, compiled });
}

export type Compiled = OneThingCompilation;

/** compileOneThing of the domain core; `members` by code, each the member's published version. */
export function compile(
	doc: OneThing,
	members: Record<string, MemberBundle>,
	locale: Locale
): Compiled {
	try {
		return compileOneThing(doc, Object.values(members), { locale });
	} catch (error) {
		// a document the checks let through but compile cannot read: said as a conflict, located
		// nowhere better than the document, instead of a 500
		const message = error instanceof Error ? error.message : String(error);
		return {
			bundle: null,
			conflicts: [{ key: '', members: [], code: 'compile-failed', message }],
			mappings: []
		};
	}
}

/** The published bytes of a one-thing bundle (stable key order, as its hash was computed). */
export function serialize(bundle: OneThingBundle): string {
	return JSON.stringify(bundle);
}

/** the options an item's decide() takes: the calendar in force, the locale, strictness */
export type DecideOptions = Omit<DecideOneThingOptions, 'date'>;

/** decideOneThing of the domain core: one verdict, each member's own on its slice. */
export function decide(
	bundle: OneThingBundle,
	submission: unknown,
	date: string,
	opts: DecideOptions
): OneThingDecision {
	return decideOneThing(bundle, submission, { ...opts, date });
}
