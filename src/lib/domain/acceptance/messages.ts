// Messages of the acceptance decision (受理 / 容缺受理 / 不予受理) and of the problems found in an
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
		'acceptance.rejected': '不予受理，请一次性补正上述全部内容后重新提交',
		'acceptance.checkDigits': '有 {count} 处信息未通过校验位等核验，请窗口人员核实',
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
		'acceptance.problem.notMaterial': '不是本事项要求的申请材料，请删除',
		'acceptance.problem.notField': '不是本申请表的字段，请删除',
		'acceptance.problem.falseSchema': '在当前申请情形下不应提交',
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
		'acceptance.rejected': 'Not accepted: correct all of the above and resubmit',
		'acceptance.checkDigits':
			'{count} value(s) failed check-digit or similar verification; the clerk should verify them',
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
		'acceptance.problem.notMaterial': 'is not a material of this item; remove it',
		'acceptance.problem.notField': 'is not a field of this form; remove it',
		'acceptance.problem.falseSchema': 'must not be submitted in this case',
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
