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
import { isAsked, isNeeded, isTolerable } from '../compile/materials';
import {
	canonicalSchema,
	isSchemaObject,
	rebaseRefs,
	sortedData,
	type SchemaNode
} from '../compile/schema-walk';
import type { Bundle, BundleMaterial } from '../compile/types';
import { joinList, translator, type Locale, type Translate } from '../i18n';
import type { JsonSchema, UiSchema } from '../item/types';
import { escapeToken } from '../pointer';
import {
	isMaterialConditional,
	memberFields,
	pathKey,
	ruleReads,
	type MemberField
} from './fields';
import { oneThingMessages } from './messages';
import { mapPath, relocate, RelocateError, type PathMap } from './relocate';
import {
	ONETHING_FORMAT,
	type OneThing,
	type OneThingBundle,
	type OneThingConflict,
	type PublishedMember
} from './types';
import { CUSTOM_KEY_PREFIX, fieldKey, semanticKeyLabel, UI_SEMANTIC } from './vocabulary';

type T = Translate<(typeof oneThingMessages)['zh-CN']>;

/** A member's published bundle and the version number it was published as. */
export interface MemberBundle {
	version: number;
	bundle: Bundle;
}

export interface CompileOneThingOptions {
	/** language of the conflict messages (the bundle's own texts are Chinese, like items') */
	locale?: Locale;
}

/** A group of member fields entered once: `property` under the merged form's `shared` section. */
export interface EffectiveMapping {
	key: string;
	property: string;
	fields: { member: string; path: string[] }[];
	/** 'key': the members declare the same semantic key; 'mapping': the editor mapped them */
	source: 'key' | 'mapping';
}

export interface OneThingCompilation {
	bundle: OneThingBundle | null;
	conflicts: OneThingConflict[];
	/** the shared fields as merged (also when there are conflicts, for the editor) */
	mappings: EffectiveMapping[];
}

/** The merged form's section of shared fields. */
export const SHARED_SECTION = 'shared';
const ID_BASE = 'https://banshi.studio/onethings/';

export function oneThingSchemaId(
	code: string,
	name: 'application' | 'complete' | 'tolerant'
): string {
	const base = ID_BASE + encodeURIComponent(code);
	return name === 'application' ? `${base}/application.json` : `${base}/acceptance/${name}.json`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const clone = <T>(v: T): T => structuredClone(v);
const ANNOTATIONS = [
	'title',
	'description',
	'default',
	'examples',
	'$comment',
	'readOnly',
	'deprecated'
];

function stripAnnotations(s: JsonSchema): JsonSchema {
	const out = { ...s };
	for (const k of ANNOTATIONS) delete out[k];
	return out;
}

const baseType = (t: string | undefined) => (t === 'integer' ? 'number' : t);

/** The material slot id of a member's own material in the merged `materials`. */
export function ownMaterialId(code: string, id: string): string {
	return `${code}.${id}`;
}

interface Resolved {
	code: string;
	index: number;
	version: number;
	bundle: Bundle;
	condition?: JsonSchema;
	fields: MemberField[];
}

function resolveMembers(
	doc: OneThing,
	inputs: (MemberBundle | Bundle)[],
	conflict: (c: OneThingConflict) => void,
	t: T
): Resolved[] {
	const byCode = new Map<string, MemberBundle[]>();
	for (const x of inputs) {
		const mb: MemberBundle = 'bundle' in x ? x : { version: 0, bundle: x };
		const list = byCode.get(mb.bundle.code) ?? [];
		list.push(mb);
		byCode.set(mb.bundle.code, list);
	}
	const out: Resolved[] = [];
	doc.members.forEach((m, index) => {
		const code = m.code.trim();
		const given = byCode.get(code) ?? [];
		if (!given.length) {
			conflict({
				key: code,
				members: [code],
				code: 'missing-member',
				message: t('onething.conflict.missingMember', { members: code })
			});
			return;
		}
		let chosen: MemberBundle | undefined;
		if (m.pin === 'latest') chosen = given.reduce((a, b) => (b.version > a.version ? b : a));
		else chosen = given.find((g) => g.version === m.pin || g.version === 0);
		if (!chosen) {
			conflict({
				key: code,
				members: [code],
				code: 'pin-mismatch',
				message: t('onething.conflict.pin', {
					members: code,
					version: String(m.pin),
					available: given.map((g) => g.version).join(', ')
				})
			});
			return;
		}
		const version = chosen.version === 0 && typeof m.pin === 'number' ? m.pin : chosen.version;
		out.push({
			code,
			index,
			version,
			bundle: chosen.bundle,
			...(m.condition !== undefined ? { condition: m.condition } : {}),
			fields: memberFields(code, chosen.bundle)
		});
	});
	return out;
}

function sharedProperty(key: string): string {
	return key.startsWith(CUSTOM_KEY_PREFIX) ? key.slice(CUSTOM_KEY_PREFIX.length) : key;
}

/** The shared-field groups: the editor's mappings first, then equal semantic keys. */
function effectiveMappings(
	doc: OneThing,
	members: Resolved[],
	conflict: (c: OneThingConflict) => void,
	t: T
): EffectiveMapping[] {
	const out: EffectiveMapping[] = [];
	const handled = new Set<string>();
	const byCode = new Map(members.map((m) => [m.code, m]));
	for (const mapping of doc.sharedFields ?? []) {
		handled.add(mapping.key);
		if (mapping.merge === false) continue;
		const fields: EffectiveMapping['fields'] = [];
		for (const f of mapping.fields) {
			const member = byCode.get(f.member);
			if (!member) continue; // validation reports a mapping naming a non-member
			const found = member.fields.find((x) => pathKey(x.path) === pathKey(f.path));
			if (!found) {
				conflict({
					key: mapping.key,
					members: [f.member],
					code: 'unknown-field',
					message: t('onething.conflict.unknownField', {
						key: mapping.key,
						path: pathKey(f.path),
						members: f.member
					})
				});
				continue;
			}
			if (!found.shareable) {
				conflict({
					key: mapping.key,
					members: [f.member],
					code: 'not-shareable',
					message: t('onething.conflict.notShareable', { path: pathKey(f.path), members: f.member })
				});
				continue;
			}
			fields.push({ member: f.member, path: [...f.path] });
		}
		if (fields.length >= 2)
			out.push({
				key: mapping.key,
				property: sharedProperty(mapping.key),
				fields,
				source: 'mapping'
			});
	}
	const groups = new Map<string, MemberField[]>();
	for (const m of members)
		for (const f of m.fields) {
			if (!f.key || !f.shareable || handled.has(f.key)) continue;
			const list = groups.get(f.key) ?? [];
			list.push(f);
			groups.set(f.key, list);
		}
	for (const [key, fields] of groups) {
		const codes = [...new Set(fields.map((f) => f.member))];
		if (codes.length < 2) continue;
		let ok = true;
		for (const code of codes) {
			const mine = fields.filter((f) => f.member === code);
			if (mine.length > 1) {
				ok = false;
				conflict({
					key,
					members: [code],
					code: 'duplicate-key',
					message: t('onething.conflict.duplicateKey', {
						key,
						members: code,
						paths: mine.map((f) => pathKey(f.path)).join('、')
					})
				});
			}
		}
		if (ok)
			out.push({
				key,
				property: sharedProperty(key),
				fields: fields.map((f) => ({ member: f.member, path: f.path })),
				source: 'key'
			});
	}
	return out;
}

function checkMapping(
	mapping: EffectiveMapping,
	members: Map<string, Resolved>,
	reads: Map<string, Set<string>>,
	conflict: (c: OneThingConflict) => void,
	t: T,
	locale: Locale | undefined
) {
	const fields = mapping.fields.map((f) =>
		members.get(f.member)!.fields.find((x) => pathKey(x.path) === pathKey(f.path))!
	);
	const names = (fs: MemberField[]) => joinList(locale, [...new Set(fs.map((f) => f.member))]);
	const label = semanticKeyLabel(mapping.key, locale);
	const types = new Set(fields.map((f) => baseType(f.type) ?? '?'));
	if (types.size > 1) {
		conflict({
			key: mapping.key,
			members: [...new Set(fields.map((f) => f.member))],
			code: 'type-mismatch',
			message: t('onething.conflict.type', {
				key: label,
				members: names(fields),
				types: fields.map((f) => `${f.member}: ${f.type ?? '?'}`).join('; ')
			})
		});
	}
	const formats = new Set(fields.filter((f) => f.format).map((f) => f.format));
	if (formats.size > 1) {
		conflict({
			key: mapping.key,
			members: [...new Set(fields.filter((f) => f.format).map((f) => f.member))],
			code: 'format-mismatch',
			message: t('onething.conflict.format', {
				key: label,
				members: names(fields.filter((f) => f.format)),
				formats: [...formats].join(', ')
			})
		});
	}
	const choices = fields.filter((f) => f.choices);
	const norm = (c: unknown[]) => JSON.stringify([...c.map((x) => JSON.stringify(x))].sort());
	if (new Set(choices.map((f) => norm(f.choices!))).size > 1) {
		conflict({
			key: mapping.key,
			members: [...new Set(choices.map((f) => f.member))],
			code: 'enum-mismatch',
			message: t('onething.conflict.enum', { key: label, members: names(choices) })
		});
	}
	const vocab = fieldKey(mapping.key);
	if (vocab) {
		for (const f of fields) {
			const typeOk = baseType(f.type) === baseType(vocab.type);
			const formatOk = !vocab.format || !f.format || f.format === vocab.format;
			if (typeOk && formatOk) continue;
			conflict({
				key: mapping.key,
				members: [f.member],
				code: 'key-mismatch',
				message: t('onething.conflict.vocabulary', {
					key: label,
					members: f.member,
					expected: vocab.format ? `${vocab.type} (${vocab.format})` : vocab.type,
					actual: f.format ? `${f.type ?? '?'} (${f.format})` : (f.type ?? '?')
				})
			});
		}
	}
	for (const f of fields) {
		const r = reads.get(f.member)!;
		const p = pathKey(f.path);
		if (r.has(p) || [...r].some((x) => x.startsWith(p + '.'))) {
			conflict({
				key: mapping.key,
				members: [f.member],
				code: 'rule-reads-shared',
				message: t('onething.conflict.ruleReads', { members: f.member, path: p, key: label })
			});
		}
	}
}

interface MaterialSlot {
	id: string;
	key?: string;
	/** member code → index into that member's bundle.materials */
	from: { member: string; index: number }[];
}

function materialSlots(
	members: Resolved[],
	conflict: (c: OneThingConflict) => void,
	t: T,
	locale: Locale | undefined
): MaterialSlot[] {
	const byKey = new Map<string, { member: string; index: number }[]>();
	for (const m of members) {
		const seen = new Set<string>();
		m.bundle.materials.forEach((mat, index) => {
			if (!isAsked(mat) || !mat.semanticKey) return;
			if (seen.has(mat.semanticKey)) {
				conflict({
					key: mat.semanticKey,
					members: [m.code],
					code: 'duplicate-material-key',
					message: t('onething.conflict.duplicateMaterialKey', {
						key: semanticKeyLabel(mat.semanticKey, locale),
						members: m.code
					})
				});
				return;
			}
			seen.add(mat.semanticKey);
			const list = byKey.get(mat.semanticKey) ?? [];
			list.push({ member: m.code, index });
			byKey.set(mat.semanticKey, list);
		});
	}
	const shared = new Map<string, MaterialSlot>();
	for (const [key, from] of byKey) {
		if (from.length < 2) continue;
		const byMember = new Map(members.map((m) => [m.code, m]));
		const types = from
			.map((f) => byMember.get(f.member)!.bundle.materials[f.index].mediaTypes)
			.filter((l) => l.length > 0);
		const common = types.length ? types.reduce((a, b) => a.filter((x) => b.includes(x))) : [];
		if (types.length && common.length === 0) {
			conflict({
				key,
				members: from.map((f) => f.member),
				code: 'material-mismatch',
				message: t('onething.conflict.material', {
					key: semanticKeyLabel(key, locale),
					members: joinList(
						locale,
						from.map((f) => f.member)
					)
				})
			});
			continue;
		}
		shared.set(key, { id: key, key, from });
	}
	const slots: MaterialSlot[] = [...shared.values()];
	for (const m of members)
		m.bundle.materials.forEach((mat, index) => {
			if (!isAsked(mat)) return;
			if (mat.semanticKey && shared.get(mat.semanticKey)?.from.some((f) => f.member === m.code))
				return;
			slots.push({ id: ownMaterialId(m.code, mat.id), from: [{ member: m.code, index }] });
		});
	return slots;
}

/** Remove the shared fields from a member's form; drop objects left with nothing of their own. */
function sectionSchema(member: Resolved, sharedPaths: string[][]): JsonSchema {
	const app = clone(member.bundle.applicationSchema);
	delete app.$schema;
	delete app.$id;
	const props = app.properties as Record<string, JsonSchema>;
	delete props.materials;
	if (Array.isArray(app.allOf)) {
		app.allOf = app.allOf.filter((e) => !isMaterialConditional(e));
		if ((app.allOf as unknown[]).length === 0) delete app.allOf;
	}
	app.title = member.bundle.name;
	const objectAt = (path: string[]): JsonSchema | undefined => {
		let node: JsonSchema | undefined = app;
		for (const p of path) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[p];
		return node;
	};
	const remove = (path: string[]) => {
		const parent = objectAt(path.slice(0, -1));
		if (!parent) return;
		const name = path[path.length - 1];
		delete (parent.properties as Record<string, JsonSchema>)[name];
		if (Array.isArray(parent.required)) {
			parent.required = (parent.required as string[]).filter((r) => r !== name);
			if ((parent.required as string[]).length === 0) delete parent.required;
		}
	};
	const SIMPLE = new Set([
		'type',
		'title',
		'description',
		'properties',
		'required',
		'unevaluatedProperties',
		'additionalProperties'
	]);
	for (const p of sharedPaths) {
		remove(p);
		for (let n = p.length - 1; n >= 1; n--) {
			const holder = objectAt(p.slice(0, n));
			if (!holder) break;
			const empty =
				Object.keys((holder.properties as object) ?? {}).length === 0 &&
				Object.keys(holder).every((k) => SIMPLE.has(k));
			if (!empty) break;
			remove(p.slice(0, n));
		}
	}
	return app;
}

function uiAt(ui: UiSchema, path: readonly string[]): Obj | undefined {
	let node: unknown = ui;
	for (const p of path) {
		if (!isObj(node)) return undefined;
		node = node[p];
	}
	return isObj(node) ? node : undefined;
}

function dotted(map: PathMap, key: unknown): string | undefined {
	if (typeof key !== 'string') return undefined;
	const target = mapPath(map, key.split('.'));
	return target.some((p) => p.includes('.')) ? undefined : target.join('.');
}

/** The member's uiSchema for its section: shared fields gone, field keys of calculations remapped. */
function sectionUi(
	member: Resolved,
	sectionSchemaValue: JsonSchema,
	map: PathMap,
	sharedPaths: string[][]
) {
	const ui = clone(member.bundle.uiSchema) as Obj;
	delete ui.materials;
	delete ui['ui:pages'];
	const rules = Array.isArray(ui['ui:rules']) ? (ui['ui:rules'] as Obj[]) : [];
	delete ui['ui:rules'];
	const present = (path: string[]) => {
		let node: JsonSchema | undefined = sectionSchemaValue;
		for (const p of path) node = (node?.properties as Record<string, JsonSchema> | undefined)?.[p];
		return node !== undefined;
	};
	for (const p of sharedPaths) {
		for (let n = p.length; n >= 1; n--) {
			const sub = p.slice(0, n);
			if (n < p.length && present(sub)) break;
			const parent = n === 1 ? ui : uiAt(ui, sub.slice(0, -1));
			if (!parent) break;
			delete parent[sub[sub.length - 1]];
			if (Array.isArray(parent['ui:order']))
				parent['ui:order'] = (parent['ui:order'] as string[]).filter(
					(k) => k !== sub[sub.length - 1]
				);
		}
	}
	if (Array.isArray(ui['ui:order']))
		ui['ui:order'] = (ui['ui:order'] as string[]).filter((k) => k !== 'materials');
	// calculations name fields by dotted keys from the form root
	const walk = (node: Obj, depth: number) => {
		if (depth > 32) return;
		for (const [k, v] of Object.entries(node)) {
			if (k === 'ui:calc' && isObj(v)) {
				let ok = true;
				for (const param of ['id', 'items']) {
					if (v[param] === undefined) continue;
					const d = dotted(map, v[param]);
					if (d === undefined) ok = false;
					else v[param] = d;
				}
				if (!ok) delete node[k];
			} else if (isObj(v) && !k.startsWith('ui:')) walk(v, depth + 1);
		}
	};
	walk(ui, 0);
	const movedRules: Obj[] = [];
	for (const r of rules) {
		const copy = { ...r };
		let ok = true;
		for (const param of ['field', 'after', 'items', 'total']) {
			if (typeof copy[param] !== 'string') continue;
			const d = dotted(map, copy[param]);
			if (d === undefined) ok = false;
			else copy[param] = d;
		}
		if (ok) movedRules.push(copy);
	}
	return { ui, rules: movedRules };
}

function mergeFieldSchemas(schemas: JsonSchema[]): JsonSchema {
	const base = clone(schemas[0]);
	const seen = new Set([JSON.stringify(canonicalSchema(stripAnnotations(base)))]);
	const extra: JsonSchema[] = [];
	for (const s of schemas.slice(1)) {
		const bare = stripAnnotations(clone(s));
		const sig = JSON.stringify(canonicalSchema(bare));
		if (seen.has(sig)) continue;
		seen.add(sig);
		extra.push(bare);
	}
	if (extra.length) base.allOf = [...(Array.isArray(base.allOf) ? base.allOf : []), ...extra];
	return base;
}

const forbidSlot = (id: string): JsonSchema => ({
	properties: { materials: { type: 'object', properties: { [id]: false } } }
});
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
function anyOfNodes(nodes: SchemaNode[]): SchemaNode {
	if (nodes.some((n) => n === true)) return true;
	const kept = nodes.filter((n) => n !== false);
	if (kept.length === 0) return false;
	return kept.length === 1 ? kept[0] : { anyOf: kept };
}
function allOfNodes(nodes: SchemaNode[]): SchemaNode {
	if (nodes.some((n) => n === false)) return false;
	const kept = nodes.filter((n) => n !== true);
	if (kept.length === 0) return true;
	return kept.length === 1 ? kept[0] : { allOf: kept };
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

	// where each member's fields go
	const maps = new Map<string, PathMap>();
	const sharedPathsOf = new Map<string, string[][]>();
	for (const m of members) {
		const shared = new Map<string, string[]>();
		const paths: string[][] = [];
		for (const mapping of mappings)
			for (const f of mapping.fields)
				if (f.member === m.code) {
					shared.set(f.path.join('\u0000'), [SHARED_SECTION, mapping.property]);
					paths.push(f.path);
				}
		maps.set(m.code, { shared, section: [m.code] });
		sharedPathsOf.set(m.code, paths);
	}
	// material conditions over the merged form
	const relocated = new Map<string, SchemaNode>();
	for (const m of members)
		m.bundle.materials.forEach((mat, i) => {
			if (!isAsked(mat) || mat.condition === undefined) return;
			try {
				relocated.set(`${m.code}\u0000${i}`, relocate(mat.condition, maps.get(m.code)!));
			} catch (err) {
				conflict({
					key: mat.id,
					members: [m.code],
					code: 'condition-unsupported',
					message: t('onething.conflict.condition', {
						members: m.code,
						material: mat.name,
						reason: err instanceof RelocateError ? err.message : String(err)
					})
				});
			}
		});
	if (conflicts.length) return { bundle: null, conflicts, mappings };

	// —— the merged form ——
	const sharedProps: JsonSchema = {};
	const sharedUi: Obj = { 'ui:order': mappings.map((m) => m.property) };
	const sharedRequired: string[] = [];
	const sharedRequiredWhen = new Map<string, string[]>();
	for (const mapping of mappings) {
		const fields = mapping.fields.map((f) => {
			const member = byCode.get(f.member)!;
			return {
				member,
				field: member.fields.find((x) => pathKey(x.path) === pathKey(f.path))!
			};
		});
		const schemas = fields.map(
			({ member, field }) => rebaseRefs(field.schema, sectionPrefix(member)) as JsonSchema
		);
		const merged = mergeFieldSchemas(schemas);
		if (fieldKey(mapping.key)) merged.title = semanticKeyLabel(mapping.key, 'zh-CN');
		sharedProps[mapping.property] = canonicalSchema(merged);
		const first = fields[0];
		const ui = { ...(uiAt(first.member.bundle.uiSchema, first.field.path) ?? {}) };
		if (fieldKey(mapping.key)) ui[UI_SEMANTIC] = mapping.key;
		sharedUi[mapping.property] = sortedData(ui);
		for (const { member, field } of fields) {
			if (!field.required) continue;
			if (member.condition === undefined) {
				if (!sharedRequired.includes(mapping.property)) sharedRequired.push(mapping.property);
			} else {
				const list = sharedRequiredWhen.get(member.code) ?? [];
				list.push(mapping.property);
				sharedRequiredWhen.set(member.code, list);
			}
		}
	}
	function sectionPrefix(m: Resolved): string {
		if (m.condition === undefined) return `/properties/${escapeToken(m.code)}`;
		const i = members.filter((x) => x.condition !== undefined).indexOf(m);
		return `/allOf/${i}/then/properties/${escapeToken(m.code)}`;
	}

	const formProps: JsonSchema = {};
	const formRequired: string[] = [];
	const formAllOf: JsonSchema[] = [];
	const ui: Obj = {};
	const order: string[] = [];
	const rules: Obj[] = [];
	if (mappings.length) {
		formProps[SHARED_SECTION] = {
			type: 'object',
			title: t('onething.sharedSection'),
			properties: sharedProps,
			...(sharedRequired.length ? { required: sharedRequired } : {}),
			unevaluatedProperties: false
		};
		if (sharedRequired.length) formRequired.push(SHARED_SECTION);
		ui[SHARED_SECTION] = sharedUi;
		order.push(SHARED_SECTION);
	}
	const sectionUis = new Map<string, Obj>();
	for (const m of members) {
		const paths = sharedPathsOf.get(m.code)!;
		const section = rebaseRefs(sectionSchema(m, paths), sectionPrefix(m)) as JsonSchema;
		const s = sectionUi(m, section, maps.get(m.code)!, paths);
		sectionUis.set(m.code, s.ui);
		rules.push(...s.rules);
		order.push(m.code);
		if (m.condition === undefined) {
			formProps[m.code] = section;
			formRequired.push(m.code);
		} else {
			formAllOf.push({
				if: m.condition,
				then: { properties: { [m.code]: section }, required: [m.code] }
			});
		}
	}
	for (const m of members) ui[m.code] = sectionUis.get(m.code)!;
	for (const m of members) {
		const req = sharedRequiredWhen.get(m.code);
		if (!req?.length) continue;
		formAllOf.push({
			if: m.condition,
			then: {
				properties: { [SHARED_SECTION]: { required: [...new Set(req)] } },
				required: [SHARED_SECTION]
			}
		});
	}
	const form: JsonSchema = {
		$schema: JSON_SCHEMA_2020,
		$id: oneThingSchemaId(doc.code.trim(), 'application'),
		title: doc.name.trim(),
		type: 'object',
		properties: formProps,
		...(formRequired.length ? { required: formRequired } : {}),
		...(formAllOf.length ? { allOf: formAllOf } : {}),
		unevaluatedProperties: false
	};

	// —— materials ——
	const materialOf = (f: { member: string; index: number }): BundleMaterial =>
		byCode.get(f.member)!.bundle.materials[f.index];
	const memberCondition = (code: string): SchemaNode => byCode.get(code)!.condition ?? true;
	const neededWhen = (f: { member: string; index: number }): SchemaNode =>
		allOfNodes([memberCondition(f.member), relocated.get(`${f.member}\u0000${f.index}`) ?? true]);
	const slotProps: JsonSchema = {};
	const slotPortable: JsonSchema = {};
	const materialsUi: Obj = { 'ui:order': slots.map((s) => s.id) };
	const materialConditionals: JsonSchema[] = [];
	for (const slot of slots) {
		const first = slot.from[0];
		const owner = byCode.get(first.member)!;
		const mat = materialOf(first);
		const published = clone(
			(
				(owner.bundle.applicationSchema.properties as Record<string, JsonSchema>).materials
					.properties as Record<string, JsonSchema>
			)[mat.id]
		);
		const mats = slot.from.map(materialOf);
		const typeLists = mats.map((x) => x.mediaTypes).filter((l) => l.length > 0);
		const common = typeLists.length
			? typeLists.reduce((a, b) => a.filter((x) => b.includes(x)))
			: [];
		const maxSize = Math.min(...mats.map((x) => x.maxSize));
		const props = published.properties as Record<string, JsonSchema>;
		if (common.length) props.mediaType = { type: 'string', enum: common };
		props.size = { ...props.size, maximum: maxSize };
		if (slot.key) {
			published.title = semanticKeyLabel(slot.key, 'zh-CN');
			delete published.description;
		}
		slotProps[slot.id] = published;
		const bare = stripAnnotations(clone(published));
		slotPortable[slot.id] = bare;
		const memberUi =
			((owner.bundle.uiSchema.materials as Obj | undefined)?.[mat.id] as Obj | undefined) ?? {};
		const uiEntry = clone(memberUi);
		if (slot.key) {
			const options = { ...((uiEntry['ui:options'] as Obj | undefined) ?? {}) };
			options.accept = common.length ? common : [...mat.mediaTypes];
			options.maxSize = maxSize;
			options.necessity = mats.some((x) => x.necessity === 'required')
				? 'required'
				: mats.some((x) => x.necessity === 'tolerable')
					? 'tolerable'
					: 'optional';
			options.essential = mats.some((x) => x.essential);
			options.tolerable = slot.from.every((f) =>
				byCode.get(f.member)!.bundle.tolerance.tolerableIds.includes(materialOf(f).id)
			);
			delete options.notes;
			uiEntry['ui:options'] = options;
		}
		materialsUi[slot.id] = sortedData(uiEntry);
		const when = anyOfNodes(slot.from.map(neededWhen));
		if (when !== true) materialConditionals.push({ if: when, else: forbidSlot(slot.id) });
	}
	ui['ui:order'] = [...order, 'materials'];
	ui.materials = materialsUi;
	if (rules.length) ui['ui:rules'] = rules;

	const applicationSchema = canonicalSchema({
		...form,
		properties: {
			...formProps,
			materials: {
				title: t('onething.materials'),
				type: 'object',
				properties: slotProps,
				unevaluatedProperties: false
			}
		},
		...(formAllOf.length + materialConditionals.length
			? { allOf: [...formAllOf, ...materialConditionals] }
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
				materials: { type: 'object', properties: slotPortable, unevaluatedProperties: false },
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
