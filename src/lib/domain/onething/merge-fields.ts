// Field merge of a one-thing: which member fields are entered once (the editor's mappings and equal
// semantic keys), the conflicts between the fields of one group, and the merged form built from
// them, `{ shared: { <key>: … }, <member code>: <the member's own fields>, … }` (BUNDLE.md,
// "Published one-things"). Materials are merged in merge-materials.ts.
import { canonicalSchema, rebaseRefs, sortedData } from '../compile/schema-walk';
import { joinList, type Locale } from '../i18n';
import type { JsonSchema, UiSchema } from '../item/types';
import { escapeToken } from '../pointer';
import { isMaterialConditional, pathKey, type MemberField } from './fields';
import { mapPath, type PathMap } from './relocate';
import type { ReportConflict, Resolved, T } from './resolve';
import { clone, isObj, stripAnnotations, type Obj } from './schema-nodes';
import type { OneThing } from './types';
import { CUSTOM_KEY_PREFIX, fieldKey, semanticKeyLabel, UI_SEMANTIC } from './vocabulary';

/** A group of member fields entered once: `property` under the merged form's `shared` section. */
export interface EffectiveMapping {
	key: string;
	property: string;
	fields: { member: string; path: string[] }[];
	/** 'key': the members declare the same semantic key; 'mapping': the editor mapped them */
	source: 'key' | 'mapping';
}

/** The merged form's section of shared fields. */
export const SHARED_SECTION = 'shared';

const baseType = (t: string | undefined) => (t === 'integer' ? 'number' : t);

function sharedProperty(key: string): string {
	return key.startsWith(CUSTOM_KEY_PREFIX) ? key.slice(CUSTOM_KEY_PREFIX.length) : key;
}

/** The shared-field groups: the editor's mappings first, then equal semantic keys. */
export function effectiveMappings(
	doc: OneThing,
	members: Resolved[],
	conflict: ReportConflict,
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

/** Conflicts between the fields of one shared group (type, format, choices, vocabulary, rules). */
export function checkMapping(
	mapping: EffectiveMapping,
	members: Map<string, Resolved>,
	reads: Map<string, Set<string>>,
	conflict: ReportConflict,
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

/** Where each member's fields go in the merged form, and which of its paths are shared. */
export function fieldPlacements(members: Resolved[], mappings: EffectiveMapping[]) {
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
	return { maps, sharedPathsOf };
}

export interface MergedForm {
	properties: JsonSchema;
	required: string[];
	allOf: JsonSchema[];
	/** the form's uiSchema: the shared section's, then each member section's */
	ui: Obj;
	/** the sections in the order they are shown */
	order: string[];
	/** the members' `ui:rules`, their field keys remapped */
	rules: Obj[];
}

/** The merged form's sections: the shared fields (once), then each member's own fields. */
export function mergeForm(
	members: Resolved[],
	mappings: EffectiveMapping[],
	placements: ReturnType<typeof fieldPlacements>,
	t: T
): MergedForm {
	const { maps, sharedPathsOf } = placements;
	const byCode = new Map(members.map((m) => [m.code, m]));
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
	return { properties: formProps, required: formRequired, allOf: formAllOf, ui, order, rules };
}
