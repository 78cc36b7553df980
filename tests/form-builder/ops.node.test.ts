import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	addField,
	duplicateField,
	fieldTree,
	moveField,
	removeField,
	renameKey,
	type Form
} from '$lib/designer/form-builder/ops';
import { PALETTE } from '$lib/designer/form-builder/kinds';
import { compile, embeddedProblems, emptyContainers, EMPTY, frozen } from './helpers';

type Props = Record<string, Record<string, unknown>>;
const props = (s: unknown): Props => (s as { properties: Props }).properties;

/** Build a form by adding kinds in order at the end of `parent`. */
function build(
	kinds: Parameters<typeof addField>[3][],
	parent: string[] = [],
	start = EMPTY
): Form {
	let form = start;
	for (const k of kinds) form = addField(form, parent, Infinity, k).form;
	return form;
}

describe('addField', () => {
	it('names keys after the kind and keeps them unique', () => {
		const a = addField(frozen(EMPTY), [], 0, 'idNumber');
		expect(a.key).toBe('idNumber');
		const b = addField(frozen(a.form), [], 1, 'idNumber');
		expect(b.key).toBe('idNumber2');
		expect(props(b.form.schema).idNumber).toEqual({
			type: 'string',
			title: '身份证号',
			format: 'cn-id-card'
		});
		expect(b.form.uiSchema['ui:order']).toEqual(['idNumber', 'idNumber2']);
		expect(EMPTY.schema.properties).toBeUndefined();
	});

	it('inserts at the given index and keeps properties in the same order as ui:order', () => {
		let form = build(['name', 'mobile']);
		form = addField(form, [], 1, 'idNumber').form;
		expect(form.uiSchema['ui:order']).toEqual(['name', 'idNumber', 'mobile']);
		expect(Object.keys(props(form.schema))).toEqual(['name', 'idNumber', 'mobile']);
	});

	it('gives every palette kind a schema that compiles with our formats and leaves nothing empty', () => {
		const form = build([...PALETTE]);
		expect(() => compile(form)).not.toThrow();
		expect(embeddedProblems(form)).toEqual([]);
		expect(emptyContainers(form)).toEqual([]);
		// name and address are text fields with a length preset: the canvas calls them text
		const plain = (k: string) => (k === 'name' || k === 'address' ? 'text' : k);
		expect(fieldTree(form).map((n) => n.kind)).toEqual(PALETTE.map(plain));
	});

	it('creates the Chinese field kinds with their constraints', () => {
		const form = build(['money', 'checkboxes', 'attachment', 'group', 'name', 'address']);
		const p = props(form.schema);
		expect(p.amount).toMatchObject({ type: 'number', minimum: 0, multipleOf: 0.01 });
		expect(form.uiSchema.amount).toEqual({ 'ui:options': { unit: '元' } });
		expect(p.choices).toMatchObject({ type: 'array', uniqueItems: true });
		expect(form.uiSchema.choices).toEqual({ 'ui:widget': 'checkboxes' });
		expect(form.uiSchema.attachment).toEqual({ 'ui:widget': 'file' });
		expect(p.attachment.required).toEqual(['name', 'mediaType', 'size', 'sha256']);
		// a repeating group is optional until the editor sets a minimum: it may stay empty
		expect(p.group).toMatchObject({ type: 'array', items: { type: 'object' } });
		expect(p.group.minItems).toBeUndefined();
		expect(p.name.maxLength).toBe(50);
		expect(p.address.maxLength).toBe(200);
		const v = compile(form);
		expect(v({ amount: 12.34 })).toBe(true);
		expect(v({ amount: 12.345 })).toBe(false);
		expect(v({ amount: -1 })).toBe(false);
	});

	it('uses English titles for English editors', () => {
		const { form } = addField(EMPTY, [], 0, 'creditCode', 'en');
		expect(props(form.schema).creditCode.title).toBe('Unified social credit code');
	});

	it('adds into a section and into the entries of a repeating group', () => {
		let form = build(['section', 'group']);
		form = addField(form, ['section'], 0, 'idNumber').form;
		form = addField(form, ['group'], 0, 'name').form;
		expect(props(props(form.schema).section).idNumber.format).toBe('cn-id-card');
		const items = props(form.schema).group.items as Record<string, unknown>;
		expect(props(items).name).toBeDefined();
		expect(form.uiSchema.section).toEqual({ 'ui:order': ['idNumber'] });
		expect(form.uiSchema.group).toEqual({ items: { 'ui:order': ['name'] } });
		const v = compile(form);
		expect(v({ group: [{ name: '张三' }], section: { idNumber: '11010519491231002X' } })).toBe(
			true
		);
		expect(v({ section: { idNumber: '110105194912310021' } })).toBe(false);
	});

	it('refuses to add into a field that holds no fields', () => {
		const form = build(['name', 'attachment']);
		expect(() => addField(form, ['name'], 0, 'text')).toThrow();
		expect(() => addField(form, ['attachment'], 0, 'text')).toThrow();
	});
});

describe('removeField', () => {
	it('removes the field, its ui entry, ui:order entry and required flag', () => {
		let form = build(['name', 'idNumber']);
		form = {
			schema: { ...form.schema, required: ['name', 'idNumber'] },
			uiSchema: { ...form.uiSchema, idNumber: { 'ui:placeholder': '18位' } }
		};
		const out = removeField(frozen(form), ['idNumber']);
		expect(Object.keys(props(out.schema))).toEqual(['name']);
		expect(out.schema.required).toEqual(['name']);
		expect(out.uiSchema).toEqual({ 'ui:order': ['name'] });
	});

	it('leaves no empty properties, required or ui:order behind', () => {
		let form = build(['section']);
		form = addField(form, ['section'], 0, 'name').form;
		const out = removeField(form, ['section', 'name']);
		expect(props(out.schema).section).toEqual({ type: 'object', title: '分组' });
		expect(out.uiSchema).toEqual({ 'ui:order': ['section'] });
		expect(removeField(out, ['section'])).toEqual(EMPTY);
	});

	it('throws for a field that does not exist', () => {
		expect(() => removeField(EMPTY, ['nope'])).toThrow();
	});
});

describe('duplicateField', () => {
	it('copies the field right after the original with a new unique key', () => {
		let form = build(['name', 'mobile']);
		form = { ...form, schema: { ...form.schema, required: ['name'] } };
		form = { ...form, uiSchema: { ...form.uiSchema, name: { 'ui:help': '与证件一致' } } };
		const a = duplicateField(frozen(form), ['name']);
		expect(a.key).toBe('name2');
		const b = duplicateField(a.form, ['name']);
		expect(b.key).toBe('name3');
		expect(b.form.uiSchema['ui:order']).toEqual(['name', 'name3', 'name2', 'mobile']);
		expect(b.form.schema.required).toEqual(['name', 'name3', 'name2']);
		expect(b.form.uiSchema.name3).toEqual({ 'ui:help': '与证件一致' });
		expect(props(b.form.schema).name3).toEqual(props(b.form.schema).name);
		expect(props(b.form.schema).name3).not.toBe(props(b.form.schema).name);
	});

	it('duplicates a section with its fields, which keep their keys inside the copy', () => {
		let form = build(['section']);
		form = addField(form, ['section'], 0, 'idNumber').form;
		const { form: out, key } = duplicateField(form, ['section']);
		expect(key).toBe('section2');
		expect(fieldTree(out)[1].children?.map((c) => c.key)).toEqual(['idNumber']);
		expect(out.uiSchema.section2).toEqual({ 'ui:order': ['idNumber'] });
	});
});

describe('moveField', () => {
	it('reorders within a section and keeps ui:order and properties in step', () => {
		const form = build(['name', 'idNumber', 'mobile']);
		const { form: out, key } = moveField(frozen(form), ['mobile'], [], 0);
		expect(key).toBe('mobile');
		expect(out.uiSchema['ui:order']).toEqual(['mobile', 'name', 'idNumber']);
		expect(Object.keys(props(out.schema))).toEqual(['mobile', 'name', 'idNumber']);
	});

	it('moves into a section taking its required flag and ui settings along', () => {
		let form = build(['section', 'name', 'idNumber']);
		form = {
			schema: { ...form.schema, required: ['name', 'idNumber'] },
			uiSchema: { ...form.uiSchema, idNumber: { 'ui:placeholder': '18位' } }
		};
		const { form: out } = moveField(form, ['idNumber'], ['section'], 0);
		expect(out.schema.required).toEqual(['name']);
		const section = props(out.schema).section;
		expect(section.required).toEqual(['idNumber']);
		expect(Object.keys(props(section))).toEqual(['idNumber']);
		expect(out.uiSchema).toEqual({
			'ui:order': ['section', 'name'],
			section: { 'ui:order': ['idNumber'], idNumber: { 'ui:placeholder': '18位' } }
		});
		expect(compile(out)({ name: '张三', section: {} })).toBe(false);
	});

	it('moves out of the entries of a repeating group to the top level', () => {
		let form = build(['group', 'mobile']);
		form = addField(form, ['group'], 0, 'name').form;
		form = addField(form, ['group'], 1, 'idNumber').form;
		const { form: out } = moveField(form, ['group', 'name'], [], 1);
		expect(out.uiSchema['ui:order']).toEqual(['group', 'name', 'mobile']);
		expect(out.uiSchema.group).toEqual({ items: { 'ui:order': ['idNumber'] } });
		const items = props(out.schema).group.items;
		expect(Object.keys(props(items))).toEqual(['idNumber']);
		expect(emptyContainers(out)).toEqual([]);
	});

	it('moves between a section and a repeating group', () => {
		let form = build(['section', 'group']);
		form = addField(form, ['section'], 0, 'name').form;
		const { form: out } = moveField(form, ['section', 'name'], ['group'], 0);
		expect(fieldTree(out).map((n) => [n.key, n.children?.map((c) => c.key)])).toEqual([
			['section', []],
			['group', ['name']]
		]);
		expect(props(out.schema).section).toEqual({ type: 'object', title: '分组' });
	});

	it('renames on collision in the target section', () => {
		let form = build(['section', 'name']);
		form = addField(form, ['section'], 0, 'name').form;
		const { form: out, key } = moveField(form, ['name'], ['section'], 1);
		expect(key).toBe('name2');
		expect(out.uiSchema.section).toEqual({ 'ui:order': ['name', 'name2'] });
	});

	it('refuses to move a section into itself', () => {
		let form = build(['section']);
		form = addField(form, ['section'], 0, 'section').form;
		expect(() => moveField(form, ['section'], ['section'], 0)).toThrow();
		expect(() => moveField(form, ['section'], ['section', 'section'], 0)).toThrow();
	});
});

describe('renameKey', () => {
	it('renames everywhere the key is used', () => {
		let form = build(['name', 'idNumber']);
		form = {
			schema: { ...form.schema, required: ['idNumber'] },
			uiSchema: { ...form.uiSchema, idNumber: { 'ui:widget': 'password' } }
		};
		const out = renameKey(frozen(form), ['idNumber'], 'applicantId');
		expect(Object.keys(props(out.schema))).toEqual(['name', 'applicantId']);
		expect(out.schema.required).toEqual(['applicantId']);
		expect(out.uiSchema).toEqual({
			'ui:order': ['name', 'applicantId'],
			applicantId: { 'ui:widget': 'password' }
		});
	});

	it('rejects keys that are not identifiers, taken by a sibling or reserved', () => {
		let form = build(['name', 'idNumber', 'section']);
		form = addField(form, ['section'], 0, 'text').form;
		expect(() => renameKey(form, ['name'], 'idNumber')).toThrow('keyTaken');
		expect(() => renameKey(form, ['name'], '1name')).toThrow('keyFormat');
		expect(() => renameKey(form, ['name'], '姓名')).toThrow('keyFormat');
		expect(() => renameKey(form, ['name'], '')).toThrow('keyEmpty');
		expect(() => renameKey(form, ['name'], 'materials')).toThrow('keyReserved');
		const nested = renameKey(form, ['section', 'text'], 'materials');
		expect(fieldTree(nested)[2].children?.[0].key).toBe('materials');
	});

	it('renames inside hand-written rules of the section too', () => {
		const form: Form = {
			schema: {
				type: 'object',
				properties: { kind: { type: 'string', enum: ['a', 'b'] }, other: { type: 'string' } },
				allOf: [
					{
						if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
						then: { required: ['other'] }
					}
				]
			},
			uiSchema: {}
		};
		const out = renameKey(form, ['other'], 'detail');
		expect(out.schema.allOf).toEqual([
			{
				if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
				then: { required: ['detail'] }
			}
		]);
	});
});

describe('templates', () => {
	it('edits a real template without disturbing its hand-written rules', () => {
		const item = JSON.parse(
			readFileSync(
				new URL('../../templates/individual-business-registration.json', import.meta.url),
				'utf8'
			)
		);
		const form: Form = frozen({ schema: item.form.schema, uiSchema: item.form.uiSchema });
		const before = props(form.schema).business.allOf;
		const { form: out } = addField(form, ['business'], 0, 'postcode');
		expect(props(out.schema).business.allOf).toEqual(before);
		expect(out.schema.allOf).toEqual(form.schema.allOf);
		expect((out.uiSchema.business as Record<string, string[]>)['ui:order'][0]).toBe('postcode');
		expect(props(out.schema).operator).toBe(props(form.schema).operator);
		expect(embeddedProblems(out)).toEqual([]);
	});
});
