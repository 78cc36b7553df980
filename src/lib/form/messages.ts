// Every string the form renderer shows to people. Simplified Chinese is the default; English is
// kept complete so a portal can switch locale without touching the components.
import type { Locale } from '$lib/domain/i18n';

export interface FormMessages {
	submit: string;
	required: string;
	/** read by screen readers next to the red asterisk */
	requiredMark: string;
	errorPrefix: string;
	summaryTitle: (count: number) => string;
	summaryUnlinked: string;
	invalidFormat: string;
	formats: Record<string, string>;
	selectPlaceholder: string;
	yes: string;
	no: string;
	itemTitle: (title: string, n: number) => string;
	addItem: (title: string) => string;
	removeItem: (n: number) => string;
	moveUp: (n: number) => string;
	moveDown: (n: number) => string;
	itemAdded: (n: number) => string;
	itemRemoved: (n: number) => string;
	itemMoved: (from: number, to: number) => string;
	minItemsReached: (n: number) => string;
	maxItemsReached: (n: number) => string;
	chooseOption: string;
	optionFallback: (n: number) => string;
	chooseFile: string;
	replaceFile: string;
	removeFile: (name: string) => string;
	fileHashing: string;
	fileChosen: (name: string, size: string) => string;
	fileWrongType: (types: string) => string;
	fileTooBig: (size: string, max: string) => string;
	fileUnreadable: string;
	fileAccepts: (types: string, max: string) => string;
	fileNotes: string;
	blankTemplate: string;
	sampleTemplate: string;
	necessity: Record<'required' | 'optional' | 'tolerable', string>;
	essential: string;
	regionLevels: [string, string, string];
	regionUnknown: (code: string) => string;
}

const zh: FormMessages = {
	submit: '提交',
	required: '此项为必填项',
	requiredMark: '（必填）',
	errorPrefix: '错误：',
	summaryTitle: (n) => `提交前请修正以下 ${n} 处问题`,
	summaryUnlinked: '表单',
	invalidFormat: '格式不正确',
	formats: {
		date: '请输入有效日期，格式为 年-月-日',
		'date-time': '请输入有效的日期和时间',
		email: '请输入有效的电子邮箱地址',
		uri: '请输入以 http:// 或 https:// 开头的有效网址',
		url: '请输入以 http:// 或 https:// 开头的有效网址'
	},
	selectPlaceholder: '请选择',
	yes: '是',
	no: '否',
	itemTitle: (title, n) => `${title}（第 ${n} 项）`,
	addItem: (title) => `添加${title}`,
	removeItem: (n) => `删除第 ${n} 项`,
	moveUp: (n) => `第 ${n} 项上移`,
	moveDown: (n) => `第 ${n} 项下移`,
	itemAdded: (n) => `已添加第 ${n} 项`,
	itemRemoved: (n) => `已删除第 ${n} 项`,
	itemMoved: (from, to) => `已将第 ${from} 项移到第 ${to} 项`,
	minItemsReached: (n) => `至少需要 ${n} 项`,
	maxItemsReached: (n) => `最多 ${n} 项`,
	chooseOption: '请选择类型',
	optionFallback: (n) => `选项 ${n}`,
	chooseFile: '选择文件',
	replaceFile: '重新选择',
	removeFile: (name) => `移除文件 ${name}`,
	fileHashing: '正在读取文件…',
	fileChosen: (name, size) => `已选择：${name}（${size}）`,
	fileWrongType: (types) => `文件类型不符合要求，仅支持 ${types} 格式`,
	fileTooBig: (size, max) => `文件大小为 ${size}，超过上限 ${max}`,
	fileUnreadable: '无法读取该文件，请重新选择',
	fileAccepts: (types, max) => `支持 ${types} 格式，单个文件不超过 ${max}`,
	fileNotes: '填报须知',
	blankTemplate: '空白表格',
	sampleTemplate: '示例样表',
	necessity: { required: '必要', optional: '非必要', tolerable: '容缺' },
	essential: '要件',
	regionLevels: ['省（自治区、直辖市）', '市（地区、自治州、盟）', '县（市、区、旗）'],
	regionUnknown: (code) => `未知的行政区划代码 ${code}`
};

const en: FormMessages = {
	submit: 'Submit',
	required: 'This field is required',
	requiredMark: '(required)',
	errorPrefix: 'Error: ',
	summaryTitle: (n) => `Please correct ${n} ${n === 1 ? 'problem' : 'problems'} before submitting`,
	summaryUnlinked: 'Form',
	invalidFormat: 'Invalid format',
	formats: {
		date: 'Enter a valid date as year-month-day',
		'date-time': 'Enter a valid date and time',
		email: 'Enter a valid email address',
		uri: 'Enter a valid web address starting with http:// or https://',
		url: 'Enter a valid web address starting with http:// or https://'
	},
	selectPlaceholder: 'Select…',
	yes: 'Yes',
	no: 'No',
	itemTitle: (title, n) => `${title} (item ${n})`,
	addItem: (title) => `Add ${title}`,
	removeItem: (n) => `Remove item ${n}`,
	moveUp: (n) => `Move item ${n} up`,
	moveDown: (n) => `Move item ${n} down`,
	itemAdded: (n) => `Item ${n} added`,
	itemRemoved: (n) => `Item ${n} removed`,
	itemMoved: (from, to) => `Item ${from} moved to position ${to}`,
	minItemsReached: (n) => `At least ${n} ${n === 1 ? 'item is' : 'items are'} needed`,
	maxItemsReached: (n) => `At most ${n} items`,
	chooseOption: 'Choose a type',
	optionFallback: (n) => `Option ${n}`,
	chooseFile: 'Choose file',
	replaceFile: 'Choose another file',
	removeFile: (name) => `Remove file ${name}`,
	fileHashing: 'Reading file…',
	fileChosen: (name, size) => `Chosen: ${name} (${size})`,
	fileWrongType: (types) => `This file type is not accepted; use ${types}`,
	fileTooBig: (size, max) => `The file is ${size}, more than the limit of ${max}`,
	fileUnreadable: 'The file could not be read; choose it again',
	fileAccepts: (types, max) => `${types}, at most ${max} per file`,
	fileNotes: 'Notes',
	blankTemplate: 'Blank form',
	sampleTemplate: 'Sample',
	necessity: { required: 'Required', optional: 'Optional', tolerable: 'Tolerable' },
	essential: 'Essential',
	regionLevels: ['Province', 'City', 'County'],
	regionUnknown: (code) => `Unknown region code ${code}`
};

export function formMessages(locale: Locale | undefined): FormMessages {
	return locale === 'en' ? en : zh;
}
