// Messages of the printed notices the window hands out with a decision (受理通知书, 容缺受理通知书,
// 一次性告知（补正）通知书, 不予受理决定书), in the wording such documents use.
import { defineMessages } from '../i18n';

export const noticeMessages = defineMessages(
	{
		'notice.title.accept': '受理通知书',
		'notice.title.accept-with-tolerance': '容缺受理通知书',
		'notice.title.supplement': '一次性告知（补正）通知书',
		'notice.title.reject': '不予受理决定书',
		'notice.number': '〔{year}〕第　　　　号',
		'notice.addressee': '{name}：',
		'notice.applicantBlank': '＿＿＿＿＿＿＿＿',
		'notice.date': '{y}年{m}月{d}日',
		'notice.item': '事项：{name}（{code}）',
		'notice.received': '你（单位）于{date}提出的{item}申请，本机关已收到。',
		'notice.accept.body':
			'经审查，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，决定予以受理。',
		'notice.accept.limit': '本机关将在承诺办结时限（{limit}）内作出决定。',
		'notice.tolerance.body':
			'经审查，主要申请材料齐全、符合法定形式，你（单位）已签署告知承诺书，下列次要材料予以容缺，决定予以受理。',
		'notice.tolerance.list': '请于规定期限内补齐下列材料：',
		'notice.tolerance.due': '{date}前补齐',
		'notice.tolerance.deadline': '补齐期限：{date}',
		'notice.tolerance.commitment': '申请人承诺：{text}',
		'notice.tolerance.consequence': '逾期未补齐的后果：{text}',
		'notice.supplement.body':
			'经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现将需要补正的全部内容一次性告知如下：',
		'notice.supplement.materials': '需补交的材料：',
		'notice.supplement.corrections': '需更正的申请信息：',
		'notice.supplement.offer': '如签署告知承诺书，下列材料可以容缺受理，并应于{date}前补齐：',
		'notice.supplement.after': '请按上述内容一次性补正后重新提交，补正齐全的，本机关将依法受理。',
		'notice.reject.body':
			'经审查，该申请属于下列不予受理情形，根据《中华人民共和国行政许可法》第三十二条第一款的规定，决定不予受理：',
		'notice.reject.reasons': '不予受理的理由：',
		'notice.remedies': '救济途径：',
		'notice.remedy.review':
			'如不服本决定，可以自收到本决定书之日起六十日内依法向有管辖权的行政复议机关申请行政复议；',
		'notice.remedy.lawsuit': '也可以自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。',
		'notice.onething.title': '一件事{title}',
		'notice.onething.item': '一件事：{name}（{code}）',
		'notice.onething.members': '各事项办理情况：',
		'notice.onething.member': '{name}（{department}）：{verdict}',
		'notice.onething.notApplicable': '{name}：本次申请不涉及',
		'notice.onething.once': '以下内容各事项只需提交或更正一次：',
		'notice.onething.deadline': '补齐期限：{date}（各事项统一按最早期限补齐）',
		'notice.onething.limit': '各事项将在联办承诺时限（{limit}）内办结。',
		'notice.contact': '咨询电话：{phones}',
		'notice.complaint': '监督投诉电话：{phones}',
		'notice.seal': '（印章）',
		'notice.creditCode': '统一社会信用代码：{code}',
		'notice.applicantSignature': '申请人（签收）：＿＿＿＿＿＿　　日期：＿＿＿＿＿＿',
		'notice.open': '打印通知书',
		'notice.printAgain': '打印',
		'notice.close': '关闭通知书'
	},
	{
		'notice.title.accept': 'Notice of Acceptance',
		'notice.title.accept-with-tolerance': 'Notice of Acceptance with Tolerance',
		'notice.title.supplement': 'Notice to Supplement (all at once)',
		'notice.title.reject': 'Decision Not to Accept',
		'notice.number': 'No. [{year}]        ',
		'notice.addressee': 'To {name}:',
		'notice.applicantBlank': '________________',
		'notice.date': '{y}-{m}-{d}',
		'notice.item': 'Item: {name} ({code})',
		'notice.received': 'We have received your application for {item}, submitted on {date}.',
		'notice.accept.body':
			'The application materials are complete and in the legal form. Under Article 32(1)(5) of the Administrative Licensing Law of the PRC, the application is accepted.',
		'notice.accept.limit': 'A decision will be made within the promised time limit ({limit}).',
		'notice.tolerance.body':
			'The essential materials are complete and in the legal form, and you have signed the commitment; the minor materials below are tolerated and the application is accepted.',
		'notice.tolerance.list': 'Please supply the following materials in time:',
		'notice.tolerance.due': 'due by {date}',
		'notice.tolerance.deadline': 'Supplement deadline: {date}',
		'notice.tolerance.commitment': 'Your commitment: {text}',
		'notice.tolerance.consequence': 'If not supplied in time: {text}',
		'notice.supplement.body':
			'The application materials are incomplete or not in the legal form. Under Article 32(1)(4) of the Administrative Licensing Law of the PRC, everything to supplement or correct is listed below at once:',
		'notice.supplement.materials': 'Materials to supply:',
		'notice.supplement.corrections': 'Information to correct:',
		'notice.supplement.offer':
			'If you sign the commitment, the following materials can be tolerated and must be supplied by {date}:',
		'notice.supplement.after':
			'Please supplement everything above at once and submit again; a complete application will be accepted.',
		'notice.reject.body':
			'The application falls under the following case(s) in which it cannot be accepted; under Article 32(1) of the Administrative Licensing Law of the PRC, it is not accepted:',
		'notice.reject.reasons': 'Reasons:',
		'notice.remedies': 'Remedies:',
		'notice.remedy.review':
			'If you disagree with this decision, you may apply for administrative reconsideration to the competent reconsideration authority within 60 days of receiving it;',
		'notice.remedy.lawsuit':
			'or bring an administrative lawsuit before a people’s court within 6 months of receiving it.',
		'notice.onething.title': 'One-thing Service {title}',
		'notice.onething.item': 'One-thing service: {name} ({code})',
		'notice.onething.members': 'Each item:',
		'notice.onething.member': '{name} ({department}): {verdict}',
		'notice.onething.notApplicable': '{name}: not part of this application',
		'notice.onething.once': 'Supply or correct each of the following once, for every item:',
		'notice.onething.deadline':
			'Supplement deadline: {date} (the earliest of the items, for all of them)',
		'notice.onething.limit': 'Every item will be decided within the joint time limit ({limit}).',
		'notice.contact': 'Enquiries: {phones}',
		'notice.complaint': 'Complaints: {phones}',
		'notice.seal': '(Seal)',
		'notice.creditCode': 'Unified social credit code: {code}',
		'notice.applicantSignature': 'Received by the applicant: ____________  Date: ____________',
		'notice.open': 'Print the notice',
		'notice.printAgain': 'Print',
		'notice.close': 'Close the notice'
	}
);
