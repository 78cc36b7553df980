// Messages of the acceptance decision (受理 / 容缺受理 / 一次性告知补正 / 不予受理) and of the problems found in an
// application, in the applicant's and the clerk's words.
import { defineMessages } from '../i18n';

export const acceptanceMessages = defineMessages(
	{
		'acceptance.material': '《{name}》',
		'acceptance.accepted': '申请材料齐全、符合法定形式，予以受理',
		'acceptance.tolerated':
			'容缺受理：申请人已签署告知承诺书，缺少的{materials}应于 {deadline} 前补齐；{consequence}',
		'acceptance.missing': '缺少申请材料：{materials}',
		'acceptance.missingTolerable': '缺少可容缺材料：{materials}',
		'acceptance.toleranceNotApplicable': '本事项当前不适用容缺受理',
		'acceptance.toCorrect': '申请信息有 {count} 处需要更正',
		'acceptance.notMet': '申请不符合受理条件',
		'acceptance.supplement':
			'一次性告知补正：请按上述内容一次性补齐材料、更正信息后重新提交（《中华人民共和国行政许可法》第三十二条）',
		'acceptance.toleranceOffer':
			'签署告知承诺书即可容缺受理：缺少的{materials}应于 {deadline} 前补齐',
		'acceptance.refusalCase': '属于不予受理情形：{text}',
		'acceptance.refused': '不予受理',
		'acceptance.deadlineClamped':
			'补交期限不得晚于承诺办结日期（承诺办结时限 {limit}），已提前至 {date}',
		'acceptance.extra.sharedExempt':
			'另交的{name}为免提交材料（部门通过数据共享获取），已一并接收，不影响受理',
		'acceptance.extra.notNeeded': '另交的{name}在本申请情形下无需提交，已一并接收，不影响受理',
		'acceptance.tooManyMissing': '缺少的容缺材料 {missing} 项，超过可容缺上限 {max} 项',
		'acceptance.commitmentRequired': '容缺受理须签署告知承诺书',
		'acceptance.creditRestricted': '申请人被列入失信限制名单，不适用容缺受理',

		'acceptance.submission.notObject': '提交内容应当是包含 form、materials、commitment 的对象',
		'acceptance.submission.form': '缺少申请表数据（form）或格式不正确',
		'acceptance.submission.materials': '缺少申请材料清单（materials）或格式不正确',
		'acceptance.submission.commitment': '承诺书签署情况（commitment）应当为 true 或 false',
		'acceptance.submission.creditRestricted':
			'信用限制标记（creditRestricted）应当为 true 或 false',
		'acceptance.submission.unknown': '不认识的提交项“{key}”',

		'acceptance.problem.titled': '{title}：{text}',
		'acceptance.problem.required': '必须填写',
		'acceptance.problem.notMaterial': '不是本事项办事指南列出的申请材料，请删除',
		'acceptance.problem.notField': '不是本申请表的字段，请删除',
		'acceptance.problem.falseSchema': '在当前申请情形下不应提交',
		'acceptance.problem.format': '不是有效的{format}',
		'acceptance.format.date': '日期（年-月-日，如 2026-01-31）',
		'acceptance.format.time': '时间',
		'acceptance.format.date-time': '日期时间',
		'acceptance.format.email': '电子邮箱地址',
		'acceptance.format.uri': '网址',
		'acceptance.format.url': '网址',
		'acceptance.format.uuid': '标识符（UUID）',
		'acceptance.format.ipv4': 'IPv4 地址',
		'acceptance.problem.enum': '应当是以下之一：{allowed}',
		'acceptance.problem.tooLarge': '不能超过 {size}',
		'acceptance.problem.emptyFile': '文件为空',
		'acceptance.problem.type': '应当是{type}',
		'acceptance.type.integer': '整数',
		'acceptance.type.number': '数字',
		'acceptance.type.string': '文本',
		'acceptance.type.boolean': '是或否',
		'acceptance.type.object': '对象',
		'acceptance.type.array': '列表',
		'acceptance.type.null': '空值',
		'acceptance.file.name': '文件名',
		'acceptance.file.mediaType': '文件类型',
		'acceptance.file.size': '文件大小',
		'acceptance.file.sha256': '文件摘要'
	},
	{
		'acceptance.material': '{name}',
		'acceptance.accepted': 'The application is complete and accepted',
		'acceptance.tolerated':
			'Accepted with tolerance: the commitment is signed; {materials} must be supplied by {deadline}. {consequence}',
		'acceptance.missing': 'Missing materials: {materials}',
		'acceptance.missingTolerable': 'Missing materials that may be tolerated: {materials}',
		'acceptance.toleranceNotApplicable': 'Tolerance does not apply to this item',
		'acceptance.toCorrect': '{count} problem(s) in the application must be corrected',
		'acceptance.notMet': 'The application does not meet the acceptance conditions',
		'acceptance.supplement':
			'Supplement in one go: supply and correct everything above at once and resubmit (Administrative Licensing Law, article 32)',
		'acceptance.toleranceOffer':
			'Sign the commitment to be accepted with tolerance: {materials} would then be due by {deadline}',
		'acceptance.refusalCase': 'A case in which the application is not accepted: {text}',
		'acceptance.refused': 'Not accepted',
		'acceptance.deadlineClamped':
			'A supplement deadline may not fall after the promised completion date (promised time limit {limit}); it was brought forward to {date}',
		'acceptance.extra.sharedExempt':
			'The extra {name} need not be submitted (the department obtains it from shared data); it was received and does not affect acceptance',
		'acceptance.extra.notNeeded':
			'The extra {name} is not needed in this case; it was received and does not affect acceptance',
		'acceptance.tooManyMissing': '{missing} tolerable materials are missing; at most {max} may be',
		'acceptance.commitmentRequired': 'Tolerance requires the signed commitment',
		'acceptance.creditRestricted':
			'The applicant is under a credit restriction: tolerance does not apply',

		'acceptance.submission.notObject':
			'the submission must be an object with form, materials and commitment',
		'acceptance.submission.form': 'form data (form) is missing or not an object',
		'acceptance.submission.materials': 'the materials (materials) are missing or not an object',
		'acceptance.submission.commitment': 'commitment must be true or false',
		'acceptance.submission.creditRestricted': 'creditRestricted must be true or false',
		'acceptance.submission.unknown': 'unknown submission entry "{key}"',

		'acceptance.problem.titled': '{title}: {text}',
		'acceptance.problem.required': 'is required',
		'acceptance.problem.notMaterial': 'is not a material the guide of this item lists; remove it',
		'acceptance.problem.notField': 'is not a field of this form; remove it',
		'acceptance.problem.falseSchema': 'must not be submitted in this case',
		'acceptance.problem.format': 'is not a valid {format}',
		'acceptance.format.date': 'date (year-month-day, e.g. 2026-01-31)',
		'acceptance.format.time': 'time',
		'acceptance.format.date-time': 'date and time',
		'acceptance.format.email': 'email address',
		'acceptance.format.uri': 'web address',
		'acceptance.format.url': 'web address',
		'acceptance.format.uuid': 'identifier (UUID)',
		'acceptance.format.ipv4': 'IPv4 address',
		'acceptance.problem.enum': 'must be one of: {allowed}',
		'acceptance.problem.tooLarge': 'must not exceed {size}',
		'acceptance.problem.emptyFile': 'the file is empty',
		'acceptance.problem.type': 'must be {type}',
		'acceptance.type.integer': 'an integer',
		'acceptance.type.number': 'a number',
		'acceptance.type.string': 'text',
		'acceptance.type.boolean': 'yes or no',
		'acceptance.type.object': 'an object',
		'acceptance.type.array': 'a list',
		'acceptance.type.null': 'null',
		'acceptance.file.name': 'file name',
		'acceptance.file.mediaType': 'file type',
		'acceptance.file.size': 'file size',
		'acceptance.file.sha256': 'file digest'
	}
);
