// The starter one-things in templates/onething must name member items shipped beside them, compile
// against those items without conflicts into one form where shared details are entered once and
// shared documents handed in once, carry a real joint guide (一窗受理 → 并联审批 → 统一出件, a joint
// time limit no longer than the slowest member, one window), and decide a realistic application
// with one verdict that equals the members' verdicts on their slices.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorsFor } from '../../src/lib/domain/acceptance/validators';
import { compileItem } from '../../src/lib/domain/compile';
import type { Bundle, Submission } from '../../src/lib/domain/compile/types';
import type { Item } from '../../src/lib/domain/item/types';
import {
	compileOneThing,
	decideOneThing,
	mergeSubmissions,
	sliceForm,
	type OneThing,
	type OneThingBundle
} from '../../src/lib/domain/onething';
import { guideModel, memberData, toMergedPointer } from '../../src/lib/portal/onething/view';
import { SAMPLES, fileRef } from '../fixtures/template-samples';

const dir = join(process.cwd(), 'templates');
const items = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({
		slug: f.slice(0, -'.json'.length),
		item: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Item
	}));
const itemByCode = new Map(items.map((t) => [t.item.code, t]));
const oneThings = readdirSync(join(dir, 'onething'))
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((file) => ({
		file,
		doc: JSON.parse(readFileSync(join(dir, 'onething', file), 'utf8')) as OneThing
	}));

const DATE = '2026-03-02';

function compiled(doc: OneThing) {
	const members = doc.members.map((m) => ({
		version: 1,
		bundle: compileItem(itemByCode.get(m.code)!.item)
	}));
	return compileOneThing(doc, members);
}

/** Each member's realistic sample with every document it needs (not those fetched by sharing). */
function sampleSubmission(bundle: OneThingBundle): Submission {
	const perMember: Record<string, Submission> = {};
	for (const member of bundle.members) {
		const b: Bundle = member.bundle;
		const form = structuredClone(SAMPLES[itemByCode.get(member.code)!.slug]);
		const { conditions } = validatorsFor(b);
		const materials: Submission['materials'] = {};
		b.materials.forEach((m, i) => {
			if (m.sharedExempt) return;
			if (m.condition && conditions.get(i)?.({ form, materials: {} }) !== true) return;
			materials[m.id] = fileRef(m.id);
		});
		perMember[member.code] = { form, materials, commitment: false };
	}
	return mergeSubmissions(bundle, perMember);
}

describe('one-thing templates', () => {
	it('ship 开办餐饮店 and 新生儿出生一件事', () => {
		expect(oneThings.map((o) => o.doc.theme.name).sort()).toEqual(['开办餐饮店', '新生儿出生']);
	});

	describe.each(oneThings)('$file', ({ file, doc }) => {
		it('names member items shipped in templates/, each once', () => {
			expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
			expect(doc.documentType).toBe('onething');
			const codes = doc.members.map((m) => m.code);
			expect(new Set(codes).size).toBe(codes.length);
			expect(codes.length).toBeGreaterThanOrEqual(3);
			for (const code of codes) expect(itemByCode.has(code), code).toBe(true);
		});

		it('is led by the department of one of its members', () => {
			const departments = doc.members.map((m) => itemByCode.get(m.code)!.item.department);
			expect(departments).toContainEqual(doc.leadDepartment);
		});

		it('has a joint guide: one window, 一窗受理 → 并联审批 → 统一出件, a joint limit within the slowest member', () => {
			expect(doc.guide.process.map((s) => s.name)).toEqual(['一窗受理', '并联审批', '统一出件']);
			expect(doc.guide.window.name).toContain('综合受理窗口');
			expect(doc.guide.consult.phones.length).toBeGreaterThan(0);
			const slowest = Math.max(
				...doc.members.map((m) => itemByCode.get(m.code)!.item.guide.promisedTimeLimit.value)
			);
			expect(doc.guide.jointTimeLimit.unit).toBe('workday');
			expect(doc.guide.jointTimeLimit.value).toBeLessThanOrEqual(slowest);
		});

		it('compiles without conflicts into one form with shared details entered once', () => {
			const r = compiled(doc);
			expect(r.conflicts).toEqual([]);
			expect(r.bundle).not.toBeNull();
			// the details several members ask for (applicant, mobile, address…) are one field
			expect(r.mappings.length).toBeGreaterThanOrEqual(5);
			for (const m of r.mappings) expect(m.fields.length, m.key).toBeGreaterThanOrEqual(2);
			expect(r.mappings.map((m) => m.key)).toContain('mobile');
		});

		it('decides the members’ realistic samples with one verdict: accepted by every member', () => {
			const bundle = compiled(doc).bundle!;
			const submission = sampleSubmission(bundle);
			const d = decideOneThing(bundle, submission, { date: DATE });
			expect(d.members.map((m) => [m.code, m.decision?.decision])).toEqual(
				bundle.members.map((m) => [m.code, 'accept'])
			);
			expect(d.decision).toBe('accept');
			expect(d.missing).toEqual([]);
			// what each department receives is its own form: the member's validator accepts it
			for (const member of bundle.members) {
				const own = memberData(member, { ...submission.form, materials: submission.materials });
				const { application } = validatorsFor(member.bundle);
				expect(application(own), member.name).toBe(true);
			}
		});

		it('lists each shared document once in the guide, naming every member that needs it', () => {
			const model = guideModel(compiled(doc).bundle!);
			const once = model.materials.filter((m) => m.once);
			expect(once.length).toBeGreaterThan(0);
			for (const m of once) expect(m.members.length, m.name).toBeGreaterThanOrEqual(2);
			expect(model.members.map((m) => m.code)).toEqual(doc.members.map((m) => m.code));
			expect(model.sharedFields).toBeGreaterThanOrEqual(5);
		});
	});

	it('开办餐饮店: tolerable documents left out with the commitment signed give one deadline, the earliest', () => {
		const { doc } = oneThings.find((o) => o.doc.theme.name === '开办餐饮店')!;
		const bundle = compiled(doc).bundle!;
		const submission = sampleSubmission(bundle);
		const food = bundle.members.find((m) => m.name.startsWith('食品经营许可'))!;
		const hygiene = bundle.members.find((m) => m.name === '公共场所卫生许可')!;
		const slot = (member: typeof food, id: string) =>
			member.slice.materials.find((x) => x.from === id)!.to;
		const left = [slot(food, 'equipment-list'), slot(hygiene, 'hygiene-test-report')];
		for (const id of left) delete submission.materials[id];

		const unsigned = decideOneThing(bundle, submission, { date: DATE });
		expect(unsigned.decision).toBe('supplement');
		expect(unsigned.missing.map((m) => m.id).sort()).toEqual([...left].sort());

		const signed = decideOneThing(bundle, { ...submission, commitment: true }, { date: DATE });
		expect(signed.decision).toBe('accept-with-tolerance');
		const deadlines = signed.members
			.map((m) => m.decision?.supplementDeadline)
			.filter((x): x is string => !!x);
		expect(deadlines.length).toBe(2);
		expect(signed.supplementDeadline).toBe([...deadlines].sort()[0]);
		// the registration itself has nothing to tolerate
		expect(signed.members[0].decision?.decision).toBe('accept');
	});

	it('新生儿出生: the child is named once for all four departments, documents of two members handed in once', () => {
		const { doc } = oneThings.find((o) => o.doc.theme.name === '新生儿出生')!;
		const r = compiled(doc);
		const child = r.mappings.find((m) => m.key === 'child-name')!;
		expect(child.fields.map((f) => f.member).sort()).toEqual(doc.members.map((m) => m.code).sort());
		const model = guideModel(r.bundle!);
		const birth = model.materials.find((m) => m.id === 'birth-certificate')!;
		expect(birth.once).toBe(true);
		expect(birth.members).toEqual(['出生登记（户口）', '城乡居民基本医疗保险参保登记（新生儿）']);
		// a member's message about the child's name lands on the one shared field
		const ssc = r.bundle!.members.find((m) => m.name === '社会保障卡申领')!;
		expect(toMergedPointer(ssc, '/applicant/name')).toBe(`/shared/${child.property}`);
		expect(toMergedPointer(ssc, '/card/bank')).toBe(`/${ssc.code}/card/bank`);
		expect(sliceForm(ssc, { shared: { [child.property]: '李安然' } })).toMatchObject({
			applicant: { name: '李安然' }
		});
	});
});
