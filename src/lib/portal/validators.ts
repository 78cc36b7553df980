// Loading a bundle's precompiled validators (see server/validator-module.ts) in the browser and
// turning them into what the form and decide() take. No schema is compiled here, so this works
// under a Content-Security-Policy without 'unsafe-eval'.
import * as equalModule from 'ajv/dist/runtime/equal';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length';
import type {
	DecisionValidators,
	SchemaCheck,
	SplitVerdict
} from '$lib/domain/acceptance/validators';
import { AJV_FORMATS } from '$lib/domain/validation/formats';

interface ValidatorModule {
	format: number;
	hash: string;
	conditions: number[];
	/** format 2 and later */
	refusals?: number[];
	/** from format 3: whether the verdicts come split (verdict_form, verdict_complete, verdict_tolerant) */
	split?: boolean;
	/** from format 3: SplitVerdict.formImplied */
	formImplied?: boolean;
	create(
		fmts: Record<string, unknown>,
		require: (id: string) => unknown
	): Record<string, SchemaCheck | undefined>;
}

/**
 * The value a CommonJS helper exports, however many `default` wrappers the bundler (or Node) put
 * around it: the generated code expects exactly `require(id).default`.
 */
function unwrap(m: unknown, is: (v: unknown) => boolean): unknown {
	let v = m;
	for (let i = 0; i < 4 && !is(v) && v && typeof v === 'object' && 'default' in v; i++) {
		v = (v as { default: unknown }).default;
	}
	if (!is(v)) throw new Error('an ajv runtime helper could not be loaded');
	return v;
}
const isFunction = (v: unknown) => typeof v === 'function';

// The helpers ajv's generated code asks for by module name. Ajv's URI resolver
// ('ajv/dist/runtime/uri') is only used while compiling, never by generated code, so pages do
// not carry it.
const RUNTIME: Record<string, () => unknown> = {
	'ajv/dist/runtime/equal': () => ({ default: unwrap(equalModule, isFunction) }),
	'ajv/dist/runtime/ucs2length': () => ({ default: unwrap(ucs2lengthModule, isFunction) })
};

function runtime(id: string): unknown {
	const found = RUNTIME[id];
	if (!found)
		throw new Error(`precompiled validator needs ${id}, which this page does not provide`);
	return found();
}

const never: SchemaCheck = Object.assign(() => false, { errors: null });

/**
 * The validators in a module object, checked against the bundle they were generated for. Modules of
 * every format the server has stored (1 to 4) are read, so versions published long ago still work.
 * From format 3 the verdicts may come split as decide() splits them (validators.ts, SplitVerdict):
 * then `split` is handed on for decide() to check the form part once, or not at all when the
 * application schema already passed the form.
 */
export function fromModule(
	mod: ValidatorModule,
	hash: string
): DecisionValidators & { split?: SplitVerdict } {
	if (![1, 2, 3, 4].includes(mod.format) || typeof mod.create !== 'function') {
		throw new Error('unsupported precompiled validator module');
	}
	if (mod.hash !== hash) throw new Error(`validators are for bundle ${mod.hash}, not ${hash}`);
	const fns = mod.create(AJV_FORMATS, runtime);
	const need = (name: string) => {
		const fn = fns[name];
		if (typeof fn !== 'function') throw new Error(`precompiled validator ${name} is missing`);
		return fn;
	};
	const common = {
		application: need('application'),
		conditions: new Map(mod.conditions.map((i) => [i, need(`condition_${i}`)])),
		refusals: new Map((mod.refusals ?? []).map((i) => [i, need(`refusal_${i}`)]))
	};
	if (mod.format < 3 || !mod.split)
		return { ...common, complete: need('complete'), tolerant: fns.tolerant ?? never };
	const split: SplitVerdict = {
		form: need('verdict_form'),
		complete: need('verdict_complete'),
		tolerant: fns.verdict_tolerant ?? never,
		formImplied: mod.formImplied === true
	};
	// the whole verdicts, for callers other than decide(), as validators.ts composes them
	const whole =
		(rest: SchemaCheck) =>
		(x: unknown): boolean =>
			rest(x) === true && split.form((x as Record<string, unknown>).form) === true;
	return { ...common, complete: whole(split.complete), tolerant: whole(split.tolerant), split };
}

/** `…/items/{code}/versions/{n}` → its validator module, imported and instantiated. */
export async function loadValidators(
	versionUrl: string,
	hash: string
): Promise<DecisionValidators> {
	const mod = (await import(/* @vite-ignore */ `${versionUrl}/validator.js`)) as ValidatorModule;
	return fromModule(mod, hash);
}
