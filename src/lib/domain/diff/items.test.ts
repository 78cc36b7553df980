import { describe, expect, it } from 'vitest';
import tpl from '../../../../templates/wild-plant-collection.json';
import foodTpl from '../../../../templates/food-business-licence.json';
import { compileItem } from '../compile';
import type { Item, JsonSchema, Material } from '../item/types';
import { DiffError, diffItems, diffToMarkdown, type Change, type DiffReport } from './index';

const base = () => structuredClone(tpl) as unknown as Item;
const all = (r: DiffReport): Change[] => Object.values(r.groups).flat();
const formProps = (item: Item) => item.form.schema.properties as Record<string, JsonSchema>;
const applicantProps = (item: Item) =>
	(formProps(item).applicant as { properties: Record<string, JsonSchema> }).properties;
const material = (item: Item, id: string) => item.materials.find((m) => m.id === id) as Material;

describe('diffItems on controlled edits of a template item', () => {
	it('reports nothing for an unchanged item', () => {
		const r = diffItems(base(), base());
		expect(all(r)).toEqual([]);
		expect(r.summary).toMatchObject({ total: 0, verdict: 'none', bump: 'none' });
	});

	it('finds nothing between each template and an untouched copy of it', () => {
		const templates = import.meta.glob('../../../../templates/*.json', {
			eager: true,
			import: 'default'
		});
		expect(Object.keys(templates).length).toBeGreaterThan(1);
		for (const doc of Object.values(templates)) {
			const item = doc as Item;
			expect(diffItems(item, structuredClone(item)).summary.total).toBe(0);
		}
	});

	it('a moved process step is one move', () => {
		const b = base();
		const [step] = b.guide.process.splice(2, 1);
		b.guide.process.push(step);
		const r = diffItems(base(), b);
		expect(all(r).map((c) => [c.kind, c.sentence])).toEqual([
			['moved', `办理环节「${step.name}」由第 3 步移至第 ${b.guide.process.length} 步`]
		]);
	});

	it('a shorter promised time limit is one looser guide change', () => {
		const a = base();
		a.guide.promisedTimeLimit = { value: 20, unit: 'workday' };
		const b = base();
		b.guide.promisedTimeLimit = { value: 10, unit: 'workday' };
		const r = diffItems(a, b);
		expect(all(r)).toHaveLength(1);
		expect(r.groups.guide[0]).toMatchObject({
			kind: 'changed',
			sentence: '承诺办结时限由 20 个工作日缩短为 10 个工作日（对申请人有利：办得更快）',
			applicant: 'looser',
			pointers: { old: '/guide/promisedTimeLimit', new: '/guide/promisedTimeLimit' },
			before: { value: 20, unit: 'workday' },
			after: { value: 10, unit: 'workday' }
		});
		expect(r.summary).toMatchObject({ looser: 1, stricter: 0, verdict: 'none', bump: 'patch' });
		expect(diffItems(b, a).groups.guide[0]).toMatchObject({
			sentence: '承诺办结时限由 10 个工作日延长为 20 个工作日（对申请人不利：办得更慢）',
			applicant: 'stricter'
		});
	});

	it('a new required material is stricter for applicants and narrows acceptance: major', () => {
		const a = base();
		const b = base();
		b.materials.push({ ...material(b, 'collection-plan'), id: 'floor-plan', name: '场所平面图' });
		const r = diffItems(a, b);
		expect(r.groups.materials).toHaveLength(1);
		expect(r.groups.materials[0]).toMatchObject({
			kind: 'added',
			sentence: '新增必要材料《场所平面图》',
			applicant: 'stricter',
			pointers: { new: `/materials/${b.materials.length - 1}` }
		});
		// materials are optional upload slots in the closed application schema: a new slot keeps old
		// submissions valid there, but a submission complete before now lacks the new material, so
		// the acceptance schemas narrow: what was accepted now gets supplement
		expect(r.compat.changes).toMatchObject([
			{ code: 'field-added', pointer: '/properties/materials/properties/floor-plan' },
			{ keyword: 'acceptance', field: 'materials.floor-plan', backward: false, forward: true }
		]);
		expect(r.compat.verdict).toBe('breaking');
		expect(r.groups.materials[0].compat).toMatchObject({ backward: false, forward: false });
		expect(r.summary.bump).toBe('major');
		expect(r.compat.promiseKept).toBe(false);
	});

	it('names the tolerance default in words, never "由 5 改为 默认 个工作日"', () => {
		const food = () => structuredClone(foodTpl) as unknown as Item;
		const b = food();
		delete b.materials.find((m) => m.id === 'layout-plan')!.supplementDays;
		const r = diffItems(food(), b);
		expect(r.groups.materials.map((c) => c.sentence)).toEqual([
			'材料《经营场所平面布局图及操作流程说明》的补交期限由 5 个工作日改为容缺受理的默认期限'
		]);
	});

	it('covers the acceptance rules: tolerable, required, maxMissing', () => {
		const tolerableId = (i: ReturnType<typeof base>) =>
			i.materials.find((m) => m.necessity === 'tolerable')!.id;
		// a material made tolerable: acceptance widens (minor), the same submissions still pass
		const a = base();
		const looser = base();
		const req = looser.materials.find((m) => m.necessity === 'required' && !m.essential);
		if (req) {
			req.necessity = 'tolerable';
			const r = diffItems(a, looser);
			expect(r.compat.changes.filter((c) => c.keyword === 'acceptance')).toMatchObject([
				{ field: `materials.${req.id}`, backward: true, forward: false }
			]);
			expect(r.summary.verdict).not.toBe('none');
			expect(r.summary.bump).toBe('minor');
		}
		// a tolerable material made required: what was accepted with tolerance now needs supplementing
		const stricter = base();
		const id = tolerableId(stricter);
		stricter.materials.find((m) => m.id === id)!.necessity = 'required';
		const r2 = diffItems(a, stricter);
		// its only tolerable material: tolerance no longer applies at all
		expect(r2.compat.changes.filter((c) => c.keyword === 'acceptance')).toMatchObject([
			{ field: 'tolerance', backward: false, forward: true }
		]);
		expect(r2.summary.bump).toBe('major');
		expect(r2.compat.promiseKept).toBe(false);
		expect(r2.summary.headline).toContain('违反');
		expect(r2.groups.materials[0].breaksPromise).toBeUndefined();

		// food business licence: three tolerable materials, at most 3 missing
		const food = () => structuredClone(foodTpl) as unknown as Item;
		const fewer = food();
		fewer.tolerance.maxMissing = 1;
		const r3 = diffItems(food(), fewer);
		expect(r3.compat.changes).toMatchObject([
			{ keyword: 'acceptance', field: 'tolerance.maxMissing', backward: false, before: 3, after: 1 }
		]);
		expect(r3.summary).toMatchObject({ verdict: 'forward', bump: 'major' });
		expect(r3.groups.tolerance[0]).toMatchObject({
			code: 'tolerance.maxMissing',
			breaksPromise: true
		});
		const oneLess = food();
		oneLess.materials.find((m) => m.id === 'layout-plan')!.necessity = 'required';
		expect(
			diffItems(food(), oneLess).compat.changes.filter((c) => c.keyword === 'acceptance')
		).toMatchObject([
			{ field: 'materials.layout-plan', backward: false, forward: true },
			// two tolerable materials left: at most 2 may be missing now
			{ field: 'tolerance.maxMissing', before: 3, after: 2 }
		]);
	});

	it('checks the promise against every earlier published version when given', () => {
		const v1 = base();
		formProps(v1).legacy = { type: 'string', title: '旧字段' };
		const v2 = base();
		const v3 = base();
		formProps(v3).remark = { type: 'string', title: '备注' };
		expect(diffItems(v2, v3).compat.promiseKept).toBe(true);
		const older = [compileItem(v1).applicationSchema];
		// v1 submissions may carry "legacy", which v3 (closed) rejects
		expect(diffItems(v2, v3, { previousSchemas: older }).compat.promiseKept).toBe(false);
	});

	it('says when a field becomes required only in some cases', () => {
		const b = base();
		const applicant = formProps(b).applicant as { allOf: { then: { required: string[] } }[] };
		applicant.allOf[0].then.required.push('postcode');
		const r = diffItems(base(), b);
		expect(r.groups.form.map((c) => c.sentence)).toEqual(['字段「邮政编码」在特定情形下改为必填']);
		expect(r.groups.form[0].applicant).toBe('stricter');
	});

	it('a material made tolerable is looser', () => {
		const b = base();
		const m = material(b, 'scenic-area-consent');
		m.necessity = 'tolerable';
		const r = diffItems(base(), b);
		expect(r.groups.materials).toMatchObject([
			{
				kind: 'changed',
				sentence: `材料《${m.name}》由必要改为容缺`,
				applicant: 'looser'
			}
		]);
	});

	it('a moved material is one move, not a removal and an addition', () => {
		const b = base();
		const [plan] = b.materials.splice(3, 1);
		b.materials.unshift(plan);
		const r = diffItems(base(), b);
		expect(all(r)).toEqual([
			expect.objectContaining({
				kind: 'moved',
				sentence: `材料《${plan.name}》由第 4 项移至第 1 项`,
				pointers: { old: '/materials/3', new: '/materials/0' }
			})
		]);
	});

	it('matches a material whose id changed by its name', () => {
		const b = base();
		material(b, 'collection-plan').id = 'plan';
		const r = diffItems(base(), b);
		expect(r.groups.materials.map((c) => c.kind)).toEqual(['changed']);
		expect(r.groups.materials[0].sentence).toContain('collection-plan');
	});

	it('a removed material condition makes the material always needed: stricter', () => {
		const b = base();
		delete material(b, 'scenic-area-consent').condition;
		const r = diffItems(base(), b);
		expect(r.groups.materials).toMatchObject([
			{ code: 'material.condition', kind: 'changed', applicant: 'stricter' }
		]);
		// the upload slot was forbidden when the condition did not hold; now it is always allowed
		// (backward for the application schema), but the material is now always needed: acceptance
		// narrows, so the whole is breaking
		expect(r.compat.changes.filter((c) => c.keyword === 'acceptance')).toMatchObject([
			{ field: 'materials.scenic-area-consent', backward: false, forward: true }
		]);
		expect(r.compat.verdict).toBe('breaking');
	});

	it('a renamed field inside a section is a removal plus an addition, breaking, and breaks the promise', () => {
		// every object level is closed (unevaluatedProperties: false), sections included
		const b = base();
		const props = applicantProps(b);
		props.zip = props.postcode;
		delete props.postcode;
		const r = diffItems(base(), b);
		expect(r.groups.form.map((c) => [c.kind, c.sentence])).toEqual([
			['removed', '删除字段「邮政编码」'],
			['added', '新增选填字段「邮政编码」']
		]);
		// old data carrying the old key is now refused (not backward); new data with the new key
		// would have been refused before (not forward)
		expect(r.groups.form[0].compat).toMatchObject({ backward: false, forward: true });
		expect(r.groups.form[1].compat).toMatchObject({ backward: true, forward: false });
		expect(r.groups.form.map((c) => c.breaksPromise ?? false)).toEqual([true, false]);
		expect(r.summary).toMatchObject({ verdict: 'breaking', bump: 'major' });
		expect(r.compat).toMatchObject({ promise: 'backward', promiseKept: false });
	});

	it('an optional field added inside a section is backward compatible: minor', () => {
		const b = base();
		applicantProps(b).email = { type: 'string', title: '电子邮箱', maxLength: 100 };
		const r = diffItems(base(), b);
		expect(r.groups.form).toMatchObject([
			{ kind: 'added', compat: { backward: true, forward: false, verdict: 'backward' } }
		]);
		expect(r.summary).toMatchObject({ verdict: 'backward', bump: 'minor' });
		expect(r.compat.promiseKept).toBe(true);
	});

	it('a renamed top-level field breaks both ways in the closed application schema', () => {
		const a = base();
		formProps(a).remark = { type: 'string', title: '备注', maxLength: 200 };
		const b = structuredClone(a);
		const props = formProps(b);
		props.remarkText = props.remark;
		delete props.remark;
		const r = diffItems(a, b);
		expect(r.groups.form.map((c) => [c.kind, c.compat?.verdict])).toEqual([
			['removed', 'forward'],
			['added', 'backward']
		]);
		expect(r.summary.verdict).toBe('breaking');
	});

	it('an optional field added to the closed application schema is backward compatible', () => {
		const b = base();
		formProps(b).remark = { type: 'string', title: '备注', maxLength: 200 };
		const r = diffItems(base(), b);
		expect(r.groups.form).toMatchObject([
			{
				kind: 'added',
				sentence: '新增选填字段「备注」',
				applicant: 'neutral',
				pointers: { new: '/form/schema/properties/remark' },
				compat: { backward: true, forward: false, verdict: 'backward' }
			}
		]);
		expect(r.summary).toMatchObject({ verdict: 'backward', bump: 'minor' });
	});

	it('a new required field is stricter and not backward compatible', () => {
		const b = base();
		formProps(b).orgCode = { type: 'string', title: '统一社会信用代码', format: 'cn-uscc' };
		(b.form.schema.required as string[]).push('orgCode');
		const r = diffItems(base(), b);
		expect(r.groups.form).toMatchObject([
			{ kind: 'added', sentence: '新增必填字段「统一社会信用代码」', applicant: 'stricter' }
		]);
		expect(r.groups.form[0].compat?.backward).toBe(false);
		expect(r.summary.verdict).toBe('breaking');
	});

	it('a tightened field is one change naming the field, with the rule', () => {
		const b = base();
		applicantProps(b).name.maxLength = 50;
		applicantProps(b).name.title = '申请人名称';
		const r = diffItems(base(), b);
		expect(r.groups.form).toHaveLength(1);
		expect(r.groups.form[0].sentence).toMatch(
			/^字段「申请人名称（姓名）」更名为「申请人名称」，校验规则变更：/
		);
		expect(r.groups.form[0]).toMatchObject({
			applicant: 'stricter',
			compat: { verdict: 'forward' }
		});
	});

	it('a relabelled option is named in the field sentence, not taken for a renamed field', () => {
		const b = base();
		const type = applicantProps(b).type as { oneOf: { const: string; title: string }[] };
		type.oneOf[1].title = '法人或其他组织';
		const r = diffItems(base(), b);
		expect(r.groups.form.map((c) => c.sentence)).toEqual([
			'字段「申请人类型」说明信息变更：选项 "company" 的名称由「单位」改为「法人或其他组织」'
		]);
		expect(r.summary.bump).toBe('patch');
	});

	it('long guide text gets a character-level diff', () => {
		const b = base();
		b.guide.conditions[1] = b.guide.conditions[1].replace('属于', '应当属于');
		const r = diffItems(base(), b);
		expect(r.groups.guide).toHaveLength(1);
		const c = r.groups.guide[0];
		expect(c.sentence).toMatch(/^受理条件第 2 项修改为/);
		expect(c.textDiff?.filter((p) => p.added).map((p) => p.value)).toEqual(['应当']);
		expect(
			c.textDiff
				?.filter((p) => !p.added)
				.map((p) => p.value)
				.join('')
		).toBe(base().guide.conditions[1]);
	});

	it('judges fees, visits, conditions and tolerance for the applicant', () => {
		const b = base();
		b.guide.fees = {
			free: false,
			items: [{ name: '工本费', amount: 10, basis: '示范市物价文件' }]
		};
		b.guide.visits = 1;
		b.guide.conditions.push('申请人无相关违法记录。');
		b.tolerance.maxMissing = 2;
		const r = diffItems(base(), b);
		const by = (code: string) => all(r).find((c) => c.code === code);
		expect(by('guide.fees.free')).toMatchObject({
			sentence: '由不收费改为收费',
			applicant: 'stricter'
		});
		expect(by('guide.fees.items')).toMatchObject({ kind: 'added', applicant: 'stricter' });
		expect(by('guide.visits')).toMatchObject({
			sentence: '到现场次数由 0 次增加为 1 次',
			applicant: 'stricter'
		});
		expect(by('guide.conditions')).toMatchObject({ kind: 'added', applicant: 'stricter' });
		expect(by('tolerance.maxMissing')).toMatchObject({ applicant: 'looser' });
		expect(r.summary).toMatchObject({ stricter: 4, looser: 1 });
	});

	it('diffs published bundles like items', () => {
		const a = base();
		const b = base();
		b.guide.promisedTimeLimit = { value: 8, unit: 'workday' };
		formProps(b).remark = { type: 'string', title: '备注' };
		const r = diffItems(compileItem(a), compileItem(b));
		expect(r.groups.guide.map((c) => c.sentence)).toEqual([
			'承诺办结时限由 10 个工作日缩短为 8 个工作日（对申请人有利：办得更快）'
		]);
		expect(r.groups.form).toMatchObject([
			{ kind: 'added', pointers: { new: '/applicationSchema/properties/remark' } }
		]);
		expect(r.summary.verdict).toBe('backward');
	});

	it('writes English sentences on request', () => {
		const b = base();
		b.guide.promisedTimeLimit = { value: 5, unit: 'workday' };
		const r = diffItems(base(), b, { locale: 'en' });
		expect(r.groups.guide[0].sentence).toBe(
			'Promised time limit shortened from 10 working days to 5 working days (better for applicants: done sooner)'
		);
	});
});

describe('diffItems input errors', () => {
	it('still diffs an incomplete draft, and says the portal verdict is unchecked', () => {
		const draft = base() as unknown as {
			guide: Record<string, unknown>;
			materials: Record<string, unknown>[];
		};
		delete draft.guide.fees;
		delete draft.materials[0].name;
		const r = diffItems(base(), draft as unknown as Item);
		expect(r.warnings).toHaveLength(1);
		expect(r.warnings[0]).toMatch(/新版事项未通过编译校验/);
		expect(r.groups.materials.map((c) => c.code)).toEqual(['material.name']);
		expect(r.compat.verdict).toBe('none');
	});

	it('refuses two different items unless asked to compare them', () => {
		const b = base();
		b.code = '11440300MB2C92051K3000172006000';
		expect(() => diffItems(base(), b)).toThrow(DiffError);
		expect(() => diffItems(base(), b)).toThrow(/不能比较两个不同的事项/);
		const r = diffItems(base(), b, { allowDifferentItems: true });
		expect(r.groups.identity.map((c) => c.code)).toEqual(['identity.code']);
	});

	it('refuses something that is not an item', () => {
		for (const junk of [null, 42, {}, { code: 'x' }, []]) {
			let err: unknown;
			try {
				diffItems(junk as unknown as Item, base());
			} catch (e) {
				err = e;
			}
			expect(err).toBeInstanceOf(DiffError);
			expect((err as DiffError).code).toBe('not-an-item');
			expect((err as Error).message).toMatch(/旧版输入不是事项定义/);
		}
	});
});

describe('diffToMarkdown', () => {
	it('lists every sentence under its group with the verdict', () => {
		const b = base();
		b.guide.promisedTimeLimit = { value: 5, unit: 'workday' };
		material(b, 'scenic-area-consent').necessity = 'tolerable';
		formProps(b).remark = { type: 'string', title: '备注' };
		const r = diffItems(base(), b);
		const md = diffToMarkdown(r, 'zh-CN');
		for (const c of all(r)) expect(md).toContain(c.sentence);
		expect(md).toContain('## 办事指南（1）');
		expect(md).toContain('## 申请材料（1）');
		expect(md).toContain('## 门户兼容性');
		expect(md).toContain('向后兼容');
		const en = diffToMarkdown(diffItems(base(), b, { locale: 'en' }), 'en');
		expect(en).toContain('## Service guide (1)');
	});
});
