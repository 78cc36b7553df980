// Words of the designer's multi-page editor (分步填写).
import { defineMessages, translator, type Locale } from '$lib/domain/i18n';

export const pagesEditorMessages = defineMessages(
	{
		'pages.title': '分步填写',
		'pages.hint':
			'把表单的分组排成若干步，申请人逐步填写、每步检查，最后核对后提交。不设置则为单页表单；不认识此设置的门户仍按单页显示。',
		'pages.add': '添加一步',
		'pages.remove': '删除第 {n} 步',
		'pages.stepTitle': '第 {n} 步标题',
		'pages.sections': '各分组所在步骤',
		'pages.sectionStep': '“{section}”所在步骤',
		'pages.option': '第 {n} 步：{title}',
		'pages.materials': '申请材料',
		'pages.newTitle': '第 {n} 步'
	},
	{
		'pages.title': 'Pages',
		'pages.hint':
			'Arrange the sections of the form into steps: applicants fill in and check one step at a time and review everything before submitting. Without steps the form is one page; portals that do not know this setting still show one page.',
		'pages.add': 'Add a step',
		'pages.remove': 'Remove step {n}',
		'pages.stepTitle': 'Title of step {n}',
		'pages.sections': 'Step of each section',
		'pages.sectionStep': 'Step of “{section}”',
		'pages.option': 'Step {n}: {title}',
		'pages.materials': 'Materials',
		'pages.newTitle': 'Step {n}'
	}
);

export function pagesEditorT(locale: Locale | undefined) {
	return translator(pagesEditorMessages, locale ?? 'zh-CN');
}
