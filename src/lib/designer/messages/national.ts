// The designer's national import screen: choose an exchange file, see what it would create or
// change, import it all or nothing.
export const nationalZh = {
	'designer.national.title': '导入国家平台交换文件',
	'designer.national.link': '导入国家平台文件',
	'designer.national.intro':
		'选择国家政务服务平台实施清单交换文件（JSON：基本信息、申请材料、收费项目）。先预览将新建或修改哪些事项，确认后全部作为草稿导入；文件有任何问题则一个事项也不导入。',
	'designer.national.file': '交换文件',
	'designer.national.reading': '正在检查文件…',
	'designer.national.notJson': '文件不是有效的 JSON：{why}',
	'designer.national.refused': '文件有问题，未导入任何事项：',
	'designer.national.preview': '预览：{count} 个事项',
	'designer.national.code': '事项编码',
	'designer.national.name': '事项名称',
	'designer.national.department': '部门',
	'designer.national.action': '导入后',
	'designer.national.action.create': '新建草稿',
	'designer.national.action.change': '修改为新草稿',
	'designer.national.action.same': '无变化',
	'designer.national.import': '全部导入为草稿',
	'designer.national.importing': '正在导入…',
	'designer.national.done': '已导入 {count} 个事项。',
	'designer.national.back': '返回事项目录'
} as const;

export const nationalEn: Record<keyof typeof nationalZh, string> = {
	'designer.national.title': 'Import a national platform file',
	'designer.national.link': 'Import national platform file',
	'designer.national.intro':
		'Choose an implementation list exchange file of the national government service platform (JSON: basic information, materials, fees). Preview which items it would create or change, then import them all as drafts; if anything in the file is wrong, no item is imported.',
	'designer.national.file': 'Exchange file',
	'designer.national.reading': 'Checking the file…',
	'designer.national.notJson': 'The file is not valid JSON: {why}',
	'designer.national.refused': 'The file has problems; nothing was imported:',
	'designer.national.preview': 'Preview: {count} items',
	'designer.national.code': 'Item code',
	'designer.national.name': 'Item name',
	'designer.national.department': 'Department',
	'designer.national.action': 'After import',
	'designer.national.action.create': 'New draft',
	'designer.national.action.change': 'Changed, as a new draft',
	'designer.national.action.same': 'No change',
	'designer.national.import': 'Import all as drafts',
	'designer.national.importing': 'Importing…',
	'designer.national.done': 'Imported {count} items.',
	'designer.national.back': 'Back to the catalogue'
};
