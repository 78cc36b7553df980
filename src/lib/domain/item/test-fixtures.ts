// A small, realistic item (食品经营许可 at a city market regulator) for tests across the project.
// Each call returns a fresh copy, so a test may mutate it freely.
import { ITEM_SCHEMA_ID } from './item-schema';
import type { Item, Material } from './types';

/** 统一社会信用代码 of the sample department (valid check character). */
export const SAMPLE_CREDIT_CODE = '11440300MB2C92051K';
/** implementation code: credit code + level digit 3 (city) + 12-character base code */
export const SAMPLE_CODE = `${SAMPLE_CREDIT_CODE}3000172006000`;

const companyOnly = {
	type: 'object',
	properties: {
		applicant: {
			type: 'object',
			properties: { applicantType: { const: 'company' } },
			required: ['applicantType']
		}
	},
	required: ['applicant']
};

function materials(): Material[] {
	const common: Omit<Material, 'id' | 'name' | 'necessity' | 'essential'> = {
		kind: 'certificate',
		medium: 'both',
		originals: 1,
		copies: 0,
		source: 'applicant',
		sharedExempt: false,
		mediaTypes: ['application/pdf', 'image/jpeg'],
		maxSize: 10 * 1024 * 1024
	};
	return [
		{
			...common,
			id: 'application-form',
			name: '食品经营许可申请书',
			necessity: 'required',
			essential: true,
			kind: 'form',
			signature: '申请人签字（企业加盖公章）',
			blankTemplate: {
				name: '食品经营许可申请书（空白）.docx',
				url: 'templates/food-licence-application.docx'
			}
		},
		{
			...common,
			id: 'identity',
			name: '申请人（法定代表人）身份证明',
			necessity: 'required',
			essential: false,
			source: 'government',
			issuer: '公安机关',
			sharedExempt: true,
			notes: '可通过电子证照库获取的，免于提交'
		},
		{
			...common,
			id: 'business-licence',
			name: '营业执照',
			necessity: 'required',
			essential: true,
			source: 'government',
			issuer: '市场监督管理部门',
			copies: 1,
			condition: structuredClone(companyOnly)
		},
		{
			...common,
			id: 'premises-layout',
			name: '经营场所平面布局图',
			necessity: 'tolerable',
			essential: false,
			medium: 'paper',
			paperSize: 'A4',
			supplementDays: 5
		},
		{
			...common,
			id: 'safety-rules',
			name: '食品安全管理制度文本',
			necessity: 'optional',
			essential: false,
			kind: 'other',
			medium: 'electronic'
		}
	];
}

export function sampleItem(): Item {
	return {
		$schema: ITEM_SCHEMA_ID,
		schemaVersion: 1,
		code: SAMPLE_CODE,
		codeProfile: 'implementation',
		name: '食品经营许可',
		kind: 'licensing',
		department: { name: '某市市场监督管理局', creditCode: SAMPLE_CREDIT_CODE },
		levels: ['city', 'county'],
		applicantTypes: ['person', 'legal-person'],
		caseType: 'promised',
		riskClass: 'cautious',
		guide: {
			legalBasis: [
				{
					law: '《中华人民共和国食品安全法》',
					article: '第三十五条',
					text: '国家对食品生产经营实行许可制度。'
				}
			],
			conditions: [
				'具有与经营的食品品种、数量相适应的经营场所',
				'有专职或者兼职的食品安全管理人员'
			],
			refusalCases: ['申请事项依法不需要取得行政许可的'],
			process: [
				{ name: '受理', timeLimit: { value: 1, unit: 'workday' } },
				{ name: '审查', timeLimit: { value: 5, unit: 'workday' } },
				{ name: '决定', timeLimit: { value: 1, unit: 'workday' } },
				{ name: '送达' }
			],
			legalTimeLimit: { value: 20, unit: 'workday' },
			promisedTimeLimit: { value: 7, unit: 'workday' },
			specialProcedures: [{ name: '现场核查', timeLimit: { value: 5, unit: 'workday' } }],
			fees: { free: true },
			channels: ['window', 'online'],
			locations: [
				{
					name: '市政务服务中心',
					address: '某市某区政务大道1号',
					hours: '工作日 9:00-12:00，13:30-17:00'
				}
			],
			consult: { phones: ['0755-12345678'] },
			complaint: { phones: ['12345'] },
			visits: 0,
			online: { available: true, url: 'https://zwfw.example.gov.cn/items/food', depth: 4 },
			crossRegion: 'city',
			result: { type: 'licence', name: '食品经营许可证', delivery: '电子证照或邮寄' },
			faq: [{ question: '许可证有效期多久？', answer: '食品经营许可证有效期为5年。' }]
		},
		materials: materials(),
		tolerance: {
			enabled: true,
			maxMissing: 1,
			commitmentText:
				'本人承诺在规定期限内补齐容缺材料，逾期未补齐的，同意撤销许可并记入信用记录。',
			supplementDays: 5,
			consequence: '撤销许可并记入信用记录'
		},
		form: {
			schema: {
				type: 'object',
				required: ['applicant', 'business'],
				properties: {
					applicant: {
						type: 'object',
						title: '申请人',
						required: ['applicantType', 'name', 'idNumber', 'phone'],
						properties: {
							applicantType: {
								type: 'string',
								title: '申请人类型',
								oneOf: [
									{ const: 'person', title: '个人' },
									{ const: 'company', title: '企业' }
								]
							},
							name: { type: 'string', title: '申请人名称', maxLength: 100 },
							idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-card' },
							phone: { type: 'string', title: '联系电话', format: 'cn-mobile' },
							region: { type: 'string', title: '所在地区', format: 'cn-region' }
						}
					},
					business: {
						type: 'object',
						title: '经营信息',
						required: ['address'],
						properties: {
							address: { type: 'string', title: '经营场所', maxLength: 200 },
							category: {
								type: 'string',
								title: '经营项目',
								enum: ['预包装食品销售', '散装食品销售', '热食类食品制售']
							}
						}
					},
					shareholders: {
						type: 'array',
						title: '股东',
						items: {
							type: 'object',
							required: ['name'],
							properties: {
								name: { type: 'string', title: '股东姓名' },
								idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-card' },
								share: { type: 'number', title: '出资比例（%）', minimum: 0, maximum: 100 }
							}
						}
					}
				}
			},
			uiSchema: {
				'ui:order': ['applicant', 'business', 'shareholders'],
				applicant: { applicantType: { 'ui:widget': 'radio' } }
			}
		}
	};
}
