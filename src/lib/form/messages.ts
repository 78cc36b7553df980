// Every string the form renderer shows to people, in the one catalog shape. Simplified Chinese is
// the default; English is kept complete so a portal can switch locale without touching the
// components.
import { defineMessages, translator, type Locale, type Translate } from '$lib/domain/i18n';

export const formMessages = defineMessages(
	{
		'form.submit': '提交',
		'form.required': '此项为必填项',
		'form.requiredMark': '（必填）',
		'form.errorPrefix': '错误：',
		'form.summaryTitle.one': '提交前请修正以下 {n} 处问题',
		'form.summaryTitle.other': '提交前请修正以下 {n} 处问题',
		'form.summaryUnlinked': '表单',
		'form.invalidFormat': '格式不正确',
		'form.format.date': '请输入有效日期，格式为 年-月-日',
		'form.format.date-time': '请输入有效的日期和时间',
		'form.format.email': '请输入有效的电子邮箱地址',
		'form.format.uri': '请输入以 http:// 或 https:// 开头的有效网址',
		'form.format.url': '请输入以 http:// 或 https:// 开头的有效网址',
		'form.selectPlaceholder': '请选择',
		'form.yes': '是',
		'form.no': '否',
		'form.itemTitle': '{title}（第 {n} 项）',
		'form.addItem': '添加{title}',
		'form.removeItem': '删除第 {n} 项',
		'form.moveUp': '第 {n} 项上移',
		'form.moveDown': '第 {n} 项下移',
		'form.itemAdded': '已添加第 {n} 项',
		'form.itemRemoved': '已删除第 {n} 项',
		'form.itemMoved': '已将第 {from} 项移到第 {to} 项',
		'form.minItemsReached.one': '至少需要 {n} 项',
		'form.minItemsReached.other': '至少需要 {n} 项',
		'form.maxItemsReached': '最多 {n} 项',
		'form.chooseOption': '请选择类型',
		'form.optionFallback': '选项 {n}',
		'form.chooseFile': '选择文件',
		'form.replaceFile': '重新选择',
		'form.removeFile': '移除文件 {name}',
		'form.fileHashing': '正在读取文件…',
		'form.fileChosen': '已选择：{name}（{size}）',
		'form.fileWrongType': '文件类型不符合要求，仅支持 {types} 格式',
		'form.fileTooBig': '文件大小为 {size}，超过上限 {max}',
		'form.fileUnreadable': '无法读取该文件，请重新选择',
		'form.fileAccepts': '支持 {types} 格式，单个文件不超过 {max}',
		'form.fileNotes': '填报须知',
		'form.blankTemplate': '空白表格',
		'form.sampleTemplate': '示例样表',
		'form.necessity.required': '必要',
		'form.necessity.optional': '非必要',
		'form.necessity.tolerable': '容缺',
		'form.essential': '要件',
		'form.region.province': '省（自治区、直辖市）',
		'form.region.city': '市（地区、自治州、盟）',
		'form.region.county': '县（市、区、旗）',
		'form.region.unknown': '未知的行政区划代码 {code}',
		'form.labelled': '{label}：{value}'
	},
	{
		'form.submit': 'Submit',
		'form.required': 'This field is required',
		'form.requiredMark': '(required)',
		'form.errorPrefix': 'Error: ',
		'form.summaryTitle.one': 'Please correct {n} problem before submitting',
		'form.summaryTitle.other': 'Please correct {n} problems before submitting',
		'form.summaryUnlinked': 'Form',
		'form.invalidFormat': 'Invalid format',
		'form.format.date': 'Enter a valid date as year-month-day',
		'form.format.date-time': 'Enter a valid date and time',
		'form.format.email': 'Enter a valid email address',
		'form.format.uri': 'Enter a valid web address starting with http:// or https://',
		'form.format.url': 'Enter a valid web address starting with http:// or https://',
		'form.selectPlaceholder': 'Select…',
		'form.yes': 'Yes',
		'form.no': 'No',
		'form.itemTitle': '{title} (item {n})',
		'form.addItem': 'Add {title}',
		'form.removeItem': 'Remove item {n}',
		'form.moveUp': 'Move item {n} up',
		'form.moveDown': 'Move item {n} down',
		'form.itemAdded': 'Item {n} added',
		'form.itemRemoved': 'Item {n} removed',
		'form.itemMoved': 'Item {from} moved to position {to}',
		'form.minItemsReached.one': 'At least {n} item is needed',
		'form.minItemsReached.other': 'At least {n} items are needed',
		'form.maxItemsReached': 'At most {n} items',
		'form.chooseOption': 'Choose a type',
		'form.optionFallback': 'Option {n}',
		'form.chooseFile': 'Choose file',
		'form.replaceFile': 'Choose another file',
		'form.removeFile': 'Remove file {name}',
		'form.fileHashing': 'Reading file…',
		'form.fileChosen': 'Chosen: {name} ({size})',
		'form.fileWrongType': 'This file type is not accepted; use {types}',
		'form.fileTooBig': 'The file is {size}, more than the limit of {max}',
		'form.fileUnreadable': 'The file could not be read; choose it again',
		'form.fileAccepts': '{types}, at most {max} per file',
		'form.fileNotes': 'Notes',
		'form.blankTemplate': 'Blank form',
		'form.sampleTemplate': 'Sample',
		'form.necessity.required': 'Required',
		'form.necessity.optional': 'Optional',
		'form.necessity.tolerable': 'Tolerable',
		'form.essential': 'Essential',
		'form.region.province': 'Province',
		'form.region.city': 'City',
		'form.region.county': 'County',
		'form.region.unknown': 'Unknown region code {code}',
		'form.labelled': '{label}: {value}'
	}
);

export type FormKey = keyof (typeof formMessages)['zh-CN'];
export type FormT = Translate<(typeof formMessages)['zh-CN']>;

/** The renderer's translator; Chinese unless English is asked for. */
export function formTranslator(locale: Locale | undefined): FormT {
	return translator(formMessages, locale ?? 'zh-CN');
}

/** The message for a standard format (date, email, …), if the renderer has its own. */
export function formatMessage(t: FormT, format: string): string | undefined {
	const key = `form.format.${format}`;
	return key in formMessages['zh-CN'] ? t(key as FormKey & `form.format.${string}`) : undefined;
}
