// 办事指南: the elements the national standard asks every guide to state, and their coherence.
import { checkFormat, checkServicePhone } from '../../formats';
import { msg } from '../../i18n';
import type { LegalBasis } from '../../item/types';
import { pointer } from '../../pointer';
import type { RawFinding, Rule } from '../types';
import { ELEMENT_NAMES, hasElement, requirementsFor } from './guide-elements';

const RESULT_TYPE_NAMES: Record<string, { zh: string; en: string }> = {
	licence: { zh: '证照', en: 'licence' },
	certificate: { zh: '证明', en: 'certificate' },
	'approval-document': { zh: '批准文书', en: 'approval document' },
	payment: { zh: '给付', en: 'payment' },
	other: { zh: '其他', en: 'other' }
};

export const legalBasisMissing: Rule = {
	id: 'legal-basis-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '缺少设定依据', en: 'Missing legal basis' },
	description: {
		zh: '行政权力事项必须列明设定依据（法律法规名称及条款）。',
		en: 'Items exercising administrative power must state their legal basis (law and article).'
	},
	check({ item, locale }) {
		if (!requirementsFor(item.kind).elements.includes('legalBasis')) return [];
		if (hasElement(item, 'legalBasis')) return [];
		return [
			{
				pointer: '/guide/legalBasis',
				message: msg(
					locale,
					`事项“${item.name}”缺少设定依据`,
					`Item “${item.name}” states no legal basis`
				),
				fix: {
					message: msg(
						locale,
						'填写设定该事项的法律、法规或规章名称及条款',
						'Add the law, regulation or rule that establishes the item, with its article'
					)
				}
			}
		];
	}
};

export const legalBasisLawMissing: Rule = {
	id: 'legal-basis-law-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '依据缺少法律法规名称', en: 'Basis entry without a law name' },
	description: {
		zh: '设定依据和实施依据的每一条都必须写明法律法规名称。',
		en: 'Every legal or implementation basis entry must name its law.'
	},
	check({ item, locale }) {
		const out: RawFinding[] = [];
		const scan = (list: LegalBasis[] | undefined, key: string, zh: string, en: string) => {
			(list ?? []).forEach((b, i) => {
				if (typeof b?.law === 'string' && b.law.trim()) return;
				out.push({
					pointer: pointer('guide', key, i, 'law'),
					message: msg(
						locale,
						`第 ${i + 1} 条${zh}缺少法律法规名称`,
						`${en} entry ${i + 1} does not name its law`
					),
					fix: {
						message: msg(
							locale,
							'填写法律法规全称，如《中华人民共和国行政许可法》',
							'Give the full name of the law'
						)
					}
				});
			});
		};
		scan(item.guide?.legalBasis, 'legalBasis', '设定依据', 'Legal basis');
		scan(
			item.guide?.implementationBasis,
			'implementationBasis',
			'实施依据',
			'Implementation basis'
		);
		return out;
	}
};

export const feeBasisMissing: Rule = {
	id: 'fee-basis-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '收费项目缺少收费依据', en: 'Fee without a basis' },
	description: {
		zh: '每一项收费都必须列明收费依据，无依据不得收费。',
		en: 'Every fee must state its basis; no fee may be charged without one.'
	},
	check({ item, locale }) {
		const fees = item.guide?.fees;
		if (!fees || fees.free) return [];
		const out: RawFinding[] = [];
		(fees.items ?? []).forEach((f, i) => {
			if (typeof f?.basis === 'string' && f.basis.trim()) return;
			out.push({
				pointer: pointer('guide', 'fees', 'items', i, 'basis'),
				message: msg(
					locale,
					`收费项目“${f?.name ?? i + 1}”缺少收费依据`,
					`Fee “${f?.name ?? i + 1}” states no basis`
				),
				fix: {
					message: msg(
						locale,
						'填写收费依据（文件名称及文号），或删除该收费项目',
						'State the basis (document and number) or remove the fee'
					)
				}
			});
		});
		return out;
	}
};

export const feeItemsMissing: Rule = {
	id: 'fee-items-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '收费但未列明收费项目', en: 'Fees charged but none listed' },
	description: {
		zh: '标明收费的事项必须逐项列出收费项目、标准和依据；不收费的请标为“不收费”。',
		en: 'An item that charges fees must list each fee with its amount and basis; otherwise mark it free.'
	},
	check({ item, locale }) {
		const fees = item.guide?.fees;
		if (!fees || fees.free || (Array.isArray(fees.items) && fees.items.length > 0)) return [];
		return [
			{
				pointer: '/guide/fees',
				message: msg(
					locale,
					'事项标明收费，但没有列出任何收费项目',
					'The item charges fees but lists none'
				),
				fix: {
					message: msg(
						locale,
						'逐项列出收费项目，或标为“不收费”',
						'List each fee, or mark the item free'
					)
				}
			}
		];
	}
};

export const guideElementMissing: Rule = {
	id: 'guide-element-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '办事指南缺少必备要素', en: 'Required guide element missing' },
	description: {
		zh: '按事项类型，办事指南必须具备相应要素（如行政许可须有受理条件、办理流程、法定及承诺时限、办理结果等）。设定依据由 legal-basis-missing 单独检查。',
		en: 'Depending on its kind, a guide must state certain elements (licensing: conditions, process, legal and promised time limits, result…). Legal basis is checked by legal-basis-missing.'
	},
	check({ item, locale }) {
		const out: RawFinding[] = [];
		for (const el of requirementsFor(item.kind).elements) {
			if (el === 'legalBasis' || hasElement(item, el)) continue;
			const n = ELEMENT_NAMES[el];
			out.push({
				pointer: n.pointer,
				message: msg(locale, `办事指南缺少“${n.zh}”`, `The guide does not state its ${n.en}`),
				fix: { message: msg(locale, `填写${n.zh}`, `Add the ${n.en}`) }
			});
		}
		return out;
	}
};

export const resultTypeMismatch: Rule = {
	id: 'result-type-mismatch',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '办理结果类型与事项类型不符', en: 'Result type does not fit the item kind' },
	description: {
		zh: '行政许可的结果应为证照或批准文书，行政给付的结果应为给付，等等。',
		en: 'A licensing item results in a licence or approval document, a payment item in a payment, and so on.'
	},
	check({ item, locale }) {
		const allowed = requirementsFor(item.kind).resultTypes;
		const type = item.guide?.result?.type;
		if (!allowed || !type || allowed.includes(type)) return [];
		const name = (t: string) => {
			const n = RESULT_TYPE_NAMES[t];
			return n ? msg(locale, n.zh, n.en) : t;
		};
		const list = allowed.map(name).join(msg(locale, '、', ', '));
		return [
			{
				pointer: '/guide/result/type',
				message: msg(
					locale,
					`办理结果类型“${name(type)}”不符合事项类型，应为：${list}`,
					`Result type “${name(type)}” does not fit the item kind; expected: ${list}`
				),
				fix: {
					message: msg(locale, `将结果类型改为${list}之一`, `Use one of: ${list}`),
					patch:
						allowed.length === 1
							? [{ op: 'replace', path: '/guide/result/type', value: allowed[0] }]
							: undefined
				}
			}
		];
	}
};

export const onlineUrlMissing: Rule = {
	id: 'online-url-missing',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '可网办但缺少办理网址', en: 'Online service without a URL' },
	description: {
		zh: '标明可以网上办理的事项必须提供网上办理地址，门户据此生成“在线办理”入口。',
		en: 'An item offered online must give its URL; the portal links to it.'
	},
	check({ item, locale }) {
		const online = item.guide?.online;
		if (!online?.available || (typeof online.url === 'string' && online.url.trim())) return [];
		return [
			{
				pointer: '/guide/online/url',
				message: msg(
					locale,
					'事项标明可网上办理，但未填写网上办理地址',
					'The item is offered online but gives no URL'
				),
				fix: {
					message: msg(
						locale,
						'填写网上办理地址，或取消“可网上办理”',
						'Add the URL, or mark the item as not available online'
					)
				}
			}
		];
	}
};

export const onlineFullWithVisits: Rule = {
	id: 'online-full-with-visits',
	family: 'guide',
	defaultSeverity: 'warning',
	title: { zh: '全程网办但需到现场', en: 'Fully online yet visits required' },
	description: {
		zh: '网办深度为四级（全程网办）的事项，到现场次数应为 0。',
		en: 'An item at online depth 4 (fully online) should need no visits on site.'
	},
	check({ item, locale }) {
		const g = item.guide;
		if (g?.online?.depth !== 4 || !(g.visits > 0)) return [];
		return [
			{
				pointer: '/guide/visits',
				message: msg(
					locale,
					`网办深度为全程网办，但到现场次数为 ${g.visits} 次`,
					`The item is fully online (depth 4) but needs ${g.visits} visit(s) on site`
				),
				fix: {
					message: msg(
						locale,
						'将到现场次数改为 0，或降低网办深度',
						'Set the visits to 0, or lower the online depth'
					)
				}
			}
		];
	}
};

export const guidePhoneInvalid: Rule = {
	id: 'guide-phone-invalid',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '指南中的电话号码无效', en: 'Invalid phone number in the guide' },
	description: {
		zh: '办理地点、咨询和监督投诉电话必须是可拨打的号码（带区号的固定电话、12345 等服务号码、400/800 号码或手机号），每项一个。',
		en: 'Location, consultation and complaint phones must be diallable (landline with area code, service numbers such as 12345, 400/800 numbers or mobiles), one per entry.'
	},
	check({ item, locale }) {
		const g = item.guide;
		const out: RawFinding[] = [];
		const check = (value: unknown, ptr: string, where: { zh: string; en: string }) => {
			if (typeof value !== 'string') return;
			const r = checkServicePhone(value, { locale });
			if (r.valid) return;
			out.push({
				pointer: ptr,
				message: msg(
					locale,
					`${where.zh}“${value}”无效：${r.message ?? ''}`,
					`${where.en} “${value}” is invalid: ${r.message ?? ''}`
				),
				fix: {
					message: msg(
						locale,
						'填写完整号码，固定电话带区号，如 0371-12345678',
						'Give the full number; landlines with their area code, e.g. 0371-12345678'
					)
				}
			});
		};
		(g?.locations ?? []).forEach((l, i) =>
			check(l?.phone, pointer('guide', 'locations', i, 'phone'), {
				zh: `办理地点“${l?.name ?? i + 1}”的电话`,
				en: `The phone of location “${l?.name ?? i + 1}”`
			})
		);
		(g?.consult?.phones ?? []).forEach((p, i) =>
			check(p, pointer('guide', 'consult', 'phones', i), {
				zh: '咨询电话',
				en: 'Consultation phone'
			})
		);
		(g?.complaint?.phones ?? []).forEach((p, i) =>
			check(p, pointer('guide', 'complaint', 'phones', i), {
				zh: '监督投诉电话',
				en: 'Complaint phone'
			})
		);
		return out;
	}
};

export const departmentCreditCodeInvalid: Rule = {
	id: 'department-credit-code-invalid',
	family: 'guide',
	defaultSeverity: 'error',
	title: { zh: '实施主体统一社会信用代码无效', en: 'Invalid department credit code' },
	description: {
		zh: '实施主体的统一社会信用代码必须符合 GB 32100（18 位，含校验码）。',
		en: 'The implementing department’s unified social credit code must satisfy GB 32100 (18 characters with check digit).'
	},
	check({ item, locale }) {
		const code = item.department?.creditCode;
		if (typeof code !== 'string') return [];
		const r = checkFormat('cn-uscc', code, { locale });
		if (r.valid) return [];
		return [
			{
				pointer: '/department/creditCode',
				message: msg(
					locale,
					`实施主体“${item.department.name}”的统一社会信用代码“${code}”无效：${r.message ?? ''}`,
					`The credit code “${code}” of “${item.department.name}” is invalid: ${r.message ?? ''}`
				),
				fix: {
					message: msg(
						locale,
						'核对并填写实施主体的统一社会信用代码',
						'Check and enter the department’s unified social credit code'
					)
				}
			}
		];
	}
};

export const guideRules: Rule[] = [
	legalBasisMissing,
	legalBasisLawMissing,
	feeBasisMissing,
	feeItemsMissing,
	guideElementMissing,
	resultTypeMismatch,
	onlineUrlMissing,
	onlineFullWithVisits,
	guidePhoneInvalid,
	departmentCreditCodeInvalid
];
