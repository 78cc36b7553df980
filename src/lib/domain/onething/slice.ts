// sliceSubmission: what one member's department receives from a merged one-thing submission — the
// member's own section as its form, each shared field put back where the member's form has it, and
// the documents of the member's materials under the member's own ids. A conditional material whose
// condition does not hold for this member is left out (another member may have needed the document).
import { validatorsFor } from '../acceptance/validators';
import type { FileRef, Submission } from '../compile/types';
import type { OneThingBundle, PublishedMember } from './types';
import { isObj, type Obj } from '../plain-object';

/**
 * A copy of JSON data (objects and arrays copied at every depth, anything else as it is), so a
 * slice never shares an object with the merged submission; several times quicker than
 * structuredClone, which a decision of every member paid on every member's whole section.
 */
function copyJson(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(copyJson);
	if (isObj(value)) {
		const out: Obj = {};
		for (const key of Object.keys(value)) {
			// an own `__proto__` key of parsed JSON stays a key (an assignment would set the prototype)
			if (key === '__proto__')
				Object.defineProperty(out, key, {
					value: copyJson(value[key]),
					enumerable: true,
					writable: true,
					configurable: true
				});
			else out[key] = copyJson(value[key]);
		}
		return out;
	}
	return value;
}

function get(data: unknown, path: readonly string[]): unknown {
	let node = data;
	for (const p of path) {
		if (!isObj(node) || !Object.prototype.hasOwnProperty.call(node, p)) return undefined;
		node = node[p];
	}
	return node;
}

export class UnknownMemberError extends Error {
	constructor(readonly code: string) {
		super(`not a member of this one-thing: ${code}`);
	}
}

export function memberOf(bundle: OneThingBundle, code: string): PublishedMember {
	const m = bundle.members.find((x) => x.code === code);
	if (!m) throw new UnknownMemberError(code);
	return m;
}

/** The member's form data cut out of the merged form data (see PublishedMember.slice). */
export function sliceForm(member: PublishedMember, form: unknown): Record<string, unknown> {
	let out: Obj = {};
	for (const { from, to } of member.slice.fields) {
		const value = get(form, to);
		if (from.length === 0) {
			if (isObj(value)) out = { ...(copyJson(value) as Obj), ...out };
			continue;
		}
		// the objects holding a shared field are always there (the member requires them)
		let node = out;
		let ok = true;
		for (const p of from.slice(0, -1)) {
			if (!Object.prototype.hasOwnProperty.call(node, p)) node[p] = {};
			if (!isObj(node[p])) {
				ok = false;
				break;
			}
			node = node[p] as Obj;
		}
		if (ok && value !== undefined) node[from[from.length - 1]] = copyJson(value);
	}
	return out;
}

export function sliceSubmission(
	bundle: OneThingBundle,
	memberCode: string,
	submission: unknown
): Submission {
	const member = memberOf(bundle, memberCode);
	const s = isObj(submission) ? submission : {};
	const form = sliceForm(member, s.form);
	const given = isObj(s.materials) ? s.materials : {};
	const materials: Record<string, FileRef> = {};
	for (const { from, to } of member.slice.materials) {
		if (Object.prototype.hasOwnProperty.call(given, to)) materials[from] = given[to] as FileRef;
	}
	const out: Submission = { form, materials, commitment: s.commitment === true };
	if (typeof s.creditRestricted === 'boolean') out.creditRestricted = s.creditRestricted;
	// a conditional material this member does not need: not its department's document
	const conditional = member.bundle.materials
		.map((m, i) => ({ m, i }))
		.filter(({ m }) => m.condition !== undefined && m.id in materials);
	if (conditional.length) {
		const { conditions } = validatorsFor(member.bundle);
		for (const { m, i } of conditional) {
			const check = conditions.get(i);
			if (check && check(out) !== true) delete materials[m.id];
		}
	}
	return out;
}

/**
 * The reverse of slicing: member submissions put together as one merged submission (shared
 * values from the first member that has them). For tests, the simulator and data carried over.
 */
export function mergeSubmissions(
	bundle: OneThingBundle,
	perMember: Record<string, Partial<Submission>>
): Submission {
	const form: Obj = {};
	const materials: Record<string, FileRef> = {};
	let commitment = false;
	let creditRestricted: boolean | undefined;
	for (const member of bundle.members) {
		const s = perMember[member.code];
		if (!s) continue;
		const own = structuredClone(isObj(s.form) ? s.form : {}) as Obj;
		for (const { from, to } of member.slice.fields) {
			if (from.length === 0) continue;
			const value = get(own, from);
			if (value !== undefined) {
				let node = form;
				for (const p of to.slice(0, -1)) {
					if (!isObj(node[p])) node[p] = {};
					node = node[p] as Obj;
				}
				const last = to[to.length - 1];
				if (!(last in node)) node[last] = value;
			}
			// take the value out of the member's own section; drop objects left empty
			const parents: Obj[] = [own];
			for (const p of from.slice(0, -1)) {
				const next = parents[parents.length - 1][p];
				if (!isObj(next)) break;
				parents.push(next);
			}
			if (parents.length === from.length) {
				delete parents[parents.length - 1][from[from.length - 1]];
				for (let i = parents.length - 1; i >= 1; i--) {
					if (Object.keys(parents[i]).length) break;
					delete parents[i - 1][from[i - 1]];
				}
			}
		}
		const root = member.slice.fields.find((f) => f.from.length === 0);
		if (root && Object.keys(own).length) form[root.to[0]] = own;
		for (const { from, to } of member.slice.materials) {
			const doc = s.materials?.[from];
			if (doc && !(to in materials)) materials[to] = doc;
		}
		if (s.commitment) commitment = true;
		if (typeof s.creditRestricted === 'boolean') creditRestricted = s.creditRestricted;
	}
	const out: Submission = { form, materials, commitment };
	if (creditRestricted !== undefined) out.creditRestricted = creditRestricted;
	return out;
}
