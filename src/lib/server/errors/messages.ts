// What the server says when it refuses: a title per problem type (`problem.<slug>`) and the details,
// in Simplified Chinese and English with the same keys. Reasons the workflow gives (who may do what)
// are the domain's (src/lib/domain/workflow/messages.ts).
import { defineMessages } from '../../domain/i18n';

export const serverMessages = defineMessages(
	{
		'problem.bad-request': '请求无效',
		'problem.unauthenticated': '请先登录',
		'problem.forbidden': '无权执行此操作',
		'problem.not-found': '未找到',
		'problem.method-not-allowed': '不支持的请求方法',
		'problem.conflict': '与当前状态冲突',
		'problem.payload-too-large': '请求体过大',
		'problem.unsupported-media-type': '不支持的内容类型',
		'problem.internal': '服务器内部错误',
		'problem.intake-not-configured': '未配置受理系统接收地址',
		'problem.intake-failed': '受理系统未能接收申请',
		'problem.malformed-json': 'JSON 格式错误',
		'problem.unstorable-text': '文本含有无法保存的字符',
		'problem.invalid-credentials': '用户名或密码错误',
		'problem.too-many-attempts': '登录尝试过多',
		'problem.account-disabled': '账号已停用',
		'problem.demo-account': '演示账号不可用',
		'problem.item-retired': '事项已取消',
		'problem.item-in-review': '事项审核中',
		'problem.item-archived': '事项已归档',
		'problem.duplicate-name': '事项名称重复',
		'problem.not-submittable': '草稿尚不能提交审核',
		'problem.not-claimable': '不能认领该事项',
		'problem.national-invalid': '国家平台交换文件无效',
		'problem.invalid-document': '事项定义有误',
		'problem.spreadsheet-rows': '表格中有错误的行',
		'problem.unreadable-workbook': '不是可读取的 Excel 工作簿',
		'problem.unsafe-pattern': '表单正则表达式不安全',
		'problem.lint-errors': '未通过编制规范检查',
		'problem.compile-errors': '无法编译事项',
		'problem.code-mismatch': '事项编码不一致',
		'problem.unknown-department': '部门不存在',
		'problem.department-required': '请指定部门',
		'problem.department-mismatch': '部门与实施主体不一致',
		'problem.unknown-template': '模板不存在',
		'problem.invalid-effective-date': '生效日期无效',
		'problem.reason-required': '请填写取消原因',
		'problem.invalid-department': '部门信息有误',
		'problem.invalid-calendar': '节假日数据有误',
		'problem.bad-webhook-url': '推送地址无效',
		'problem.invalid-notice': '节假日通知无法识别',
		'problem.invalid-settings': '设置有误',
		'problem.calendar-gap': '节假日安排尚未载入',
		'problem.invalid-user': '账号信息有误',

		'server.internal': '请求未能完成，已记录错误。',
		'server.unstorableText': '请求中含有空字符（U+0000）或不成对的代理项，未保存。',
		'server.api.noEndpoint': '没有接口 {path}。',
		'server.api.methodNotAllowed': '接口 {path} 不支持 {method}。',
		'problem.cross-origin': '拒绝跨站请求',
		'problem.validator-failed': '无法生成校验程序',
		'problem.form-too-large': '表单过大',
		'server.origin.refused': '来自 {origin} 的页面不能修改本系统的数据；请在本系统的页面中操作。',

		'server.body.tooLarge': '请求体不能超过 {mb} MB。',
		'server.body.unreadable': '请求体读取失败。',
		'server.body.notJson': '请求体必须是 application/json。',
		'server.body.notUtf8': '请求体不是有效的 UTF-8 文本。',
		'server.body.empty': '请求体为空。',
		'server.body.malformedAt': '第 {line} 行第 {column} 列：{message}',
		'server.body.malformed': '请求体不是有效的 JSON。',
		'server.body.invalidFields': '请求体字段有误。',
		'server.field.required': '缺少必填字段 {key}',
		'server.query.pageAndCursor': 'page 与 cursor 只能使用其一。',
		'server.query.badCursor': 'cursor 无效。',
		'server.required': '必填',

		'server.session.invalid': '请检查用户名和密码后重试。',
		'server.session.ipBlocked': '此地址登录失败次数过多，请 {minutes} 分钟后再试。',
		'server.session.slowDown':
			'从此地址以该用户名登录失败次数过多，请 {minutes} 分钟后再试；其他设备不受影响。',
		'server.session.disabled': '请联系管理员。',
		'server.session.demo': '生产环境中不能使用演示账号登录。',
		'server.start.demoAccounts':
			'生产环境（NODE_ENV=production）不能在存在演示账号时启动：{names} 的密码已公开在说明文档中。请先运行 npm run admin -- remove-demo-accounts（需要管理员时设置 BANSHI_ADMIN_PASSWORD 或用 npm run admin -- create-user 创建），再启动。',
		'server.start.adminPassword': 'BANSHI_ADMIN_PASSWORD 不能用作管理员密码：',
		'server.start.demoInProduction':
			'生产环境（NODE_ENV=production）不导入演示内容：请去掉 --demo / BANSHI_SEED_DEMO=1，或在开发环境中使用。',

		'server.item.notFound': '事项 {code} 不存在。',
		'server.item.exists': '事项编码 {code} 已存在。',
		'server.import.rejected': '表格有 {count} 处错误，未导入任何事项。',
		'server.import.exists': '事项编码 {code} 已存在',
		'server.import.unreadable': '上传的文件不是 .xlsx 工作簿（{reason}）。',
		'server.national.invalid': '交换文件有 {count} 处问题，未导入任何事项。',
		'server.item.revisionNotFound': '事项 {code} 没有第 {n} 版草稿。',
		'server.item.checkpointLabel': '检查点名称不能为空，且不超过 80 个字符。',
		'server.item.invalidDocument': '文档有 {count} 处问题，未保存。',
		'server.item.unsafePattern':
			'表单中的正则表达式可能导致灾难性回溯（ReDoS）或无法编译，未保存。',
		'server.item.codeMismatch':
			'文档中的事项编码 {documentCode} 与地址中的 {code} 不一致；事项编码不能修改。',
		'server.item.mustEqual': '应为 {value}',
		'server.item.stale':
			'草稿已被 {author} 更新为第 {current} 版，你的修改基于第 {base} 版，未保存。请合并后重试。',
		'server.item.templateOrDocument': '请提供 template 或 document 之一。',
		'server.item.unknownTemplate': '没有名为 {template} 的模板。',
		'server.item.unknownDepartment': '部门 {department} 不存在。',
		'server.item.departmentRequired': '无法从实施主体确定部门，请在请求中提供 department。',
		'server.item.departmentMismatch':
			'实施主体的统一社会信用代码属于部门 {owner}，不能在部门 {department} 下新建。',
		'server.item.oneSource': '请只提供 template、document、claim 之一。',
		'server.item.duplicateName':
			'本部门已有名为“{name}”的事项（{code}）；请换一个名称，或打开已有事项继续编辑。',
		'server.item.nameTaken': '与已有事项 {code} 同名',
		'server.item.notSubmittable': '草稿有 {count} 处问题须先修正，才能提交审核。',
		'server.item.notPublishedBase': '事项 {code} 尚未发布，不能作为基本目录事项认领。',
		'server.item.claimDepartmentNoCredit': '部门 {department} 没有登记统一社会信用代码，不能认领。',

		'server.review.notFound': '审核单 {id} 不存在。',
		'server.review.emptyComment': '第 {n} 条意见没有内容。',
		'server.review.badPointer': '第 {n} 条意见的定位不是 JSON 指针。',
		'server.review.needsComment': '退回时请填写至少一条意见。',
		'server.review.atLeastOne': '至少一条意见',
		'server.review.tooManyDrafts': '意见草稿最多 {max} 条。',
		'server.webhook.badUrl': '推送地址须为 http:// 或 https:// 开头的完整网址。',
		'server.webhook.notFound': '推送地址 {id} 不存在。',
		'server.review.duplicateDraft': '第 {n} 条意见草稿与前面的意见指向同一处。',

		'server.publish.effectiveDate': '生效日期须为今天（{today}）或之后的日期，格式 YYYY-MM-DD。',
		'server.publish.lintErrors': '有 {count} 项错误须先修正才能发布。',
		'server.publish.validatorFailed': '无法为此表单生成校验程序，门户将无法使用它：{reason}',
		'server.publish.validatorTooLarge':
			'此表单的校验程序有 {mb} MB，超过门户可加载的 {limit} MB；请减少字段或拆分事项。',

		'server.portal.notPublished': '没有已发布的事项 {code}。',
		'server.portal.retired': '事项 {code} 已于 {date} 取消：{reason}',
		'server.portal.notInForce': '事项 {code} 在 {day} 没有生效的版本。',
		'server.portal.noVersion': '事项 {code} 没有第 {n} 版。',
		'server.intake.notConfigured':
			'本门户未配置部门受理系统的接收地址，申请未发送；请打印申请表，携带材料到窗口办理。',
		'server.intake.failed':
			'受理系统未能接收申请（{reason}），申请未发送，请稍后重试或到窗口办理。',
		'server.intake.badReceipt': '受理系统的答复中没有回执编号',
		'server.interop.notBuilt': '此服务器尚未构建门户互操作模块（npm run build:interop）。',
		'server.interop.noModule':
			'没有模块 {name}（带内容哈希的文件名只对应一次构建）。当前版本：{latest}。',

		'server.scorecard.period': '统计期间无效：开始日期须不晚于结束日期，且期间不超过 {max} 个月。',
		'server.department.notFound': '部门 {code} 不存在。',
		'server.department.exists': '部门 {code} 已存在。',
		'server.department.creditCodeTaken': '该统一社会信用代码已属于另一个部门。',
		'server.department.badCode': '部门代码须为 1–64 位字母、数字、下划线或连字符',
		'server.department.emptyName': '部门名称不能为空',
		'server.department.badCreditCode': '统一社会信用代码无效',
		'server.calendar.unchanged': '数据未保存，正在使用的日历不变。',
		'server.calendar.notice': '通知中有 {count} 处无法识别，请按提示修改后重试；数据未保存。',
		'server.calendar.gap':
			'{year} 年的节假日安排尚未载入，本服务器设为严格模式，不按周末推算期限。请管理员在“节假日安排”中载入该年通知。',
		'server.decide.badDate': '受理日期须为 YYYY-MM-DD 格式的有效日期。',
		'server.settings.invalid': '设置有 {count} 处问题，未保存。',
		'server.settings.stale':
			'设置已被 {author} 更新为第 {current} 版，你的修改基于第 {base} 版，未保存。请重新载入后再改。',
		'server.settings.versionNotFound': '没有第 {n} 版设置。',

		'server.user.notFound': '用户 {id} 不存在。',
		'server.user.badUsername': '用户名须为 2–64 位字母、数字、点、下划线或连字符',
		'server.user.shortPassword': '密码至少 {min} 个字符（可使用短语，如几个词加空格）',
		'server.user.longPassword': '密码最多 {max} 个字符',
		'server.user.commonPassword': '这是常见或容易猜到的密码，请换一个',
		'server.user.passwordHasUsername': '密码不能包含用户名',
		'server.user.repetitivePassword': '密码不能是重复或连续的字符（如 aaaa、1234）',
		'server.user.badRole': '角色须为 {roles} 之一',
		'server.user.editorNeedsDepartment': '部门编辑至少属于一个部门',
		'server.user.unknownDepartment': '部门 {code} 不存在',
		'server.user.fixFields': '请按提示修改后重试。',
		'server.user.taken': '用户名 {username} 已存在。',
		'server.user.lastAdmin': '不能停用最后一个管理员。'
	},
	{
		'problem.bad-request': 'Bad request',
		'problem.unauthenticated': 'Authentication required',
		'problem.forbidden': 'Forbidden',
		'problem.not-found': 'Not found',
		'problem.method-not-allowed': 'Method not allowed',
		'problem.conflict': 'Conflict with the current state',
		'problem.payload-too-large': 'Payload too large',
		'problem.unsupported-media-type': 'Unsupported media type',
		'problem.internal': 'Internal server error',
		'problem.intake-not-configured': 'No intake endpoint configured',
		'problem.intake-failed': 'The intake system did not take the application',
		'problem.malformed-json': 'Malformed JSON',
		'problem.unstorable-text': 'Unstorable text',
		'problem.invalid-credentials': 'Invalid username or password',
		'problem.too-many-attempts': 'Too many sign-in attempts',
		'problem.account-disabled': 'Account disabled',
		'problem.demo-account': 'Demo accounts are disabled',
		'problem.item-retired': 'Item retired',
		'problem.item-in-review': 'Item in review',
		'problem.item-archived': 'Item archived',
		'problem.duplicate-name': 'Duplicate item name',
		'problem.not-submittable': 'The draft cannot be submitted yet',
		'problem.not-claimable': 'The item cannot be claimed',
		'problem.national-invalid': 'The national platform exchange file is invalid',
		'problem.invalid-document': 'Invalid item document',
		'problem.spreadsheet-rows': 'The spreadsheet has rows in error',
		'problem.unreadable-workbook': 'Not a readable Excel workbook',
		'problem.unsafe-pattern': 'Unsafe form pattern',
		'problem.lint-errors': 'Lint errors block publishing',
		'problem.compile-errors': 'The item cannot be compiled',
		'problem.code-mismatch': 'Item code mismatch',
		'problem.unknown-department': 'Unknown department',
		'problem.department-required': 'Department required',
		'problem.department-mismatch': 'Department does not match the implementing department',
		'problem.unknown-template': 'Unknown template',
		'problem.invalid-effective-date': 'Invalid effective date',
		'problem.reason-required': 'A reason is required',
		'problem.invalid-department': 'Invalid department',
		'problem.invalid-calendar': 'Invalid calendar data',
		'problem.bad-webhook-url': 'Invalid webhook address',
		'problem.invalid-notice': 'The holiday notice could not be read',
		'problem.invalid-settings': 'Invalid settings',
		'problem.calendar-gap': 'Holiday schedule not loaded',
		'problem.invalid-user': 'Invalid account data',

		'server.internal': 'The request could not be completed; the error was logged.',
		'server.unstorableText':
			'The request contains a NUL character (U+0000) or an unpaired surrogate; nothing was saved.',
		'server.api.noEndpoint': 'There is no endpoint {path}.',
		'server.api.methodNotAllowed': '{method} is not supported on {path}.',
		'problem.cross-origin': 'Cross-site request refused',
		'problem.validator-failed': 'Validators cannot be generated',
		'problem.form-too-large': 'Form too large',
		'server.origin.refused':
			'A page from {origin} may not change data here; use the pages of this site.',

		'server.body.tooLarge': 'The request body must not exceed {mb} MB.',
		'server.body.unreadable': 'The request body could not be read.',
		'server.body.notJson': 'The request body must be application/json.',
		'server.body.notUtf8': 'The request body is not valid UTF-8.',
		'server.body.empty': 'The request body is empty.',
		'server.body.malformedAt': 'line {line}, column {column}: {message}',
		'server.body.malformed': 'The request body is not valid JSON.',
		'server.body.invalidFields': 'The request body has invalid fields.',
		'server.field.required': 'missing required field {key}',
		'server.query.pageAndCursor': 'Use either page or cursor, not both.',
		'server.query.badCursor': 'Invalid cursor.',
		'server.required': 'required',

		'server.session.invalid': 'Check the username and password and try again.',
		'server.session.ipBlocked':
			'Too many failed sign-ins from this address; try again in {minutes} minutes.',
		'server.session.slowDown':
			'Too many failed sign-ins with this username from this address; try again in {minutes} minutes. Other devices are not affected.',
		'server.session.disabled': 'Contact an administrator.',
		'server.session.demo': 'Demo accounts cannot sign in in production.',
		'server.start.demoAccounts':
			'A production server (NODE_ENV=production) does not start while demo accounts exist: the passwords of {names} are printed in the README. Run npm run admin -- remove-demo-accounts first (for an administrator set BANSHI_ADMIN_PASSWORD or use npm run admin -- create-user), then start again.',
		'server.start.adminPassword': 'BANSHI_ADMIN_PASSWORD cannot be the administrator’s password:',
		'server.start.demoInProduction':
			'A production server (NODE_ENV=production) does not load demo content: drop --demo / BANSHI_SEED_DEMO=1, or use it in development.',

		'server.item.notFound': 'Item {code} does not exist.',
		'server.item.exists': 'Item {code} already exists.',
		'server.import.rejected': 'The spreadsheet has {count} error(s); no item was imported.',
		'server.import.exists': 'Item code {code} already exists',
		'server.import.unreadable': 'The file is not an .xlsx workbook ({reason}).',
		'server.national.invalid': 'The exchange file has {count} problems; nothing was imported.',
		'server.item.revisionNotFound': 'Item {code} has no revision {n}.',
		'server.item.checkpointLabel': 'A checkpoint needs a name of at most 80 characters.',
		'server.item.invalidDocument': 'The document has {count} problem(s) and was not saved.',
		'server.item.unsafePattern':
			'A form pattern may backtrack catastrophically (ReDoS) or does not compile; nothing was saved.',
		'server.item.codeMismatch':
			"The document's code {documentCode} differs from {code} in the URL; an item's code cannot change.",
		'server.item.mustEqual': 'must equal {value}',
		'server.item.stale':
			'The draft was updated to revision {current} by {author}; your change is based on revision {base} and was not saved. Merge and retry.',
		'server.item.templateOrDocument': 'Give exactly one of template or document.',
		'server.item.unknownTemplate': 'There is no template {template}.',
		'server.item.unknownDepartment': 'Department {department} does not exist.',
		'server.item.departmentRequired':
			'The department cannot be derived from the document; give `department` in the request.',
		'server.item.departmentMismatch':
			"The implementing department's credit code belongs to department {owner}; the item cannot be created under {department}.",
		'server.item.oneSource': 'Give exactly one of template, document and claim.',
		'server.item.duplicateName':
			'Your department already has an item named “{name}” ({code}); choose another name or open the existing item.',
		'server.item.nameTaken': 'same name as item {code}',
		'server.item.notSubmittable':
			'The draft has {count} problem(s) to fix before it can be submitted for review.',
		'server.item.notPublishedBase':
			'Item {code} has not been published; it cannot be claimed from the base catalog.',
		'server.item.claimDepartmentNoCredit':
			'Department {department} has no registered credit code; it cannot claim items.',

		'server.review.notFound': 'Review {id} does not exist.',
		'server.review.emptyComment': 'Comment {n} has no text.',
		'server.review.badPointer': 'Comment {n} has an invalid JSON pointer.',
		'server.review.needsComment': 'Returning needs at least one comment.',
		'server.review.atLeastOne': 'at least one comment',
		'server.review.tooManyDrafts': 'At most {max} comment drafts.',
		'server.webhook.badUrl': 'The webhook address must be a full http:// or https:// URL.',
		'server.webhook.notFound': 'Webhook {id} does not exist.',
		'server.review.duplicateDraft': 'Comment draft {n} points to the same place as an earlier one.',

		'server.publish.effectiveDate':
			'effectiveFrom must be today ({today}) or later, as YYYY-MM-DD.',
		'server.publish.lintErrors': '{count} error(s) must be fixed before publishing.',
		'server.publish.validatorFailed':
			'The validators of this form cannot be generated, so no portal could use it: {reason}',
		'server.publish.validatorTooLarge':
			'The validators of this form take {mb} MB, more than the {limit} MB a portal can load; use fewer fields or split the item.',

		'server.portal.notPublished': 'No published item {code}.',
		'server.portal.retired': 'Item {code} was retired on {date}: {reason}',
		'server.portal.notInForce': 'Item {code} has no version in force on {day}.',
		'server.portal.noVersion': 'Item {code} has no version {n}.',
		'server.intake.notConfigured':
			'This portal has no intake endpoint configured, so the application was not sent; print the application form and bring the materials to the service window.',
		'server.intake.failed':
			'The intake system did not take the application ({reason}); nothing was sent, try again later or apply at the window.',
		'server.intake.badReceipt': 'the intake system answered without a receipt number',
		'server.interop.notBuilt':
			'The portal interop kit has not been built on this server (npm run build:interop).',
		'server.interop.noModule':
			'There is no module {name} (a content-hashed name belongs to one build). Current: {latest}.',

		'server.scorecard.period':
			'Invalid period: the first day must not be after the last, and the period may span at most {max} months.',
		'server.department.notFound': 'Department {code} does not exist.',
		'server.department.exists': 'Department {code} exists.',
		'server.department.creditCodeTaken': 'That credit code belongs to another department.',
		'server.department.badCode': 'code must be 1–64 letters, digits, _ or -',
		'server.department.emptyName': 'name must not be empty',
		'server.department.badCreditCode': 'invalid unified social credit code',
		'server.calendar.unchanged': 'Nothing was saved; the calendar in use is unchanged.',
		'server.calendar.notice':
			'{count} places in the notice could not be read; correct them and try again. Nothing was saved.',
		'server.calendar.gap':
			'The holiday schedule for {year} is not loaded and this server is strict: deadlines are not counted on weekends only. An administrator can load the notice under “Holiday schedule”.',
		'server.decide.badDate': 'The acceptance date must be a valid date written YYYY-MM-DD.',
		'server.settings.invalid': 'The settings have {count} problems and were not saved.',
		'server.settings.stale':
			'The settings were updated to version {current} by {author}; your change is based on version {base} and was not saved. Reload and change again.',
		'server.settings.versionNotFound': 'There is no settings version {n}.',

		'server.user.notFound': 'User {id} does not exist.',
		'server.user.badUsername':
			'username must be 2–64 letters, digits, dots, underscores or hyphens',
		'server.user.shortPassword':
			'password must have at least {min} characters (a phrase of several words works well)',
		'server.user.longPassword': 'password must have at most {max} characters',
		'server.user.commonPassword': 'this password is common or easy to guess; choose another',
		'server.user.passwordHasUsername': 'password must not contain the username',
		'server.user.repetitivePassword':
			'password must not be repeated or sequential characters (such as aaaa or 1234)',
		'server.user.badRole': 'role must be one of {roles}',
		'server.user.editorNeedsDepartment': 'an editor needs at least one department',
		'server.user.unknownDepartment': 'department {code} does not exist',
		'server.user.fixFields': 'Fix the listed fields and try again.',
		'server.user.taken': 'The username {username} is taken.',
		'server.user.lastAdmin': 'The last administrator cannot be disabled.'
	}
);
