// lintOneThing: findings on a one-thing document for the editor, review and publish, in the shape of
// item lint (`Finding`, pointer into the document): compile conflicts naming the members, a joint
// time limit longer than every member promises, members missing or unpublished, a lead department
// that implements none of the members (warning), and semantic keys on fields that cannot be merged.
import type { Bundle } from '../compile/types';
import { joinList, translator, type Locale } from '../i18n';
import { compareLimits, formatLimit } from '../lint/durations';
import type { Finding } from '../lint/types';
import { pointer } from '../pointer';
import { compileOneThing, type MemberBundle, type OneThingCompilation } from './compile';
import { memberFields, pathKey } from './fields';
import { oneThingMessages } from './messages';
import type { OneThing } from './types';
import { semanticKeyLabel } from './vocabulary';

export const ONETHING_RULES = [
	'onething-conflict',
	'onething-joint-time-limit',
	'onething-member',
	'onething-lead-department',
	'onething-semantic-unshared'
] as const;

export interface LintOneThingOptions {
	locale?: Locale;
	/** codes of items that exist (published or not): a member not among them does not exist */
	existing?: readonly string[];
	/** the compilation already made of this document and these bundles */
	compiled?: OneThingCompilation;
}

export function lintOneThing(
	doc: OneThing,
	memberBundles: (MemberBundle | Bundle)[],
	opts: LintOneThingOptions = {}
): Finding[] {
	const { locale } = opts;
	const t = translator(oneThingMessages, locale);
	const out: Finding[] = [];
	const bundles = new Map<string, Bundle>();
	for (const x of memberBundles) {
		const b = 'bundle' in x ? x.bundle : x;
		if (!bundles.has(b.code)) bundles.set(b.code, b);
	}
	const memberIndex = new Map(doc.members.map((m, i) => [m.code.trim(), i]));
	const mappingIndex = new Map((doc.sharedFields ?? []).map((s, i) => [s.key, i]));

	const compiled = opts.compiled ?? compileOneThing(doc, memberBundles, { locale });
	for (const c of compiled.conflicts) {
		if (c.code === 'missing-member') {
			const code = c.members[0];
			const unknown = opts.existing !== undefined && !opts.existing.includes(code);
			out.push({
				rule: 'onething-member',
				severity: 'error',
				pointer: pointer('members', memberIndex.get(code) ?? 0, 'code'),
				message: unknown
					? t('onething.lint.unknownMember', { code })
					: t('onething.lint.unpublished', { code })
			});
			continue;
		}
		const mapped = mappingIndex.get(c.key);
		const at =
			c.code === 'too-few-members'
				? '/members'
				: c.code === 'pin-mismatch'
					? pointer('members', memberIndex.get(c.members[0]) ?? 0, 'pin')
					: mapped !== undefined
						? pointer('sharedFields', mapped)
						: pointer('members', memberIndex.get(c.members[0]) ?? 0);
		const keepApart = [
			'type-mismatch',
			'format-mismatch',
			'enum-mismatch',
			'key-mismatch',
			'rule-reads-shared'
		];
		out.push({
			rule: 'onething-conflict',
			severity: 'error',
			pointer: at,
			message: c.message,
			...(keepApart.includes(c.code)
				? {
						fix: {
							message: t('onething.lint.fix.keepApart', { key: semanticKeyLabel(c.key, locale) })
						}
					}
				: {})
		});
	}

	// the joint time limit against the members' promised ones
	const promised = doc.members
		.map((m) => bundles.get(m.code.trim())?.guide.promisedTimeLimit)
		.filter((x) => x !== undefined);
	if (promised.length && doc.guide?.jointTimeLimit) {
		const joint = doc.guide.jointTimeLimit;
		const results = promised.map((p) => compareLimits(joint, p));
		if (!results.includes('within')) {
			const longest = promised.reduce((a, b) => (compareLimits(b, a) === 'exceeds' ? b : a));
			const certain = results.every((r) => r === 'exceeds');
			const params = { joint: formatLimit(joint, locale), longest: formatLimit(longest, locale) };
			out.push({
				rule: 'onething-joint-time-limit',
				severity: certain ? 'error' : 'warning',
				pointer: '/guide/jointTimeLimit',
				message: certain
					? t('onething.lint.jointTimeLimit', params)
					: t('onething.lint.jointTimeLimitMaybe', params),
				fix: {
					message: t('onething.lint.fix.timeLimit', { longest: params.longest }),
					...(certain && longest.unit === joint.unit
						? {
								patch: [
									{
										op: 'replace' as const,
										path: '/guide/jointTimeLimit/value',
										value: longest.value
									}
								]
							}
						: {})
				}
			});
		}
	}

	// the lead department should be one of the members' departments
	const departments = doc.members
		.map((m) => bundles.get(m.code.trim())?.department)
		.filter((d) => d !== undefined);
	const lead = doc.leadDepartment;
	if (
		departments.length &&
		lead &&
		!departments.some((d) => d.creditCode === lead.creditCode || d.name === lead.name)
	) {
		out.push({
			rule: 'onething-lead-department',
			severity: 'warning',
			pointer: '/leadDepartment',
			message: t('onething.lint.leadDepartment', {
				name: lead.name,
				departments: joinList(locale, [...new Set(departments.map((d) => d.name))])
			})
		});
	}

	// a semantic key where merging cannot happen
	doc.members.forEach((m, i) => {
		const b = bundles.get(m.code.trim());
		if (!b) return;
		for (const f of memberFields(b.code, b)) {
			if (!f.key || f.shareable) continue;
			out.push({
				rule: 'onething-semantic-unshared',
				severity: 'warning',
				pointer: pointer('members', i),
				message: t('onething.lint.unshareable', {
					member: b.code,
					path: pathKey(f.path),
					key: semanticKeyLabel(f.key, locale)
				})
			});
		}
	});
	return out;
}
