// compileOneThing: a one-thing document and its members' published bundles → one application.
//
// The merged form (BUNDLE.md, "Published one-things"):
//   { shared: { <key>: … }, <member code>: <the member's own fields>, …, materials: { … } }
// Shared fields (equal semantic keys, or the editor's mappings) are entered once under `shared`;
// each member's section is its published form without them; materials of several members with the
// same `semanticKey` get one upload slot named by the key, the others `<code>.<material id>`.
// Every member's slice (what its department receives) is cut back out by `slice` (slice.ts), and the
// member is decided on it by its own bundle; the merged acceptance schemas say the same over the
// merged submission. Conflicts (incompatible fields or materials under one key, a member missing)
// name the members, and no bundle is produced while there are any.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { JSON_SCHEMA_2020 } from '../compile/application';
import { toPortableSchema } from '../compile/format-patterns';
import { isNeeded, isTolerable } from '../compile/materials';
import {
	canonicalSchema,
	isSchemaObject,
	rebaseRefs,
	sortedData,
	type SchemaNode
} from '../compile/schema-walk';
import type { Bundle } from '../compile/types';
import { translator, type Locale } from '../i18n';
import type { JsonSchema } from '../item/types';
import { ruleReads } from './fields';
import {
	checkMapping,
	effectiveMappings,
	fieldPlacements,
	mergeForm,
	SHARED_SECTION,
	type EffectiveMapping
} from './merge-fields';
import { materialSlots, mergeMaterials, relocateMaterialConditions } from './merge-materials';
import { oneThingMessages } from './messages';
import { resolveMembers, type MemberBundle } from './resolve';
import { allOfNodes, anyOfNodes } from './schema-nodes';
import {
	ONETHING_FORMAT,
	type OneThing,
	type OneThingBundle,
	type OneThingConflict,
	type PublishedMember
} from './types';

export { SHARED_SECTION, type EffectiveMapping } from './merge-fields';
export { ownMaterialId } from './merge-materials';
export type { MemberBundle } from './resolve';

export interface CompileOneThingOptions {
	/** language of the conflict messages (the bundle's own texts are Chinese, like items') */
	locale?: Locale;
}

export interface OneThingCompilation {
	bundle: OneThingBundle | null;
	conflicts: OneThingConflict[];
	/** the shared fields as merged (also when there are conflicts, for the editor) */
	mappings: EffectiveMapping[];
}

const ID_BASE = 'https://banshi.studio/onethings/';

export function oneThingSchemaId(
	code: string,
	name: 'application' | 'complete' | 'tolerant'
): string {
	const base = ID_BASE + encodeURIComponent(code);
	return name === 'application' ? `${base}/application.json` : `${base}/acceptance/${name}.json`;
}

const requireSlot = (id: string): JsonSchema => ({
	type: 'object',
	properties: { materials: { type: 'object', required: [id] } }
});
const missingSlot = (id: string): JsonSchema => ({
	type: 'object',
	properties: { materials: { type: 'object', not: { required: [id] } } }
});
/** A condition over the form data as a subschema over a whole submission (portable). */
function onForm(condition: SchemaNode): JsonSchema {
	const c = toPortableSchema(condition);
	const form = isSchemaObject(c) && c.type === undefined ? { type: 'object', ...c } : c;
	return { type: 'object', properties: { form }, required: ['form'] };
}

/** The exact bytes served for a one-thing bundle (compact JSON, UTF-8): store this text as is. */
export function serializeOneThingBundle(
	bundle: OneThingBundle | Omit<OneThingBundle, 'hash'>
): string {
	return JSON.stringify(bundle);
}

function hashOf(rest: Omit<OneThingBundle, 'hash'>): string {
	return bytesToHex(sha256(utf8ToBytes(serializeOneThingBundle(rest))));
}

export function compileOneThing(
	doc: OneThing,
	memberBundles: (MemberBundle | Bundle)[],
	opts: CompileOneThingOptions = {}
): OneThingCompilation {
	const { locale } = opts;
	const t = translator(oneThingMessages, locale);
	const conflicts: OneThingConflict[] = [];
	const conflict = (c: OneThingConflict) => conflicts.push(c);

	const members = resolveMembers(doc, memberBundles, conflict, t);
	if (doc.members.length < 2) {
		conflict({
			key: '',
			members: doc.members.map((m) => m.code),
			code: 'too-few-members',
			message: t('onething.conflict.tooFewMembers')
		});
	}
	if (conflicts.length) return { bundle: null, conflicts, mappings: [] };
	const byCode = new Map(members.map((m) => [m.code, m]));

	const mappings = effectiveMappings(doc, members, conflict, t);
	const reads = new Map(members.map((m) => [m.code, ruleReads(m.bundle.applicationSchema)]));
	for (const mapping of mappings) checkMapping(mapping, byCode, reads, conflict, t, locale);
	const slots = materialSlots(members, conflict, t, locale);
	const placements = fieldPlacements(members, mappings);
	const relocated = relocateMaterialConditions(members, placements.maps, conflict, t);
	if (conflicts.length) return { bundle: null, conflicts, mappings };

	const merged = mergeForm(members, mappings, placements, t);
	const { ui } = merged;
	const form: JsonSchema = {
		$schema: JSON_SCHEMA_2020,
		$id: oneThingSchemaId(doc.code.trim(), 'application'),
		title: doc.name.trim(),
		type: 'object',
		properties: merged.properties,
		...(merged.required.length ? { required: merged.required } : {}),
		...(merged.allOf.length ? { allOf: merged.allOf } : {}),
		unevaluatedProperties: false
	};

	const materials = mergeMaterials(slots, members, relocated);
	ui['ui:order'] = [...merged.order, 'materials'];
	ui.materials = materials.ui;
	if (merged.rules.length) ui['ui:rules'] = merged.rules;

	const applicationSchema = canonicalSchema({
		...form,
		properties: {
			...merged.properties,
			materials: {
				title: t('onething.materials'),
				type: 'object',
				properties: materials.properties,
				unevaluatedProperties: false
			}
		},
		...(merged.allOf.length + materials.conditionals.length
			? { allOf: [...merged.allOf, ...materials.conditionals] }
			: {})
	}) as JsonSchema;

	// —— acceptance over the merged submission ——
	const slotOf = new Map<string, string>();
	for (const slot of slots)
		for (const f of slot.from) slotOf.set(`${f.member}\u0000${f.index}`, slot.id);
	const defs: JsonSchema = {};
	const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });
	const completeEntries: SchemaNode[] = [];
	const tolerantEntries: SchemaNode[] = [];
	let anyTolerance = false;
	members.forEach((m, mi) => {
		if (m.condition !== undefined) defs[`member-${mi}`] = onForm(m.condition);
		const needed = (filter: (i: number) => boolean): SchemaNode[] =>
			m.bundle.materials
				.map((mat, i) => ({ mat, i }))
				.filter(({ mat, i }) => isNeeded(mat) && filter(i))
				.map(({ i }) => {
					const id = slotOf.get(`${m.code}\u0000${i}`)!;
					const cond = relocated.get(`${m.code}\u0000${i}`);
					if (cond === undefined) return requireSlot(id);
					const name = `condition-${mi}-${i}`;
					defs[name] = onForm(cond);
					return { if: ref(name), then: requireSlot(id) };
				});
		const complete = allOfNodes(needed(() => true));
		let ok: SchemaNode = complete;
		if (m.bundle.tolerance.allowed) {
			const tolerableIds = new Set(m.bundle.tolerance.tolerableIds);
			const tolerable = m.bundle.materials
				.map((mat, i) => ({ mat, i }))
				.filter(({ mat }) => tolerableIds.has(mat.id) && isTolerable(mat))
				.map(({ i }) => i);
			const n = tolerable.length;
			const counter = (j: number, c: number): SchemaNode => {
				if (c < 0) return false;
				if (c >= n - j) return true;
				const name = `tolerance-${mi}-${j}-${c}`;
				if (!(name in defs)) {
					const i = tolerable[j];
					const id = slotOf.get(`${m.code}\u0000${i}`)!;
					const cond = relocated.get(`${m.code}\u0000${i}`);
					const miss =
						cond === undefined
							? missingSlot(id)
							: { ...ref(`condition-${mi}-${i}`), ...missingSlot(id) };
					defs[name] = { if: miss, then: counter(j + 1, c - 1), else: counter(j + 1, c) };
				}
				return ref(name);
			};
			const tolerant = allOfNodes([
				...needed((i) => !tolerable.includes(i)),
				{
					properties: { commitment: { const: true }, creditRestricted: { const: false } },
					required: ['commitment']
				},
				counter(0, m.bundle.tolerance.maxMissing)
			]);
			if (tolerant !== false) {
				anyTolerance = true;
				ok = anyOfNodes([complete, tolerant]);
			}
		}
		const wrap = (node: SchemaNode): SchemaNode =>
			m.condition === undefined || node === true ? node : { if: ref(`member-${mi}`), then: node };
		completeEntries.push(wrap(complete));
		tolerantEntries.push(wrap(ok));
	});
	const portableForm = toPortableSchema(rebaseRefs(form, '/properties/form')) as JsonSchema;
	delete portableForm.$schema;
	delete portableForm.$id;
	const acceptanceRoot = (kind: 'complete' | 'tolerant', entries: SchemaNode[]): JsonSchema => {
		const kept = entries.filter((e) => e !== true);
		const root: JsonSchema = {
			$schema: JSON_SCHEMA_2020,
			$id: oneThingSchemaId(doc.code.trim(), kind),
			title: doc.name.trim(),
			type: 'object',
			properties: {
				form: portableForm,
				materials: { type: 'object', properties: materials.portable, unevaluatedProperties: false },
				commitment: { type: 'boolean' },
				creditRestricted: { type: 'boolean' }
			},
			required: ['form', 'materials'],
			...(kept.length ? { allOf: kept } : {}),
			unevaluatedProperties: false
		};
		// only the definitions this schema refers to
		const text = JSON.stringify(root);
		const used: JsonSchema = {};
		let grew = true;
		let seen = text;
		while (grew) {
			grew = false;
			for (const [name, def] of Object.entries(defs)) {
				if (name in used || !seen.includes(`"#/$defs/${name}"`)) continue;
				used[name] = def;
				seen += JSON.stringify(def);
				grew = true;
			}
		}
		if (Object.keys(used).length) root.$defs = used;
		return canonicalSchema(root) as JsonSchema;
	};
	const acceptance = {
		complete: acceptanceRoot('complete', completeEntries),
		tolerant: anyTolerance ? acceptanceRoot('tolerant', tolerantEntries) : (false as const)
	};

	// —— members as published ——
	const published: PublishedMember[] = members.map((m) => {
		const fields: PublishedMember['slice']['fields'] = [{ from: [], to: [m.code] }];
		for (const mapping of mappings)
			for (const f of mapping.fields)
				if (f.member === m.code)
					fields.push({ from: [...f.path], to: [SHARED_SECTION, mapping.property] });
		const materials: PublishedMember['slice']['materials'] = [];
		m.bundle.materials.forEach((mat, i) => {
			const id = slotOf.get(`${m.code}\u0000${i}`);
			if (id) materials.push({ from: mat.id, to: id });
		});
		return {
			code: m.code,
			version: m.version,
			name: m.bundle.name,
			department: m.bundle.department,
			hash: m.bundle.hash,
			bundle: m.bundle,
			...(m.condition !== undefined ? { condition: sortedData(m.condition) as JsonSchema } : {}),
			slice: { fields, materials }
		};
	});

	const rest: Omit<OneThingBundle, 'hash'> = {
		oneThingFormat: ONETHING_FORMAT,
		documentType: 'onething',
		code: doc.code.trim(),
		name: doc.name.trim(),
		theme: { kind: doc.theme.kind, name: doc.theme.name.trim() },
		leadDepartment: sortedData(doc.leadDepartment) as OneThingBundle['leadDepartment'],
		guide: sortedData(doc.guide) as OneThingBundle['guide'],
		members: published,
		applicationSchema,
		uiSchema: ui,
		acceptance
	};
	return { bundle: { ...rest, hash: hashOf(rest) }, conflicts: [], mappings };
}
