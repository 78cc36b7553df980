// A realistic, standard-conforming item used by the lint tests: each rule's test breaks one thing.
import type { Item } from '../item/types';

const ITEM: Item = {
	schemaVersion: 1,
	code: '11410100MB195732124000117003000',
	name: '食品经营许可（新办）',
	kind: 'licensing',
	department: { name: '示范市市场监督管理局', creditCode: '11410100MB19573212' },
	levels: ['city'],
	applicantTypes: ['person', 'legal-person'],
	caseType: 'promised',
	riskClass: 'cautious',
	guide: {
		legalBasis: [
			{
				law: '《中华人民共和国食品安全法》',
				docNumber: '中华人民共和国主席令第二十一号',
				article: '第三十五条'
			}
		],
		implementationBasis: [{ law: '《食品经营许可和备案管理办法》', article: '第十一条' }],
		conditions: [
			'具有与经营的食品品种、数量相适应的经营场所',
			'具有专职或者兼职的食品安全管理人员和保证食品安全的规章制度'
		],
		process: [
			{ name: '申请', actor: '申请人' },
			{ name: '受理', actor: '市场监管窗口', timeLimit: { value: 1, unit: 'workday' } },
			{ name: '审查', actor: '食品经营监管科', timeLimit: { value: 5, unit: 'workday' } },
			{ name: '决定', actor: '分管负责人', timeLimit: { value: 2, unit: 'workday' } }
		],
		legalTimeLimit: { value: 20, unit: 'workday' },
		promisedTimeLimit: { value: 10, unit: 'workday' },
		fees: { free: true },
		channels: ['window', 'online'],
		locations: [
			{
				name: '示范市政务服务中心 市场监管窗口',
				address: '示范市中原区政务服务中心一楼A区6号窗口',
				hours: '周一至周五 9:00-12:00，13:00-17:00（法定节假日除外）',
				phone: '0371-67881234'
			}
		],
		consult: { phones: ['0371-67881234'] },
		complaint: { phones: ['12345'] },
		visits: 0,
		online: { available: true, url: 'https://zwfw.example.gov.cn/items/food-licence', depth: 4 },
		result: { type: 'licence', name: '食品经营许可证', delivery: '窗口领取或邮寄' }
	},
	materials: [
		{
			id: 'application',
			name: '食品经营许可申请书',
			necessity: 'required',
			essential: true,
			kind: 'form',
			medium: 'both',
			originals: 1,
			copies: 0,
			source: 'applicant',
			sharedExempt: false,
			mediaTypes: ['application/pdf'],
			maxSize: 10485760
		},
		{
			id: 'licence',
			name: '营业执照',
			necessity: 'required',
			essential: true,
			kind: 'certificate',
			medium: 'electronic',
			originals: 0,
			copies: 1,
			source: 'government',
			issuer: '市场监督管理部门',
			sharedExempt: true,
			mediaTypes: ['application/pdf', 'image/jpeg'],
			maxSize: 5242880,
			condition: {
				properties: { applicant: { properties: { type: { const: 'legal-person' } } } }
			}
		},
		{
			id: 'layout',
			name: '经营场所平面布局图',
			necessity: 'tolerable',
			essential: false,
			kind: 'other',
			medium: 'both',
			originals: 1,
			copies: 0,
			source: 'applicant',
			sharedExempt: false,
			mediaTypes: ['application/pdf', 'image/jpeg'],
			maxSize: 10485760,
			supplementDays: 5
		}
	],
	tolerance: {
		enabled: true,
		maxMissing: 1,
		commitmentText: '本人承诺在规定期限内补齐容缺材料，逾期未补齐的，同意撤销许可并记入信用记录。',
		supplementDays: 5,
		consequence: '逾期未补齐的，撤销许可决定并记入信用记录'
	},
	form: {
		schema: {
			type: 'object',
			required: ['applicant', 'premises'],
			properties: {
				applicant: {
					type: 'object',
					title: '申请人',
					required: ['type', 'name', 'phone'],
					properties: {
						type: {
							type: 'string',
							title: '申请人类型',
							enum: ['person', 'legal-person']
						},
						name: { type: 'string', title: '名称', maxLength: 100 },
						phone: {
							type: 'string',
							title: '联系电话',
							pattern: '^1[3-9]\\d{9}$'
						},
						channel: { type: 'string', title: '申请渠道', default: 'online' }
					}
				},
				premises: {
					type: 'object',
					title: '经营场所',
					required: ['address', 'area'],
					properties: {
						address: { type: 'string', title: '地址', maxLength: 200 },
						area: { type: 'number', title: '面积（平方米）', minimum: 0 },
						postcode: { type: 'string', title: '邮政编码', pattern: '^\\d{6}$' }
					}
				},
				staff: {
					type: 'array',
					title: '食品安全管理人员',
					items: {
						type: 'object',
						required: ['name'],
						properties: {
							name: { type: 'string', title: '姓名' },
							certificate: {
								type: 'string',
								title: '培训合格证明编号',
								pattern: '^[A-Z]{2}\\d{8}$'
							}
						}
					}
				}
			}
		},
		uiSchema: {
			'ui:order': ['applicant', 'premises', 'staff'],
			applicant: { channel: { 'ui:widget': 'hidden' } },
			premises: { address: { 'ui:widget': 'textarea' } }
		}
	}
};

/** A fresh copy of the clean fixture, safe to mutate. */
export function cleanItem(): Item {
	return structuredClone(ITEM);
}
