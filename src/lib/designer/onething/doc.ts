// Edits of a one-thing document for the editor, each returning a new document (the store keeps the
// document as one immutable value, so an edit is one assignment and autosave sees every change).
// What is valid, shared or conflicting is the domain's to say (src/lib/domain/onething); these only
// put the editor's choices into the document.
import { isAsked, type Bundle, type FileRef, type Submission } from '$lib/domain/compile';
import type { JsonSchema } from '$lib/domain/item/types';
import type {
	OneThing,
	OneThingBundle,
	OneThingMember,
	SharedFieldMapping
} from '$lib/domain/onething/types';

/** A shared field the domain proposes: members whose fields carry the same semantic key. */
export interface SharedFieldSuggestion {
	key: string;
	fields: { member: string; path: string[]; title?: string }[];
	/** 'key': the members mark the fields with the same semantic key; 'title': same title and type */
	strength?: 'key' | 'title';
	/** why, in words */
	reason?: string;
	/** already in the document's sharedFields */
	decided?: boolean;
}

export type FieldRef = { member: string; path: string[] };

export function addMember(
	doc: OneThing,
	code: string,
	pin: number | 'latest' = 'latest'
): OneThing {
	if (doc.members.some((m) => m.code === code)) return doc;
	return { ...doc, members: [...doc.members, { code, pin }] };
}

/** Removes a member and its fields from every mapping; a mapping left with one field goes too. */
export function removeMember(doc: OneThing, code: string): OneThing {
	const members = doc.members.filter((m) => m.code !== code);
	if (members.length === doc.members.length) return doc;
	const next: OneThing = { ...doc, members };
	if (doc.sharedFields) {
		next.sharedFields = doc.sharedFields
			.map((s) => ({ ...s, fields: s.fields.filter((f) => f.member !== code) }))
			.filter((s) => s.fields.length > 1);
	}
	return next;
}

export function moveMember(doc: OneThing, code: string, delta: -1 | 1): OneThing {
	const i = doc.members.findIndex((m) => m.code === code);
	const j = i + delta;
	if (i < 0 || j < 0 || j >= doc.members.length) return doc;
	const members = [...doc.members];
	[members[i], members[j]] = [members[j], members[i]];
	return { ...doc, members };
}

function updateMember(
	doc: OneThing,
	code: string,
	change: (m: OneThingMember) => OneThingMember
): OneThing {
	return { ...doc, members: doc.members.map((m) => (m.code === code ? change(m) : m)) };
}

export function setPin(doc: OneThing, code: string, pin: number | 'latest'): OneThing {
	return updateMember(doc, code, (m) => ({ ...m, pin }));
}

export function setCondition(
	doc: OneThing,
	code: string,
	condition: JsonSchema | undefined
): OneThing {
	return updateMember(doc, code, (m) => {
		const { condition: _old, ...rest } = m;
		return condition === undefined ? rest : { ...rest, condition };
	});
}

/** Reads a condition typed as JSON: undefined for an empty text, an error for anything but an object. */
export function parseCondition(
	text: string
): { ok: true; value: JsonSchema | undefined } | { ok: false; error: string } {
	if (!text.trim()) return { ok: true, value: undefined };
	try {
		const value: unknown = JSON.parse(text);
		if (!value || typeof value !== 'object' || Array.isArray(value))
			return { ok: false, error: 'object expected' };
		return { ok: true, value: value as JsonSchema };
	} catch (e) {
		return { ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}

function upsert(doc: OneThing, mapping: SharedFieldMapping): OneThing {
	const list = doc.sharedFields ?? [];
	const i = list.findIndex((s) => s.key === mapping.key);
	const sharedFields = i < 0 ? [...list, mapping] : list.map((s, j) => (j === i ? mapping : s));
	return { ...doc, sharedFields };
}

/** Enter these fields once. */
export function acceptSuggestion(doc: OneThing, s: SharedFieldSuggestion): OneThing {
	return upsert(doc, {
		key: s.key,
		fields: s.fields.map((f) => ({ member: f.member, path: [...f.path] }))
	});
}

/** Keep these fields apart although their keys match (the decision is kept, so it is not asked again). */
export function keepApart(doc: OneThing, s: SharedFieldSuggestion): OneThing {
	return upsert(doc, {
		key: s.key,
		fields: s.fields.map((f) => ({ member: f.member, path: [...f.path] })),
		merge: false
	});
}

/** Accepts every pending suggestion of a semantic key (same-title ones are decided one by one). */
export function acceptAll(doc: OneThing, suggestions: SharedFieldSuggestion[]): OneThing {
	return pending(doc, suggestions)
		.filter((s) => s.strength !== 'title')
		.reduce(acceptSuggestion, doc);
}

export function removeMapping(doc: OneThing, key: string): OneThing {
	if (!doc.sharedFields) return doc;
	return { ...doc, sharedFields: doc.sharedFields.filter((s) => s.key !== key) };
}

export function toggleMerge(doc: OneThing, key: string): OneThing {
	const m = doc.sharedFields?.find((s) => s.key === key);
	if (!m) return doc;
	if (m.merge === false) {
		const { merge: _m, ...rest } = m;
		return upsert(doc, rest);
	}
	return upsert(doc, { ...m, merge: false });
}

/** A name for a hand-made mapping (it becomes `custom:<name>`): text that does not start with a space. */
export const CUSTOM_NAME = /^\S.*$/u;

export function mapByHand(doc: OneThing, name: string, fields: FieldRef[]): OneThing {
	if (!CUSTOM_NAME.test(name)) throw new RangeError(`bad mapping name: ${name}`);
	if (new Set(fields.map((f) => f.member)).size < 2)
		throw new RangeError('a mapping joins fields of two members at least');
	return upsert(doc, { key: `custom:${name}`, fields });
}

/** Suggestions the editor has not decided on yet (neither accepted nor kept apart). */
export function pending(
	doc: OneThing,
	suggestions: SharedFieldSuggestion[]
): SharedFieldSuggestion[] {
	const decided = new Set((doc.sharedFields ?? []).map((s) => s.key));
	const members = new Set(doc.members.map((m) => m.code));
	return suggestions.filter(
		(s) => !decided.has(s.key) && s.fields.filter((f) => members.has(f.member)).length > 1
	);
}

/** An id for the mapping (or the suggestion) of a key, so a conflict can link to it. */
export function mappingId(key: string): string {
	return `ot-map-${key.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

export interface MemberField {
	path: string[];
	title: string;
}

/** The leaf fields of a member's form (not its materials), in order, with their titles. */
export function memberFields(bundle: Pick<Bundle, 'applicationSchema'>): MemberField[] {
	const out: MemberField[] = [];
	const walk = (schema: unknown, path: string[], titles: string[]) => {
		if (!schema || typeof schema !== 'object') return;
		const s = schema as { properties?: Record<string, unknown>; title?: string };
		if (s.properties && typeof s.properties === 'object') {
			for (const [k, child] of Object.entries(s.properties)) {
				if (path.length === 0 && k === 'materials') continue;
				const title = (child as { title?: unknown })?.title;
				walk(child, [...path, k], [...titles, typeof title === 'string' ? title : k]);
			}
		} else if (path.length) out.push({ path, title: titles.join(' / ') });
	};
	walk(bundle.applicationSchema, [], []);
	return out;
}

/** The materials of the merged application, once each, named as the first member names them. */
export function mergedMaterials(b: OneThingBundle): { id: string; name: string }[] {
	const seen = new Map<string, string>();
	for (const m of b.members)
		for (const { from, to } of m.slice.materials) {
			if (seen.has(to)) continue;
			const mat = m.bundle.materials.find((x) => x.id === from);
			if (mat && !isAsked(mat)) continue;
			seen.set(to, mat?.name ?? to);
		}
	return [...seen].map(([id, name]) => ({ id, name }));
}

/** The merged submission the simulator decides: the preview's form data and the ticked materials. */
export function simulatedSubmission(
	b: OneThingBundle,
	formData: unknown,
	present: Record<string, boolean>,
	commitment: boolean
): Submission {
	const form =
		formData && typeof formData === 'object' && !Array.isArray(formData)
			? { ...(formData as Record<string, unknown>) }
			: {};
	delete form.materials;
	const materials: Record<string, FileRef> = {};
	for (const { id } of mergedMaterials(b)) {
		if (!present[id]) continue;
		const m = b.members
			.flatMap((x) =>
				x.slice.materials
					.filter((s) => s.to === id)
					.map((s) => x.bundle.materials.find((y) => y.id === s.from))
			)
			.find(Boolean);
		materials[id] = {
			name: `${id}.pdf`,
			mediaType: m?.mediaTypes[0] ?? 'application/pdf',
			size: Math.min(1024, m?.maxSize ?? 1024),
			sha256: '0'.repeat(64)
		};
	}
	return { form, materials, commitment, creditRestricted: false };
}
