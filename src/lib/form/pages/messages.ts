// What the steps of a multi-page form say: loaded with the stepper, only by a form with pages.
import { defineMessages } from '$lib/domain/i18n';

export const pageMessages = defineMessages(
	{
		'form.pages.nav': '填写步骤',
		'form.pages.step': '第 {n} 步，共 {total} 步：{title}',
		'form.pages.untitled': '第 {n} 步',
		'form.pages.next': '下一步',
		'form.pages.back': '上一步',
		'form.pages.review': '核对并提交',
		'form.pages.reviewHint': '请核对以下信息，确认无误后提交。',
		'form.pages.edit': '修改“{title}”',
		'form.pages.blank': '未填写'
	},
	{
		'form.pages.nav': 'Steps',
		'form.pages.step': 'Step {n} of {total}: {title}',
		'form.pages.untitled': 'Step {n}',
		'form.pages.next': 'Next',
		'form.pages.back': 'Back',
		'form.pages.review': 'Check and submit',
		'form.pages.reviewHint': 'Check your answers, then submit.',
		'form.pages.edit': 'Change “{title}”',
		'form.pages.blank': 'Not given'
	}
);
