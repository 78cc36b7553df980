// The starter templates in templates/ must be valid item documents that compile, are free of
// blocking lint findings and, together, exercise the main variations of the item model.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { validateItem } from '../../src/lib/domain/item/validate';
import { compileItem, isAsked } from '../../src/lib/domain/compile';
import { decide } from '../../src/lib/domain/acceptance';
import { lintItem } from '../../src/lib/domain/lint';
import { listFormFields } from '../../src/lib/domain/item/fields';
import { DEFAULT_POLICY } from '../../src/lib/domain/item/policy';
import type { Item } from '../../src/lib/domain/item/types';

const fileRef = (name: string) => ({
	name: `${name}.pdf`,
	mediaType: 'application/pdf',
	size: 204800,
	sha256: 'a'.repeat(64)
});

/** A realistic filled-in application per template: what a window clerk would type in. */
const SAMPLES: Record<string, Record<string, unknown>> = {
	'construction-permit': {
		builder: {
			name: '示范市城市建设投资有限公司',
			creditCode: '91410100732461056H',
			legalRepresentative: '王建国',
			projectManager: '李明',
			managerIdNumber: '410105198506123017',
			mobile: '13803710001',
			region: '410105',
			address: '示范市金水区经三路18号',
			postcode: '450000'
		},
		project: {
			name: '示范市第二中学教学综合楼',
			region: '410105',
			address: '示范市金水区文化路66号',
			category: '房屋建筑工程',
			structure: '框架',
			contractPrice: 4860.5,
			floorArea: 18600,
			landCertificateNo: '豫（2025）示范市不动产权第0012345号',
			planningPermitNo: '建字第410105202500088号',
			plannedStart: '2026-03-01',
			plannedFinish: '2027-08-31',
			needsDemolition: false
		},
		participants: [
			{
				role: '施工总承包单位',
				name: '示范建工集团有限公司',
				creditCode: '91410100MA45P2L632',
				leader: '赵强',
				leaderIdNumber: '410102196001151014',
				registrationNo: '豫1412006200812345'
			}
		],
		hasAgent: false
	},
	'food-business-licence': {
		applicant: {
			name: '示范市金水区张记面馆',
			creditCode: '91410105MA9GK3T858',
			legalRepresentative: '张伟',
			idNumber: '410105198506123017',
			mobile: '13803710002',
			region: '410105',
			address: '示范市金水区农业路23号',
			postcode: '450000'
		},
		business: {
			operatorType: '餐饮服务经营者',
			premisesRegion: '410105',
			premises: '示范市金水区农业路23号一层',
			area: 86.5,
			items: ['热食类食品制售', '冷食类食品制售'],
			onlineSales: true,
			centralKitchen: false
		},
		safetyManagers: [{ name: '张伟', idNumber: '410105198506123017', mobile: '13803710002' }],
		hasAgent: false
	},
	'individual-business-registration': {
		operator: {
			name: '刘芳',
			idNumber: '410105198709234024',
			gender: '女',
			mobile: '13803710003',
			region: '410105',
			address: '示范市金水区花园路8号院3号楼2单元501',
			postcode: '450000'
		},
		business: {
			tradeName: '示范市金水区芳芳花店',
			organisationForm: 'family',
			scope: '花卉零售；礼品花卉销售',
			premisesRegion: '410105',
			premises: '示范市金水区花园路12号一层东侧商铺',
			capital: 5,
			employees: 2,
			priorApproval: false,
			familyMembers: [{ name: '陈刚', idNumber: '410103197804021054', relation: '配偶' }]
		},
		hasAgent: false
	},
	'minimum-living-allowance': {
		applicant: {
			name: '马秀英',
			idNumber: '410102196211202027',
			gender: '女',
			mobile: '13803710004',
			hukouType: 'urban',
			region: '410102',
			address: '示范市中原区建设路100号院6号楼1单元102',
			postcode: '450000'
		},
		household: {
			members: [
				{
					name: '马秀英',
					idNumber: '410102196211202027',
					relation: '本人',
					employment: '丧失劳动能力',
					monthlyIncome: 0,
					health: '重病'
				},
				{
					name: '周天宇',
					idNumber: '410105201007053039',
					relation: '孙子女、外孙子女',
					employment: '在校学生',
					monthlyIncome: 0,
					health: '健康'
				}
			],
			hasDisabledOrSeriouslyIll: true,
			housing: '自有住房一套',
			vehicles: 0,
			deposits: 3200,
			reason: '本人患尿毒症需长期透析，无劳动能力，独自抚养孙子，家庭无稳定收入来源。'
		},
		payment: {
			bank: '中国邮政储蓄银行',
			accountName: '马秀英',
			accountNumber: '6217994910012345678'
		},
		hasAgent: false
	},
	'public-place-hygiene-licence': {
		applicant: {
			name: '示范市悦来宾馆有限公司',
			creditCode: '91410105MA9H2R4C7K',
			legalRepresentative: '孙丽',
			idNumber: '410105198709234024',
			mobile: '13803710005',
			region: '410105',
			address: '示范市金水区紫荆山路45号',
			postcode: '450000'
		},
		venue: {
			name: '悦来宾馆',
			region: '410105',
			address: '示范市金水区紫荆山路45号',
			postcode: '450000',
			categories: ['宾馆、旅店、招待所'],
			area: 2400,
			floors: 6,
			centralAirConditioning: true,
			openingDate: '2026-01-18'
		},
		staff: [
			{ name: '孙丽', idNumber: '410105198709234024', post: '前台', healthCheckDate: '2025-11-02' },
			{ name: '赵强', idNumber: '410102196001151014', post: '客房', healthCheckDate: '2025-11-02' }
		],
		commitment: { notifiedCommitment: true },
		hasAgent: false
	},
	'social-security-card': {
		applicant: {
			name: '吴小雨',
			idNumber: '410105201503082031',
			gender: '男',
			mobile: '13803710006',
			region: '410105',
			address: '示范市金水区丰产路9号院2号楼',
			postcode: '450000',
			isMinor: true
		},
		guardian: {
			name: '吴军',
			idNumber: '410105198506123017',
			relation: '父亲',
			mobile: '13803710007'
		},
		card: {
			bank: '中国建设银行',
			pickup: 'mail',
			mailingAddress: '示范市金水区丰产路9号院2号楼3单元201'
		},
		hasAgent: false
	},
	'wild-plant-collection': {
		applicant: {
			type: 'company',
			name: '示范市农林科学研究院',
			creditCode: '91410100MA45P2L632',
			legalRepresentative: '郭志明',
			mobile: '13803710008',
			region: '410100',
			address: '示范市金水区花园路116号',
			postcode: '450000'
		},
		collection: {
			purpose: '科学研究',
			purposeDetail:
				'开展野大豆种质资源遗传多样性研究，依托省科技攻关项目，采集种子用于实验室分析和种质保存。',
			species: [
				{
					chineseName: '野大豆',
					latinName: 'Glycine soja',
					part: '种子',
					quantity: 2,
					unit: '千克'
				}
			],
			siteRegion: '410185',
			site: '示范市辖区黄河滩区某村北侧河滩地',
			startDate: '2026-09-15',
			endDate: '2026-10-15',
			method: '人工分株采摘成熟荚果，每个居群采集不超过现存结实量的10%，不挖根、不损伤植株。',
			inProtectedScenicArea: false
		},
		hasAgent: true,
		agent: { name: '田野', idNumber: '410103197804021054', mobile: '13803710009' }
	}
};

const ajv = new Ajv2020({ strict: false });
const dir = join(process.cwd(), 'templates');
const files = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort();
const templates = files.map((file) => ({
	file,
	item: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Item
}));

describe('templates', () => {
	it('has at least six templates', () => {
		expect(files.length).toBeGreaterThanOrEqual(6);
	});

	describe.each(templates)('$file', ({ file, item }) => {
		it('is a valid item document', () => {
			const result = validateItem(item);
			expect(result.problems).toEqual([]);
			expect(result.ok).toBe(true);
		});

		it('compiles', () => {
			const bundle = compileItem(item);
			expect(bundle.code).toBe(item.code);
			expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
		});

		it('accepts a complete application and applies its tolerance rules', () => {
			const slug = file.replace(/\.json$/, '');
			const form = SAMPLES[slug];
			expect(form, `sample application for ${slug}`).toBeDefined();
			const bundle = compileItem(item);
			const materials = Object.fromEntries(
				item.materials
					.filter((m) => isAsked(m) && (!m.condition || ajv.validate(m.condition, form)))
					.map((m) => [m.id, fileRef(m.id)])
			);
			const complete = decide(bundle, { form, materials, commitment: false }, '2026-03-02');
			expect(complete.errors).toEqual([]);
			expect(complete.decision).toBe('accept');

			const tolerable = bundle.tolerance.tolerableIds.slice(0, bundle.tolerance.maxMissing);
			if (!bundle.tolerance.allowed || tolerable.length === 0) return;
			const partial = { ...materials };
			for (const id of tolerable) delete partial[id];
			const signed = decide(bundle, { form, materials: partial, commitment: true }, '2026-03-02');
			expect(signed.decision).toBe('accept-with-tolerance');
			expect(signed.tolerated.map((t) => t.id).sort()).toEqual([...tolerable].sort());
			const unsigned = decide(
				bundle,
				{ form, materials: partial, commitment: false },
				'2026-03-02'
			);
			expect(unsigned.decision).toBe('reject');
			const essential = item.materials.find((m) => m.essential && isAsked(m) && !m.condition);
			if (essential) {
				const noEssential = { ...partial };
				delete noEssential[essential.id];
				const r = decide(bundle, { form, materials: noEssential, commitment: true }, '2026-03-02');
				expect(r.decision).toBe('reject');
			}
		});

		it('orders every field of every section in its uiSchema', () => {
			type Node = { properties?: Record<string, Node>; items?: Node; type?: unknown };
			const check = (schema: Node, ui: Record<string, unknown> | undefined, at: string) => {
				if (schema.properties) {
					const order = ui?.['ui:order'] as string[] | undefined;
					const names = Object.keys(schema.properties);
					if (order && !order.includes('*'))
						expect([...order].sort(), at).toEqual([...names].sort());
					for (const name of Object.keys(ui ?? {}).filter((k) => !k.startsWith('ui:'))) {
						expect(names, `${at}: uiSchema entry ${name}`).toContain(name);
					}
					for (const [name, sub] of Object.entries(schema.properties)) {
						check(sub, ui?.[name] as Record<string, unknown> | undefined, `${at}/${name}`);
					}
				}
				if (schema.items && typeof schema.items === 'object') {
					check(schema.items, ui?.items as Record<string, unknown> | undefined, `${at}/items`);
				}
			};
			check(item.form.schema as Node, item.form.uiSchema, '');
		});

		it('has no blocking lint findings', () => {
			const errors = lintItem(item).filter((f) => f.severity === 'error');
			expect(errors).toEqual([]);
		});

		it('uses a file name that is a slug', () => {
			expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
		});

		it('keeps tolerance within the risk-class policy', () => {
			const policy = DEFAULT_POLICY.classes[item.riskClass];
			const tolerable = item.materials.filter((m) => m.necessity === 'tolerable');
			for (const m of tolerable) expect(m.essential, m.id).toBe(false);
			if (item.tolerance.enabled) {
				expect(policy.toleranceAllowed).toBe(true);
				expect(item.caseType).toBe('promised');
				expect(item.tolerance.maxMissing).toBeGreaterThan(0);
				expect(item.tolerance.maxMissing).toBeLessThanOrEqual(policy.maxMissing);
				expect(item.tolerance.maxMissing).toBeLessThanOrEqual(tolerable.length);
				expect(item.tolerance.supplementDays).toBeLessThan(item.guide.promisedTimeLimit.value);
			} else {
				expect(tolerable).toEqual([]);
			}
		});

		it('has conditions that refer to fields of its form', () => {
			const keys = new Set(listFormFields(item.form.schema).map((f) => f.key));
			const referenced = (schema: unknown, prefix: string[]): string[] => {
				if (!schema || typeof schema !== 'object') return [];
				const props = (schema as { properties?: Record<string, unknown> }).properties ?? {};
				return Object.entries(props).flatMap(([name, sub]) => [
					[...prefix, name].join('.'),
					...referenced(sub, [...prefix, name])
				]);
			};
			for (const m of item.materials) {
				if (!m.condition) continue;
				for (const key of referenced(m.condition, []))
					expect(keys.has(key), `${m.id}: ${key}`).toBe(true);
			}
		});

		it('gives every form field a title', () => {
			for (const f of listFormFields(item.form.schema)) expect(f.title, f.key).toBeTruthy();
		});
	});

	it('cover the three risk classes', () => {
		const classes = new Set(templates.map((t) => t.item.riskClass));
		expect([...classes].sort()).toEqual(['cautious', 'control', 'encouraged']);
	});

	it('cover both case types', () => {
		const cases = new Set(templates.map((t) => t.item.caseType));
		expect([...cases].sort()).toEqual(['immediate', 'promised']);
	});

	it('cover licensing, payment and public-service items', () => {
		const kinds = new Set(templates.map((t) => t.item.kind));
		for (const kind of ['licensing', 'payment', 'public-service'] as const) {
			expect(kinds.has(kind), kind).toBe(true);
		}
	});

	it('include a repeating group, a material condition and a tolerable material on an encouraged item', () => {
		expect(
			templates.some((t) =>
				listFormFields(t.item.form.schema).some((f) => f.array && f.type === 'array')
			)
		).toBe(true);
		expect(templates.some((t) => t.item.materials.some((m) => m.condition))).toBe(true);
		expect(
			templates.some(
				(t) =>
					t.item.riskClass === 'encouraged' &&
					t.item.tolerance.enabled &&
					t.item.materials.some((m) => m.necessity === 'tolerable')
			)
		).toBe(true);
	});

	it('use department credit codes with valid check characters', () => {
		const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
		const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
		for (const { item } of templates) {
			const code = item.department.creditCode;
			expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
			const sum = weights.reduce((s, w, i) => s + w * chars.indexOf(code[i]), 0);
			expect(code[17], item.name).toBe(chars[(31 - (sum % 31)) % 31]);
		}
	});
});
