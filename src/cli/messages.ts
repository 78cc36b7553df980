// Messages of the banshi command line: the overview, each command's summary and help, and what the
// commands print around the domain's own messages.
import { defineMessages } from '../lib/domain/i18n';

export const cliMessages = defineMessages(
	{
		'cli.title': 'banshi — 政务服务事项命令行工具',
		'cli.usage': '用法：banshi <命令> [参数]',
		'cli.footer':
			'每个命令都支持 --help。--lang en 切换为英文输出。退出码：0 成功，1 输入无效或值被拒绝，2 用法错误或文件无法读取。',
		'cli.unknownCommand': '未知命令：{name}',
		'cli.error': '错误：{message}',

		'cli.file.cannotRead': '{path}: 无法读取（{reason}）',
		'cli.settings.invalid': '{source}：设置有 {count} 处问题',
		'cli.settings.badServer': '“{server}”不是有效的服务器地址',
		'cli.settings.unreachable': '无法从 {url} 取得设置（{reason}）',
		'cli.file.cannotWrite': '{path}: 无法写入（{reason}）',
		'cli.file.missing': '文件不存在',
		'cli.file.directory': '这是一个目录',
		'cli.file.denied': '没有读取权限',
		'cli.item.invalid': '事项文档无效（{count}）：',
		'cli.calendar.invalid': '日历文件无效：',
		'cli.calendar.notice': '节假日通知无法识别：',
		'cli.calendar.gapHint':
			'请用 --calendar 载入该年安排：国务院办公厅关于 {year} 年部分节假日安排的通知的文本文件，或导出的日历 JSON。',
		'cli.calendar.provisional':
			'注意：期限为临时结果（{years} 年按周末计算）。载入该年安排后重新判定：--calendar 通知文本或日历 JSON；--strict-calendar 则不作临时判定。',

		'cli.validate.summary': '校验事项文档',
		'cli.validate.help':
			'按事项元模式（JSON Schema 2020-12）及语义规则校验事项文档，逐条列出问题及其 JSON 指针。',
		'cli.validate.valid': '{file}：有效',
		'cli.validate.invalid': '{file}：无效，共 {count} 个问题',
		'cli.compile.summary': '编译为发布包',
		'cli.compile.help':
			'把事项编译为发布包（申请表 JSON Schema、uiSchema、受理判定模式、办事指南），输出到标准输出或 -o 指定的文件；同一输入总是得到逐字节相同的输出。',
		'cli.compile.written': '已写入 {file}（sha256 {hash}）',
		'cli.accept.summary': '受理判定',
		'cli.accept.help':
			'按事项编译出的受理判定模式判定一份申请：受理（accept）/ 容缺受理（accept-with-tolerance）/ 一次性告知补正（supplement）/ 不予受理（reject），以 JSON 输出（含缺少的材料、需更正的字段、补交期限、所用日历）。退出码：0 受理，3 容缺受理，1 一次性告知补正，4 不予受理。--print 另把判定写成可在 A4 纸上打印的通知书（HTML：受理通知书、容缺受理通知书、一次性告知（补正）通知书或不予受理决定书）；--pdf 用本机的无头 Chromium（$BANSHI_CHROMIUM 或 /usr/bin/chromium）打印为 PDF。',
		'cli.accept.printed': '通知书已写入 {file}',
		'cli.accept.noBrowser':
			'无法生成 PDF：未找到无头浏览器（{reason}）。请设置 BANSHI_CHROMIUM 为 Chromium 的路径，或改用 --print 输出 HTML 后在浏览器中打印。',
		'cli.lint.summary': '编制规范检查',
		'cli.lint.help':
			'按编制规范检查事项，逐条输出规则编号、级别、JSON 指针与说明。发现错误级问题时退出码为 1。--settings 为从管理界面导出的设置文件，--server 为 Banshi 服务器地址（取其正在使用的设置），两者只取其一；--config 为规则配置（规则编号 → off/info/warning/error），在设置之上再覆盖；--profile 覆盖设置中的严格本地规则开关。',
		'cli.lint.total': '{file}：{count} 条发现，其中错误 {errors} 条',
		'cli.diff.summary': '两个版本的语义差异',
		'cli.diff.help':
			'比较同一事项的两个版本：按办事指南、申请材料、容缺规则、申请表单分组列出变更及其中文说明，并给出对申请人（有利/不利）和对门户（申请表与受理判定模式的兼容性）的判断及建议的版本号升级。变更违反事项的兼容性承诺时退出码为 1。',
		'cli.diff.promiseBroken': '变更违反了事项的兼容性承诺（见上方“门户兼容性”）',
		'cli.deviations.summary': '实施清单与基本目录的差异',
		'cli.deviations.help':
			'比较实施清单事项与其基本目录事项，列出每项差异，标明标准允许的本地差异与需审查的差异（同一事项无差别受理、同标准办理）。',
		'cli.format.summary': '校验证件号码等格式',
		'cli.format.help':
			'校验一个值：身份证号码（cn-id-card）、统一社会信用代码（cn-uscc）、行政区划代码（cn-region）、手机号（cn-mobile）、邮政编码（cn-postcode）。不符合时退出码为 1。',
		'cli.format.unknown': '未知格式：{name}',
		'cli.format.valid': '有效：{value}',
		'cli.format.invalid': '无效：{reason}',
		'cli.format.warning': '提示：{warning}',
		'cli.workdays.summary': '工作日计算',
		'cli.workdays.help':
			'按国务院节假日安排（含调休）计算：add 求 DATE 之后第 N 个工作日（当日不计）；between 求 FROM 之后至 TO（含）之间的工作日数。--calendar 指定管理员发布的日历覆盖文件。',
		'cli.workdays.badDate': '日期格式应为 YYYY-MM-DD：{value}',
		'cli.workdays.badCount': 'N 应为整数：{value}',
		'cli.importXlsx.summary': '从 Excel 导入事项草稿',
		'cli.importXlsx.help':
			'读取 .xlsx 第一个工作表（第一行为表头），按映射（--mapping 保存的 JSON，缺省按常用表头识别）把列对应到要素；--layout material 表示每行一份材料、按事项编码归并。逐行校验：全部正确才在 -o 目录写出每个事项的 JSON 草稿，否则一个也不写，逐条列出行、列和原因。不加 -o 只预览。--departments 指定已登记实施主体的 JSON 列表。--save-mapping 把所用映射写入文件。',
		'cli.importXlsx.unreadable': '{file}：不是可读取的 .xlsx 工作簿（{reason}）',
		'cli.importXlsx.badMapping': '{file}：不是有效的列映射',
		'cli.importXlsx.badDepartments':
			'{file}：应为实施主体列表（JSON 数组，每项含 name 和 creditCode）',
		'cli.importXlsx.preview': '第 {row} 行：{code} {name}（{materials} 份材料）',
		'cli.importXlsx.error': '{file}：第 {row} 行 {column}：{message}',
		'cli.importXlsx.rejected': '{file}：{count} 处错误，未导入任何事项',
		'cli.importXlsx.previewed': '{file}：{count} 个事项可以导入（未写入，加 -o 目录导入）',
		'cli.importXlsx.imported': '已导入 {count} 个事项草稿到 {dir}',
		'cli.exportNational.summary': '导出为国家平台交换文件',
		'cli.exportNational.help':
			'把一个或多个事项导出为国家政务服务平台实施清单交换格式（基本信息、申请材料、收费项目，使用国家代码表）；国家格式容纳不了的内容（申请表、容缺规则等）放在 x_banshi 扩展中，再导入时得到完全相同的事项。多个事项写在 items 列表中。',
		'cli.exportNational.written': '已写入 {file}（{count} 个事项）',
		'cli.importNational.summary': '导入国家平台交换文件',
		'cli.importNational.help':
			'读取国家政务服务平台交换文件，转换为事项文档：-o 写入一个文件，或写入目录（每个事项一个“事项编码.json”）；不加 -o 则输出到标准输出。代码未知、缺少必填要素或不符合规则时逐条指出位置，并且一个事项也不导入。',
		'cli.importNational.invalid': '交换文件无效（{count} 处问题），未导入任何事项：',
		'cli.importNational.written': '已导入 {count} 个事项到 {target}',
		'cli.importNational.needDirectory': '文件含 {count} 个事项，-o 需要指定一个目录'
	},
	{
		'cli.title': 'banshi — command line for government service items',
		'cli.usage': 'usage: banshi <command> [arguments]',
		'cli.footer':
			'Every command takes --help. --lang en switches output to English. Exit codes: 0 ok, 1 invalid input or rejected value, 2 usage or unreadable file.',
		'cli.unknownCommand': 'unknown command：{name}',
		'cli.error': 'error：{message}',

		'cli.file.cannotRead': '{path}: cannot read（{reason}）',
		'cli.settings.invalid': '{source}: the settings have {count} problem(s)',
		'cli.settings.badServer': '"{server}" is not a server address',
		'cli.settings.unreachable': 'Could not get the settings from {url} ({reason})',
		'cli.file.cannotWrite': '{path}: cannot write（{reason}）',
		'cli.file.missing': 'no such file',
		'cli.file.directory': 'is a directory',
		'cli.file.denied': 'permission denied',
		'cli.item.invalid': 'invalid item document（{count}）：',
		'cli.calendar.invalid': 'invalid calendar file：',
		'cli.calendar.notice': 'the holiday notice could not be read:',
		'cli.calendar.gapHint':
			'Load that year with --calendar FILE: the text of the State Council notice for {year} (国务院办公厅关于 {year} 年部分节假日安排的通知) or an exported calendar JSON.',
		'cli.calendar.provisional':
			'Note: the deadlines are provisional ({years} counted on weekends only). Decide again with the schedule loaded: --calendar NOTICE.txt or CALENDAR.json; --strict-calendar refuses instead.',

		'cli.validate.summary': 'validate an item document',
		'cli.validate.help':
			'Validate an item document against the item meta-schema and semantic rules; every problem is listed with its JSON pointer.',
		'cli.validate.valid': '{file}: valid',
		'cli.validate.invalid': '{file}: invalid, {count} problem(s)',
		'cli.compile.summary': 'compile to a published bundle',
		'cli.compile.help':
			'Compile an item into its published bundle (application schema, uiSchema, acceptance schemas, guide), to stdout or the -o file; the same input always gives byte-identical output.',
		'cli.compile.written': 'wrote {file} (sha256 {hash})',
		'cli.accept.summary': 'decide acceptance',
		'cli.accept.help':
			'Decide a submission with the compiled acceptance schemas: accept / accept-with-tolerance / supplement (one-time notice of everything to supply or correct) / reject (a declared refusal case holds), printed as JSON (missing materials, fields to correct, supplement deadline, calendar used). Exit codes: 0 accept, 3 accept-with-tolerance, 1 supplement, 4 reject. --print also writes the decision as the notice to print on A4 (HTML: notice of acceptance, of acceptance with tolerance, to supplement, or decision not to accept); --pdf prints it to PDF with the local headless Chromium ($BANSHI_CHROMIUM or /usr/bin/chromium).',
		'cli.accept.printed': 'notice written to {file}',
		'cli.accept.noBrowser':
			'Cannot make a PDF: no headless browser found ({reason}). Set BANSHI_CHROMIUM to the path of Chromium, or use --print for HTML and print it from a browser.',
		'cli.lint.summary': 'standardization lint',
		'cli.lint.help':
			"Check an item against the standardization rules: rule id, severity, JSON pointer and message per finding. Exit code 1 when an error is found. --settings is a settings file exported from the administration screen, --server the address of a Banshi server whose settings in force are used (one or the other); --config is a rule set (rule id → off/info/warning/error) applied on top of them; --profile overrides the settings' strict local profile.",
		'cli.lint.total': '{file}: {count} finding(s), {errors} error(s)',
		'cli.diff.summary': 'semantic diff of two versions',
		'cli.diff.help':
			"Compare two versions of one item: changes grouped as guide, materials, tolerance and form, each with a sentence, whom it favours (better/worse for applicants), the portal compatibility verdict (application and acceptance schemas) and the suggested version bump. Exit code 1 when a change breaks the item's compatibility promise.",
		'cli.diff.promiseBroken':
			'The changes break the item\'s compatibility promise (see "portal compatibility" above)',
		'cli.deviations.summary': 'local vs base catalog deviations',
		'cli.deviations.help':
			'Compare a local implementation with its base catalog item; every difference is listed as allowed locally or flagged for review.',
		'cli.format.summary': 'check an identifier format',
		'cli.format.help':
			'Check one value: resident ID (cn-id-card), unified social credit code (cn-uscc), region code (cn-region), mobile (cn-mobile), postcode (cn-postcode). Exit code 1 when it fails.',
		'cli.format.unknown': 'unknown format：{name}',
		'cli.format.valid': 'valid：{value}',
		'cli.format.invalid': 'invalid：{reason}',
		'cli.format.warning': 'warning：{warning}',
		'cli.workdays.summary': 'working-day arithmetic',
		'cli.workdays.help':
			'Working days under the State Council holiday schedule (make-up days included): add gives the Nth working day after DATE (DATE not counted); between counts working days in (FROM, TO]. --calendar takes an administrator override file.',
		'cli.workdays.badDate': 'dates are YYYY-MM-DD：{value}',
		'cli.workdays.badCount': 'N must be an integer：{value}',
		'cli.importXlsx.summary': 'import draft items from Excel',
		'cli.importXlsx.help':
			'Reads the first worksheet of an .xlsx file (headers in row 1) and maps columns to elements with --mapping (a saved JSON mapping; by default the common headers are recognised); --layout material means one row per material, grouped by item code. Every row is checked: only when all are right is each item written as a JSON draft into the -o directory, otherwise none is, and each error is listed with its row, column and reason. Without -o it only previews. --departments names a JSON list of registered departments. --save-mapping writes the mapping used to a file.',
		'cli.importXlsx.unreadable': '{file}: not a readable .xlsx workbook ({reason})',
		'cli.importXlsx.badMapping': '{file}: not a valid column mapping',
		'cli.importXlsx.badDepartments':
			'{file}: expected a JSON array of departments, each with name and creditCode',
		'cli.importXlsx.preview': 'row {row}: {code} {name} ({materials} materials)',
		'cli.importXlsx.error': '{file}: row {row} {column}: {message}',
		'cli.importXlsx.rejected': '{file}: {count} errors, no item imported',
		'cli.importXlsx.previewed':
			'{file}: {count} items can be imported (nothing written; add -o DIR to import)',
		'cli.importXlsx.imported': 'imported {count} draft items into {dir}',
		'cli.exportNational.summary': 'export for the national platform',
		'cli.exportNational.help':
			'Writes one or more items in the exchange shape of the national government service platform (basic information, materials and fees with the national code lists); what that shape cannot hold (the application form, 容缺 rules, …) goes in the x_banshi extension, so importing the file gives the same items back. Several items are written as an items list.',
		'cli.exportNational.written': 'Wrote {file} ({count} items)',
		'cli.importNational.summary': 'import a national platform file',
		'cli.importNational.help':
			'Reads a national government service platform exchange file into item documents: -o writes one file, or a directory (one CODE.json per item); without -o they go to standard output. Unknown codes, missing required elements and broken rules are each reported with their place, and then no item is imported.',
		'cli.importNational.invalid':
			'The exchange file is invalid ({count} problems); nothing was imported:',
		'cli.importNational.written': 'Imported {count} items into {target}',
		'cli.importNational.needDirectory': 'The file holds {count} items; -o must name a directory'
	}
);

export type CliKey = keyof (typeof cliMessages)['zh-CN'];
