import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sampleItem } from '../../../../tests/fixtures/sample-item';
import type { Item, JsonSchema } from '../item/types';
import { compileItem } from './compile';
import { CompileError } from './errors';
import { bundleHash, serializeBundle } from './serialize';
import { generousPolicy } from '../../../../tests/fixtures/applications';

/** Deep copy with every object's keys reversed, except the order of `properties` maps in schemas. */
function shuffled(value: unknown, keepOrder = false): unknown {
	if (Array.isArray(value)) return value.map((v) => shuffled(v));
	if (value && typeof value === 'object') {
		const keys = Object.keys(value);
		const order = keepOrder ? keys : [...keys].reverse();
		const out: Record<string, unknown> = {};
		for (const k of order) {
			out[k] = shuffled((value as Record<string, unknown>)[k], k === 'properties');
		}
		return out;
	}
	return value;
}

describe('compileItem determinism', () => {
	it('gives byte-identical output for the same item', () => {
		const a = compileItem(sampleItem());
		const b = compileItem(sampleItem());
		expect(serializeBundle(a)).toBe(serializeBundle(b));
		expect(a.hash).toBe(b.hash);
	});

	it('gives the same bytes for a key-shuffled item with the same field order', () => {
		const item = sampleItem();
		const mixed = shuffled(item) as Item;
		expect(Object.keys(mixed)[0]).not.toBe(Object.keys(item)[0]);
		expect(serializeBundle(compileItem(mixed))).toBe(serializeBundle(compileItem(item)));
	});

	it('keeps the authored field order, materials last', () => {
		const item = sampleItem();
		const props = item.form.schema.properties as Record<string, unknown>;
		item.form.schema.properties = {
			shareholders: props.shareholders,
			business: props.business,
			applicant: props.applicant
		};
		const bundle = compileItem(item);
		expect(Object.keys(bundle.applicationSchema.properties as object)).toEqual([
			'shareholders',
			'business',
			'applicant',
			'materials'
		]);
	});
});

describe('bundle hash', () => {
	it('is the sha256 of the served bytes without the hash', () => {
		const bundle = compileItem(sampleItem());
		const { hash, ...rest } = bundle;
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(hash).toBe(bytesToHex(sha256(utf8ToBytes(serializeBundle(rest)))));
		expect(bundleHash(bundle)).toBe(hash);
		// a bundle read back from its bytes hashes the same (key order survives JSON.parse)
		expect(bundleHash(JSON.parse(serializeBundle(bundle)))).toBe(hash);
	});

	const changes: [string, (item: Item) => void][] = [
		['the name', (i) => (i.name = '食品经营许可（变更）')],
		['a material size limit', (i) => (i.materials[0].maxSize += 1)],
		[
			'a field title',
			(i) => (((i.form.schema.properties as JsonSchema).business as JsonSchema).title = '经营')
		],
		[
			'a ui hint',
			(i) => (i.form.uiSchema.applicant = { applicantType: { 'ui:widget': 'select' } })
		],
		['the supplement days', (i) => (i.tolerance.supplementDays = 10)],
		['a guide phone', (i) => (i.guide.consult.phones = ['0755-87654321'])]
	];
	for (const [what, change] of changes) {
		it(`changes when ${what} changes`, () => {
			const before = compileItem(sampleItem()).hash;
			const item = sampleItem();
			change(item);
			expect(compileItem(item).hash).not.toBe(before);
		});
	}

	it('changes when the deployment policy changes what is in force', () => {
		const item = sampleItem();
		item.riskClass = 'encouraged';
		item.tolerance.maxMissing = 3;
		item.materials[4].necessity = 'tolerable';
		const narrow = compileItem(item, { policy: generousPolicy(1) });
		const wide = compileItem(item, { policy: generousPolicy(5) });
		expect(narrow.tolerance.maxMissing).toBe(1);
		expect(wide.tolerance.maxMissing).toBe(2);
		expect(narrow.hash).not.toBe(wide.hash);
	});
});

describe('refusal', () => {
	it('throws CompileError with pointers for an invalid item', () => {
		const item = sampleItem() as unknown as Record<string, unknown>;
		delete item.name;
		try {
			compileItem(item as unknown as Item);
			expect.unreachable('compile must refuse');
		} catch (err) {
			expect(err).toBeInstanceOf(CompileError);
			const problems = (err as CompileError).problems;
			expect(problems.length).toBeGreaterThan(0);
			expect(problems.some((p) => p.pointer === '/name' || p.message.includes('name'))).toBe(true);
		}
	});

	it('refuses a form field named like the materials slot', () => {
		const item = sampleItem();
		(item.form.schema.properties as JsonSchema).materials = { type: 'string', title: '材料' };
		expect(() => compileItem(item)).toThrow(CompileError);
	});
});

describe('display data', () => {
	it('trims the guide and drops empty optional lists', () => {
		const item = sampleItem();
		item.guide.conditions = ['  具有经营场所  '];
		item.guide.faq = [];
		const bundle = compileItem(item);
		expect(bundle.guide.conditions).toEqual(['具有经营场所']);
		expect('faq' in bundle.guide).toBe(false);
		expect(bundle.guide.process.map((s) => s.name)).toEqual(item.guide.process.map((s) => s.name));
	});

	it('publishes shared-data-exempt materials marked so portals can show 免提交', () => {
		const bundle = compileItem(sampleItem());
		const exempt = bundle.materials.find((m) => m.id === 'identity');
		expect(exempt?.sharedExempt).toBe(true);
		expect(bundle.materials.map((m) => m.id)).toEqual(sampleItem().materials.map((m) => m.id));
	});

	it('puts the tolerance in force: clamped by policy, off for control class and 即办件', () => {
		const item = sampleItem();
		item.tolerance.maxMissing = 3;
		item.materials[4].necessity = 'tolerable';
		const cautious = compileItem(item);
		expect(cautious.tolerance).toMatchObject({ allowed: true, maxMissing: 1 });
		expect(cautious.tolerance.tolerableIds).toEqual(['premises-layout', 'safety-rules']);

		const control = compileItem({ ...sampleItem(), riskClass: 'control' });
		expect(control.tolerance.allowed).toBe(false);
		expect(control.acceptance.tolerant).toBe(false);

		const immediate = compileItem({ ...sampleItem(), caseType: 'immediate' });
		expect(immediate.tolerance.allowed).toBe(false);
		expect(immediate.acceptance.tolerant).toBe(false);
		const tolerating = compileItem(
			{ ...sampleItem(), caseType: 'immediate' },
			{ policy: { ...generousPolicy(), immediateCasesTolerate: true } }
		);
		expect(tolerating.tolerance.allowed).toBe(true);
	});
});
