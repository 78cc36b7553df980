// diffItems: two versions of one item (documents or published bundles) → a reviewable report.
import type { Bundle } from '../compile/types';
import type { CompatibilityPromise, Item, JsonSchema, Material } from '../item/types';
import { DEFAULT_LOCALE, translator, type Locale } from '../i18n';
import { compareSchemas } from './compat/compare';
import { checkPromise, keepsPromise } from './compat/promise';
import { bumpOf, maxBump, verdictOf } from './compat/verdict';
import { acceptanceCompat, diffRefusals } from './acceptance';
import { DiffError } from './errors';
import { diffReportMessages as messages } from './messages/report';
import { diffForm, fieldCompat } from './form';
import type { CompatChange } from './compat/types';
import { parsePointer } from '../pointer';
import { diffGuide } from './guide';
import { diffIdentity } from './identity';
import { viewOf } from './input';
import { diffMaterials } from './materials';
import { diffTolerance } from './tolerance';
import {
	DIFF_GROUPS,
	type Change,
	type DiffGroup,
	type DiffReport,
	type DiffSummary
} from './types';

export interface DiffOptions {
	locale?: Locale;
	/** compare two different items (a local implementation against its base catalog item) */
	allowDifferentItems?: boolean;
	/**
	 * application schemas of versions published before `old`: the item's compatibility promise is
	 * transitive, so the new schema is also checked against each of them
	 */
	previousSchemas?: JsonSchema[];
}

export function diffItems(
	oldDoc: Item | Bundle,
	newDoc: Item | Bundle,
	opts: DiffOptions = {}
): DiffReport {
	const locale = opts.locale ?? DEFAULT_LOCALE;
	const warnings: string[] = [];
	const a = viewOf(oldDoc, 'old', warnings, locale);
	const b = viewOf(newDoc, 'new', warnings, locale);
	if (a.code.trim() !== b.code.trim() && !opts.allowDifferentItems)
		throw new DiffError(
			'different-items',
			translator(messages, locale)('diff.differentItems', {
				oldCode: a.code,
				oldName: a.name,
				newCode: b.code,
				newName: b.name
			})
		);

	let oldSchema = a.applicationSchema();
	let newSchema = b.applicationSchema();
	// when one side could only give its authored form, compare like with like
	if (a.formOnly || b.formOnly) [oldSchema, newSchema] = [a.formSchema, b.formSchema];
	const formCompat = compareSchemas(oldSchema, newSchema, { locale });
	// the acceptance schemas are published too: the same submission must not change its verdict
	// without the version saying so
	const acceptance = acceptanceCompat(a, b, locale);
	const changes = [...formCompat.changes, ...acceptance];
	const verdict = verdictOf(changes);
	const compat = { verdict, bump: bumpOf(verdict, changes), changes };
	const promise = b.compatibility ?? a.compatibility ?? 'backward';

	const groups: Record<DiffGroup, Change[]> = {
		identity: diffIdentity(a, b, locale),
		guide: [
			...diffGuide(a.guide, b.guide, locale),
			...diffRefusals(a.refusals, b.refusals, locale)
		],
		materials: diffMaterials(a.materials, b.materials, locale),
		tolerance: diffTolerance(a.tolerance, b.tolerance, locale),
		form: diffForm(a, b, formCompat.changes, promise, locale)
	};
	attachMaterialCompat(groups.materials, compat.changes, promise, a.materials, b.materials);
	attachAcceptanceCompat(groups.tolerance, acceptance, promise);
	const promiseKept =
		compat.changes.every((c) => keepsPromise(promise, c)) &&
		(!opts.previousSchemas?.length ||
			checkPromise(promise, opts.previousSchemas, newSchema, { locale }).ok);
	const summary = summarise(
		groups,
		compat.verdict,
		maxBump(compat.bump, anyChange(groups) ? 'patch' : 'none'),
		promise,
		promiseKept,
		locale
	);
	return {
		oldCode: a.code,
		newCode: b.code,
		name: b.name,
		groups,
		compat: { ...compat, promise, promiseKept },
		summary,
		warnings
	};
}

/** upload slots are part of the application schema: a material change carries what portals see */
function attachMaterialCompat(
	changes: Change[],
	compat: CompatChange[],
	promise: CompatibilityPromise,
	olds: Material[],
	news: Material[]
) {
	const bySlot = new Map<string, CompatChange[]>();
	for (const c of compat) {
		const m = /^materials\.([^.]+)/.exec(c.field);
		if (!m) continue;
		const list = bySlot.get(m[1]);
		if (list) list.push(c);
		else bySlot.set(m[1], [c]);
	}
	if (!bySlot.size) return;
	const used = new Set<string>();
	for (const change of changes) {
		if (change.kind === 'moved') continue;
		const idOf = (ptr: string | undefined, list: Material[]) =>
			ptr ? list[Number(parsePointer(ptr)[1])]?.id : undefined;
		const id = idOf(change.pointers.new, news) ?? idOf(change.pointers.old, olds);
		const list = id !== undefined && !used.has(id) ? bySlot.get(id) : undefined;
		if (!list) continue;
		used.add(id!);
		change.compat = fieldCompat(list);
		if (list.some((c) => !keepsPromise(promise, c))) change.breaksPromise = true;
	}
}

/** tolerance-wide acceptance changes (in force or not, how many may be missing) on their sentences */
function attachAcceptanceCompat(
	changes: Change[],
	acceptance: CompatChange[],
	promise: CompatibilityPromise
) {
	const wide = acceptance.filter(
		(c) => c.field === 'tolerance' || c.field.startsWith('tolerance.')
	);
	if (!wide.length) return;
	for (const change of changes) {
		if (!['tolerance.enabled', 'tolerance.maxMissing'].includes(change.code)) continue;
		change.compat = fieldCompat(wide);
		if (wide.some((c) => !keepsPromise(promise, c))) change.breaksPromise = true;
	}
}

function anyChange(groups: Record<DiffGroup, Change[]>): boolean {
	return DIFF_GROUPS.some((g) => groups[g].length > 0);
}

export function verdictText(verdict: DiffSummary['verdict'], locale?: Locale): string {
	return translator(messages, locale)(`diff.verdict.${verdict}`);
}

function summarise(
	groups: Record<DiffGroup, Change[]>,
	verdict: DiffSummary['verdict'],
	bump: DiffSummary['bump'],
	promise: string,
	promiseKept: boolean,
	locale: Locale
): DiffSummary {
	const all = DIFF_GROUPS.flatMap((g) => groups[g]);
	const count = (e: string) => all.filter((c) => c.applicant === e).length;
	const byGroup = Object.fromEntries(DIFF_GROUPS.map((g) => [g, groups[g].length])) as Record<
		DiffGroup,
		number
	>;
	const stricter = count('stricter');
	const looser = count('looser');
	const t = translator(messages, locale);
	const headline =
		all.length === 0
			? t('diff.headline.none')
			: t(promiseKept ? 'diff.headline' : 'diff.headline.promiseBroken', {
					total: all.length,
					stricter,
					looser,
					verdict: verdictText(verdict, locale),
					bump,
					promise
				});
	return {
		total: all.length,
		byGroup,
		stricter,
		looser,
		neutral: all.length - stricter - looser,
		verdict,
		bump,
		headline
	};
}
