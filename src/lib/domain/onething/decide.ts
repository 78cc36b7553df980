// decideOneThing: one verdict for a one-thing application. Each member that applies (its condition
// holds over the merged form) is decided by the existing `decide` on its slice — exactly what its
// department would decide on what it receives — and the verdict is the strictest of theirs:
// 不予受理 > 一次性告知补正 > 容缺受理 > 受理. What is missing is listed once (a document shared by
// several members once), problems are located in the merged form, and the supplement deadline is
// the earliest of the members'.
import { decide, type DecideOptions } from '../acceptance/decide';
import type { Decision, DecisionKind, MaterialRef } from '../acceptance/types';
import { translator } from '../i18n';
import type { JsonSchema, Problem } from '../item/types';
import { embeddedSchemaAjv } from '../item/ajv';
import { escapeToken, parsePointer, pointer } from '../pointer';
import { oneThingMessages } from './messages';
import { sliceSubmission } from './slice';
import type { OneThingBundle, OneThingDecision, PublishedMember } from './types';
import { isObj, type Obj } from '../plain-object';

export interface DecideOneThingOptions extends Omit<DecideOptions, 'validators'> {
	/** the day of acceptance, YYYY-MM-DD */
	date: string;
}

const RANK: Record<DecisionKind, number> = {
	accept: 0,
	'accept-with-tolerance': 1,
	supplement: 2,
	reject: 3
};

/** The strictest of several verdicts. */
export function strictest(kinds: DecisionKind[]): DecisionKind {
	return kinds.reduce<DecisionKind>((a, b) => (RANK[b] > RANK[a] ? b : a), 'accept');
}

const conditionChecks = new Map<string, (data: unknown) => boolean>();
/** Does the member apply to this merged form data? */
export function memberApplies(member: PublishedMember, form: unknown): boolean {
	if (member.condition === undefined) return true;
	const key = JSON.stringify(member.condition);
	let check = conditionChecks.get(key);
	if (!check) {
		const fn = embeddedSchemaAjv().compile(member.condition as JsonSchema);
		check = (data) => fn(data) === true;
		if (conditionChecks.size > 500) conditionChecks.clear();
		conditionChecks.set(key, check);
	}
	return check(isObj(form) ? form : {});
}

/** A member-form pointer as a pointer into the merged submission. */
function mergedPointer(member: PublishedMember, ptr: string): string {
	let tokens: string[];
	try {
		tokens = parsePointer(ptr);
	} catch {
		return ptr;
	}
	if (tokens[0] === 'materials' && tokens.length >= 2) {
		const slot = member.slice.materials.find((m) => m.from === tokens[1]);
		return slot ? pointer('materials', slot.to, ...tokens.slice(2)) : ptr;
	}
	if (tokens[0] === 'form') tokens = tokens.slice(1);
	// the longest shared path first, then the member's section
	let best: { from: string[]; to: string[] } | undefined;
	for (const f of member.slice.fields) {
		if (f.from.length > tokens.length) continue;
		if (!f.from.every((p, i) => tokens[i] === p)) continue;
		if (!best || f.from.length > best.from.length) best = f;
	}
	if (!best) return ptr;
	return '/' + [...best.to, ...tokens.slice(best.from.length)].map(escapeToken).join('/');
}

export function decideOneThing(
	bundle: OneThingBundle,
	submission: unknown,
	opts: DecideOneThingOptions
): OneThingDecision {
	const { date, ...decideOpts } = opts;
	const t = translator(oneThingMessages, opts.locale);
	const form = isObj(submission) ? submission.form : undefined;
	const members: OneThingDecision['members'] = [];
	const missing: MaterialRef[] = [];
	const seenMissing = new Set<string>();
	const errors: Problem[] = [];
	const seenErrors = new Set<string>();
	const deadlines: string[] = [];
	const reasons: string[] = [];
	const verdicts: DecisionKind[] = [];
	for (const member of bundle.members) {
		const base = { code: member.code, name: member.name, department: member.department };
		if (!memberApplies(member, form)) {
			members.push({ ...base, applies: false });
			reasons.push(t('onething.decide.notApplicable', { name: member.name }));
			continue;
		}
		const slice = sliceSubmission(bundle, member.code, submission);
		const decision: Decision = decide(member.bundle, slice, date, decideOpts);
		members.push({ ...base, applies: true, decision, slice });
		verdicts.push(decision.decision);
		reasons.push(
			t('onething.decide.member', {
				name: member.name,
				verdict: t(`onething.verdict.${decision.decision}`)
			})
		);
		for (const m of decision.missing) {
			const slot = member.slice.materials.find((x) => x.from === m.id)?.to ?? m.id;
			if (seenMissing.has(slot)) continue;
			seenMissing.add(slot);
			const title = (
				(bundle.applicationSchema.properties as Obj | undefined)?.materials as Obj | undefined
			)?.properties as Record<string, { title?: string }> | undefined;
			missing.push({ id: slot, name: title?.[slot]?.title ?? m.name });
		}
		for (const e of decision.errors) {
			const at = mergedPointer(member, e.pointer);
			const k = `${at}\u0000${e.code ?? ''}`;
			if (seenErrors.has(k)) continue;
			seenErrors.add(k);
			errors.push({ ...e, pointer: at });
		}
		if (decision.decision === 'accept-with-tolerance' && decision.supplementDeadline)
			deadlines.push(decision.supplementDeadline);
	}
	const kind: DecisionKind = verdicts.length ? strictest(verdicts) : 'supplement';
	const supplementDeadline = deadlines.length ? [...deadlines].sort()[0] : undefined;
	const out: OneThingDecision = {
		decision: kind,
		members,
		missing,
		errors,
		reasons: [t(`onething.decide.all.${kind}`), ...reasons]
	};
	if (kind === 'accept-with-tolerance' && supplementDeadline) {
		out.supplementDeadline = supplementDeadline;
		out.reasons.push(t('onething.decide.deadline', { date: supplementDeadline }));
	}
	return out;
}
