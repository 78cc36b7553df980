import { describe, expect, it } from 'vitest';
import { compileItem } from '../compile';
import type { Item } from '../item/types';
import {
	memberBundles,
	memberSamples,
	restaurant,
	templateItem
} from '../../../../tests/fixtures/onething-restaurant';
import { compileOneThing } from './compile';
import { decideOneThing } from './decide';
import { mergeSubmissions } from './slice';

type Obj = Record<string, unknown>;
const members = memberBundles();
const [ib, food, hygiene] = members.map((m) => m.bundle);

function withItems(edits: { food?: (item: Item) => void; hygiene?: (item: Item) => void }) {
	const build = (name: string, edit?: (item: Item) => void, given = members[0]) => {
		if (!edit) return given;
		const item = templateItem(name);
		edit(item);
		return { version: 1, bundle: compileItem(item) };
	};
	return [
		members[0],
		build('food-business-licence', edits.food, members[1]),
		build('public-place-hygiene-licence', edits.hygiene, members[2])
	];
}
const withHygiene = (edit: (item: Item) => void) => withItems({ hygiene: edit });
const applicantProps = (item: Item) =>
	((item.form.schema.properties as Obj).applicant as Obj).properties as Record<string, Obj>;
const ui = (item: Item, ...path: string[]) => {
	let node = item.form.uiSchema as Obj;
	for (const p of path) node = (node[p] ??= {}) as Obj;
	return node;
};

describe('compileOneThing conflicts', () => {
	it('refuses fields of different types under one key, naming the members', () => {
		const r = compileOneThing(
			restaurant(),
			withHygiene((item) => {
				applicantProps(item).mobile = { type: 'integer', title: '联系电话（手机）' };
			})
		);
		expect(r.bundle).toBeNull();
		const c = r.conflicts.find((x) => x.code === 'type-mismatch')!;
		expect(c.key).toBe('mobile');
		expect(c.members).toEqual([ib.code, food.code, hygiene.code]);
		expect(c.message).toContain(hygiene.code);
		// the vocabulary says what a mobile number is
		expect(r.conflicts.find((x) => x.code === 'key-mismatch')?.members).toEqual([hygiene.code]);
	});

	it('refuses different formats and different choices under one key', () => {
		const r = compileOneThing(
			restaurant(),
			withItems({
				food: (item) => {
					applicantProps(item).address = { type: 'string', enum: ['甲', '乙', '丙'] };
				},
				hygiene: (item) => {
					applicantProps(item).region = { type: 'string', format: 'cn-postcode' };
					applicantProps(item).address = { type: 'string', enum: ['甲', '乙'] };
				}
			})
		);
		expect(r.conflicts.map((c) => `${c.code}:${c.key}`)).toEqual(
			expect.arrayContaining(['format-mismatch:region', 'enum-mismatch:address'])
		);
		const en = compileOneThing(
			restaurant(),
			withHygiene((item) => {
				applicantProps(item).region = { type: 'string', format: 'cn-postcode' };
			}),
			{ locale: 'en' }
		);
		expect(en.conflicts[0].message).toMatch(/different formats/);
	});

	it('refuses a shared document with no file type in common', () => {
		const r = compileOneThing(
			restaurant(),
			withHygiene((item) => {
				item.materials.find((m) => m.id === 'site-plans')!.mediaTypes = ['image/tiff'];
			})
		);
		expect(r.conflicts).toContainEqual(
			expect.objectContaining({
				code: 'material-mismatch',
				key: 'site-plan',
				members: [food.code, hygiene.code]
			})
		);
	});

	it('refuses to merge a field the form rules of a member read', () => {
		const agent = (item: Item) => {
			ui(item, 'hasAgent')['ui:semantic'] = 'has-agent';
		};
		const both = withItems({ food: agent, hygiene: agent });
		const r = compileOneThing(restaurant(), both);
		expect(r.bundle).toBeNull();
		expect(r.conflicts.filter((c) => c.code === 'rule-reads-shared').map((c) => c.members)).toEqual(
			[[food.code], [hygiene.code]]
		);
		// the editor keeps the key apart: no conflict any more
		const apart = compileOneThing(
			restaurant({
				sharedFields: [
					{ key: 'has-agent', merge: false, fields: [{ member: food.code, path: ['hasAgent'] }] }
				]
			}),
			both
		);
		expect(apart.conflicts).toEqual([]);
		expect(apart.bundle).not.toBeNull();
	});

	it('reports a member without a published bundle or without the pinned version', () => {
		const missing = compileOneThing(restaurant(), members.slice(0, 2));
		expect(missing.bundle).toBeNull();
		expect(missing.conflicts[0]).toMatchObject({ code: 'missing-member', members: [hygiene.code] });
		const pinned = compileOneThing(
			restaurant({
				members: [
					{ code: ib.code, pin: 3 },
					{ code: food.code, pin: 1 }
				]
			}),
			members
		);
		expect(pinned.conflicts.map((c) => c.code)).toEqual(['pin-mismatch']);
	});
});

describe('a member that applies only under a condition', () => {
	const cond = {
		properties: {
			[hygiene.code]: {
				properties: { venue: { properties: { area: { minimum: 100 } }, required: ['area'] } },
				required: ['venue']
			}
		},
		required: [hygiene.code]
	};
	const doc = restaurant();
	doc.members[2].condition = cond;
	const { bundle, conflicts } = compileOneThing(doc, members);

	it('is decided only when its condition holds', () => {
		expect(conflicts).toEqual([]);
		const merged = mergeSubmissions(bundle!, memberSamples());
		const d = decideOneThing(bundle!, merged, { date: '2026-03-02' });
		expect(d.members[2].applies).toBe(true);
		((merged.form[hygiene.code] as Obj).venue as Obj).area = 50;
		const small = decideOneThing(bundle!, merged, { date: '2026-03-02', locale: 'en' });
		expect(small.members[2]).toMatchObject({ applies: false });
		expect(small.members[2].decision).toBeUndefined();
		expect(small.reasons.join(' ')).toMatch(/not part of this application/);
	});
});
