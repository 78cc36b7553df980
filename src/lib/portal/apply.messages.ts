// The strings the application form itself shows (the page's and the widget's): loading, the
// commitment, the submit button, the draft notice. Kept apart from the rest of the portal's catalog
// (which includes them) so the embeddable widget draws its form without the guide's and the list's
// hundreds of strings in two languages.
import { defineMessages, translator, type Locale, type Translate } from '$lib/domain/i18n';

export const applyMessages = defineMessages(
	{
		'portal.apply.loading': '正在加载表单校验程序…',
		'portal.apply.failed': '表单校验程序加载失败，请刷新页面重试。',
		'portal.apply.commitment': '告知承诺书',
		'portal.apply.commitmentSign': '本人已阅读并签署上述告知承诺书',
		'portal.apply.commitmentHint': '缺少标注“容缺”的材料时，须签署告知承诺书方可容缺受理。',
		'portal.apply.submit': '检查申请材料',
		'portal.apply.materials': '申请材料',
		'portal.draft.kept': '填写内容自动保存在本浏览器中，刷新页面不会丢失；在公用电脑上用完请清除。',
		'portal.draft.restored': '已恢复您上次在本浏览器中填写的内容（{time}）。',
		'portal.draft.clear': '清除填写内容',
		'portal.draft.cleared': '已清除本浏览器中保存的填写内容。',
		'portal.print.button': '打印申请表',
		'portal.apply.download': '下载申请数据（JSON）',
		'portal.decision.error': '无法作出受理决定：{message}'
	},
	{
		'portal.apply.loading': 'Loading the form checks…',
		'portal.apply.failed': 'The form checks could not be loaded; reload the page to try again.',
		'portal.apply.commitment': 'Commitment',
		'portal.apply.commitmentSign': 'I have read and sign the commitment above',
		'portal.apply.commitmentHint':
			'When a material marked "tolerable" is missing, the commitment must be signed for acceptance with tolerance.',
		'portal.apply.submit': 'Check my application',
		'portal.apply.materials': 'Application materials',
		'portal.draft.kept':
			'What you enter is kept in this browser, so reloading the page loses nothing; on a shared computer clear it when you are done.',
		'portal.draft.restored': 'Restored what you entered in this browser before ({time}).',
		'portal.draft.clear': 'Clear the form',
		'portal.draft.cleared': 'What this browser kept of the form was cleared.',
		'portal.print.button': 'Print the application form',
		'portal.apply.download': 'Download the application data (JSON)',
		'portal.decision.error': 'No decision could be made: {message}'
	}
);

export type ApplyT = Translate<(typeof applyMessages)['zh-CN']>;

/** The application form's translator for a locale. */
export function applyT(locale: Locale): ApplyT {
	return translator(applyMessages, locale);
}
