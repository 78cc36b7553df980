// Titles, descriptions, findings and fixes of the guide rules (办事指南), and the element names they use.
import { defineMessages } from '../../i18n';

export const guideRuleMessages = defineMessages(
	{
		'lint.legal-basis-missing.title': '缺少设定依据',
		'lint.legal-basis-missing.description': '行政权力事项必须列明设定依据（法律法规名称及条款）。',
		'lint.legal-basis-missing.message': '事项“{name}”缺少设定依据',
		'lint.legal-basis-missing.fix': '填写设定该事项的法律、法规或规章名称及条款',

		'lint.legal-basis-law-missing.title': '依据缺少法律法规名称',
		'lint.legal-basis-law-missing.description':
			'设定依据和实施依据的每一条都必须写明法律法规名称。',
		'lint.legal-basis-law-missing.message': '第 {n} 条{basis}缺少法律法规名称',
		'lint.legal-basis-law-missing.fix': '填写法律法规全称，如《中华人民共和国行政许可法》',
		'lint.legal-basis-needs-decision.title': '法规变更后待人工决定的依据',
		'lint.legal-basis-needs-decision.description':
			'所引用的条款已被删除或法规已被废止，须由人工决定改引其他依据或删除该依据。',
		'lint.legal-basis-needs-decision.article-deleted':
			'第 {n} 条{basis}引用的{law}{article}已被删除，须人工决定',
		'lint.legal-basis-needs-decision.law-repealed': '第 {n} 条{basis}引用的{law}已废止，须人工决定',
		'lint.legal-basis-needs-decision.fix':
			'改引现行有效的法律法规条款，或删除该依据；处理后清除“待人工决定”标记',
		'lint.basis.legalBasis': '设定依据',
		'lint.basis.implementationBasis': '实施依据',

		'lint.fee-basis-missing.title': '收费项目缺少收费依据',
		'lint.fee-basis-missing.description': '每一项收费都必须列明收费依据，无依据不得收费。',
		'lint.fee-basis-missing.message': '收费项目“{fee}”缺少收费依据',
		'lint.fee-basis-missing.fix': '填写收费依据（文件名称及文号），或删除该收费项目',

		'lint.fee-items-missing.title': '收费但未列明收费项目',
		'lint.fee-items-missing.description':
			'标明收费的事项必须逐项列出收费项目、标准和依据；不收费的请标为“不收费”。',
		'lint.fee-items-missing.message': '事项标明收费，但没有列出任何收费项目',
		'lint.fee-items-missing.fix': '逐项列出收费项目，或标为“不收费”',

		'lint.guide-element-missing.title': '办事指南缺少必备要素',
		'lint.guide-element-missing.description':
			'按事项类型，办事指南必须具备相应要素（如行政许可须有受理条件、办理流程、法定及承诺时限、办理结果等）。设定依据由 legal-basis-missing 单独检查。',
		'lint.guide-element-missing.message': '办事指南缺少“{element}”',
		'lint.guide-element-missing.fix': '填写{element}',
		'lint.element.legalBasis': '设定依据',
		'lint.element.conditions': '受理条件',
		'lint.element.process': '办理流程',
		'lint.element.legalTimeLimit': '法定办结时限',
		'lint.element.promisedTimeLimit': '承诺办结时限',
		'lint.element.result': '办理结果',
		'lint.element.consultPhones': '咨询电话',
		'lint.element.complaintPhones': '监督投诉电话',

		'lint.result-type-mismatch.title': '办理结果类型与事项类型不符',
		'lint.result-type-mismatch.description':
			'行政许可的结果应为证照或批准文书，行政给付的结果应为给付，等等。',
		'lint.result-type-mismatch.message': '办理结果类型“{type}”不符合事项类型，应为：{list}',
		'lint.result-type-mismatch.fix': '将结果类型改为{list}之一',
		'lint.resultType.licence': '证照',
		'lint.resultType.certificate': '证明',
		'lint.resultType.approval-document': '批准文书',
		'lint.resultType.payment': '给付',
		'lint.resultType.other': '其他',

		'lint.online-url-missing.title': '可网办但缺少办理网址',
		'lint.online-url-missing.description':
			'标明可以网上办理的事项必须提供网上办理地址，门户据此生成“在线办理”入口。',
		'lint.online-url-missing.message': '事项标明可网上办理，但未填写网上办理地址',
		'lint.online-url-missing.fix': '填写网上办理地址，或取消“可网上办理”',

		'lint.online-full-with-visits.title': '全程网办但需到现场',
		'lint.online-full-with-visits.description':
			'网办深度为四级（全程网办）的事项，到现场次数应为 0。',
		'lint.online-full-with-visits.message': '网办深度为全程网办，但到现场次数为 {visits} 次',
		'lint.online-full-with-visits.fix': '将到现场次数改为 0，或降低网办深度',

		'lint.guide-phone-invalid.title': '指南中的电话号码无效',
		'lint.guide-phone-invalid.description':
			'办理地点、咨询和监督投诉电话必须是可拨打的号码（带区号的固定电话、12345 等服务号码、400/800 号码或手机号），每项一个。',
		'lint.guide-phone-invalid.message': '{where}“{value}”无效：{reason}',
		'lint.guide-phone-invalid.fix': '填写完整号码，固定电话带区号，如 0371-12345678',
		'lint.phone.location': '办理地点“{location}”的电话',
		'lint.phone.consult': '咨询电话',
		'lint.phone.complaint': '监督投诉电话',

		'lint.department-credit-code-invalid.title': '实施主体统一社会信用代码无效',
		'lint.department-credit-code-invalid.description':
			'实施主体的统一社会信用代码必须符合 GB 32100（18 位，含校验码）。',
		'lint.department-credit-code-invalid.message':
			'实施主体“{department}”的统一社会信用代码“{code}”无效：{reason}',
		'lint.department-credit-code-invalid.fix': '核对并填写实施主体的统一社会信用代码'
	},
	{
		'lint.legal-basis-missing.title': 'Missing legal basis',
		'lint.legal-basis-missing.description':
			'Items exercising administrative power must state their legal basis (law and article).',
		'lint.legal-basis-missing.message': 'Item “{name}” states no legal basis',
		'lint.legal-basis-missing.fix':
			'Add the law, regulation or rule that establishes the item, with its article',

		'lint.legal-basis-law-missing.title': 'Basis entry without a law name',
		'lint.legal-basis-law-missing.description':
			'Every legal or implementation basis entry must name its law.',
		'lint.legal-basis-law-missing.message': '{basis} entry {n} does not name its law',
		'lint.legal-basis-law-missing.fix': 'Give the full name of the law',
		'lint.legal-basis-needs-decision.title': 'Basis awaiting a decision after a change of law',
		'lint.legal-basis-needs-decision.description':
			'The cited article was deleted or the law repealed; a person decides what the item cites instead.',
		'lint.legal-basis-needs-decision.article-deleted':
			'{basis} entry {n} cites {law} {article}, which was deleted: decide what to cite instead',
		'lint.legal-basis-needs-decision.law-repealed':
			'{basis} entry {n} cites {law}, which was repealed: decide what to cite instead',
		'lint.legal-basis-needs-decision.fix':
			'Cite an article in force or remove the entry, then clear the “awaiting decision” mark',
		'lint.basis.legalBasis': 'Legal basis',
		'lint.basis.implementationBasis': 'Implementation basis',

		'lint.fee-basis-missing.title': 'Fee without a basis',
		'lint.fee-basis-missing.description':
			'Every fee must state its basis; no fee may be charged without one.',
		'lint.fee-basis-missing.message': 'Fee “{fee}” states no basis',
		'lint.fee-basis-missing.fix': 'State the basis (document and number) or remove the fee',

		'lint.fee-items-missing.title': 'Fees charged but none listed',
		'lint.fee-items-missing.description':
			'An item that charges fees must list each fee with its amount and basis; otherwise mark it free.',
		'lint.fee-items-missing.message': 'The item charges fees but lists none',
		'lint.fee-items-missing.fix': 'List each fee, or mark the item free',

		'lint.guide-element-missing.title': 'Required guide element missing',
		'lint.guide-element-missing.description':
			'Depending on its kind, a guide must state certain elements (licensing: conditions, process, legal and promised time limits, result…). Legal basis is checked by legal-basis-missing.',
		'lint.guide-element-missing.message': 'The guide does not state its {element}',
		'lint.guide-element-missing.fix': 'Add the {element}',
		'lint.element.legalBasis': 'legal basis',
		'lint.element.conditions': 'acceptance conditions',
		'lint.element.process': 'process steps',
		'lint.element.legalTimeLimit': 'legal time limit',
		'lint.element.promisedTimeLimit': 'promised time limit',
		'lint.element.result': 'result',
		'lint.element.consultPhones': 'consultation phone',
		'lint.element.complaintPhones': 'complaint phone',

		'lint.result-type-mismatch.title': 'Result type does not fit the item kind',
		'lint.result-type-mismatch.description':
			'A licensing item results in a licence or approval document, a payment item in a payment, and so on.',
		'lint.result-type-mismatch.message':
			'Result type “{type}” does not fit the item kind; expected: {list}',
		'lint.result-type-mismatch.fix': 'Use one of: {list}',
		'lint.resultType.licence': 'licence',
		'lint.resultType.certificate': 'certificate',
		'lint.resultType.approval-document': 'approval document',
		'lint.resultType.payment': 'payment',
		'lint.resultType.other': 'other',

		'lint.online-url-missing.title': 'Online service without a URL',
		'lint.online-url-missing.description':
			'An item offered online must give its URL; the portal links to it.',
		'lint.online-url-missing.message': 'The item is offered online but gives no URL',
		'lint.online-url-missing.fix': 'Add the URL, or mark the item as not available online',

		'lint.online-full-with-visits.title': 'Fully online yet visits required',
		'lint.online-full-with-visits.description':
			'An item at online depth 4 (fully online) should need no visits on site.',
		'lint.online-full-with-visits.message':
			'The item is fully online (depth 4) but needs {visits} visit(s) on site',
		'lint.online-full-with-visits.fix': 'Set the visits to 0, or lower the online depth',

		'lint.guide-phone-invalid.title': 'Invalid phone number in the guide',
		'lint.guide-phone-invalid.description':
			'Location, consultation and complaint phones must be diallable (landline with area code, service numbers such as 12345, 400/800 numbers or mobiles), one per entry.',
		'lint.guide-phone-invalid.message': '{where} “{value}” is invalid: {reason}',
		'lint.guide-phone-invalid.fix':
			'Give the full number; landlines with their area code, e.g. 0371-12345678',
		'lint.phone.location': 'The phone of location “{location}”',
		'lint.phone.consult': 'Consultation phone',
		'lint.phone.complaint': 'Complaint phone',

		'lint.department-credit-code-invalid.title': 'Invalid department credit code',
		'lint.department-credit-code-invalid.description':
			'The implementing department’s unified social credit code must satisfy GB 32100 (18 characters with check digit).',
		'lint.department-credit-code-invalid.message':
			'The credit code “{code}” of “{department}” is invalid: {reason}',
		'lint.department-credit-code-invalid.fix':
			'Check and enter the department’s unified social credit code'
	}
);
