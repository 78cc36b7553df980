// Shapes shared by the lint rules, the runner, the designer's findings panel and the CLI.
import type { Locale } from '../i18n';
import type { FormField } from '../item/fields';
import type { TolerancePolicy } from '../item/policy';
import type { Item } from '../item/types';

export type Severity = 'error' | 'warning' | 'info';

/** RFC 6902 operation; paths are JSON pointers into the item document. */
export type JsonPatchOp =
	| { op: 'add' | 'replace' | 'test'; path: string; value: unknown }
	| { op: 'remove'; path: string }
	| { op: 'move' | 'copy'; from: string; path: string };

export interface Fix {
	/** what to do, for people */
	message: string;
	/** present only when the fix is mechanical and certainly right */
	patch?: JsonPatchOp[];
}

export interface Finding {
	rule: string;
	severity: Severity;
	/** JSON pointer into the item document at the element at fault */
	pointer: string;
	message: string;
	fix?: Fix;
}

/** Per-deployment severity override for each rule id. */
export interface RuleConfig {
	[ruleId: string]: 'off' | 'warning' | 'error' | 'info';
}

export type Profile = 'national' | 'strict-local';

export interface LintOptions {
	config?: RuleConfig;
	policy?: TolerancePolicy;
	/** 'strict-local' turns on the rules some cities add on top of the national standard */
	profile?: Profile;
	locale?: Locale;
}

export type RuleFamily =
	'time-limits' | 'materials' | 'tolerance' | 'form' | 'guide' | 'local-profile';

export interface RuleMeta {
	id: string;
	family: RuleFamily;
	defaultSeverity: Severity;
	title: { zh: string; en: string };
	description: { zh: string; en: string };
	/** rules of a profile run only with that profile, unless the config names them explicitly */
	profile?: Exclude<Profile, 'national'>;
}

/** What a rule reports; the runner adds rule id and severity. */
export interface RawFinding {
	pointer: string;
	message: string;
	fix?: Fix;
}

export interface PatternVerdict {
	/** the pattern does not compile as an ECMAScript `u` regex (as ajv compiles it) */
	invalid?: string;
	/** the analysis found catastrophic backtracking */
	unsafe?: boolean;
	/** the analysis ran out of steps or time: not proven safe */
	undecided?: boolean;
}

export interface FormPattern {
	/** pointer into the item document */
	pointer: string;
	pattern: string;
	/** the pattern is a patternProperties key rather than a `pattern` value */
	asKey: boolean;
}

/** Per-run view of the item; expensive derivations are computed once and shared by all rules. */
export interface RuleContext {
	item: Item;
	policy: TolerancePolicy;
	locale?: Locale;
	profile: Profile;
	fields(): FormField[];
	fieldKeys(): Set<string>;
	patterns(): FormPattern[];
	checkPattern(pattern: string): PatternVerdict;
}

export interface Rule extends RuleMeta {
	check(ctx: RuleContext): RawFinding[];
}
