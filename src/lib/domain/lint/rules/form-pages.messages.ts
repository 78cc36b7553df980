// Title, description and findings of the multi-page form rule (分步填写).
import { defineMessages } from '../../i18n';

export const formPagesMessages = defineMessages(
	{
		'lint.form-pages.title': '分步填写的页面设置有误',
		'lint.form-pages.description':
			'ui:pages 把表单的分组排成若干步。未知的分组被忽略，同一分组出现在两步中时只留在第一步，没有标题或没有分组的步骤不易理解；未排入任何一步的分组（含申请材料）显示在最后一步。',
		'lint.form-pages.malformed':
			'ui:pages 应为列表，每一步含标题（title）和分组（sections），表单将按单页显示',
		'lint.form-pages.unknownSection': '第 {page} 步列出的分组“{section}”不在表单中',
		'lint.form-pages.duplicateSection': '分组“{section}”已在第 {first} 步，不能再排入第 {page} 步',
		'lint.form-pages.untitledPage': '第 {page} 步没有标题',
		'lint.form-pages.emptyPage': '第 {page} 步没有分组，不会显示',
		'lint.form-pages.unassigned': '分组{sections}未排入任何一步，将显示在最后一步',
		'lint.form-pages.fix': '在表单设计的“分步填写”中为每个分组选择一步，并为每一步填写标题'
	},
	{
		'lint.form-pages.title': 'Form pages set up wrongly',
		'lint.form-pages.description':
			'ui:pages arranges the sections of the form into steps. Unknown sections are ignored, a section on two steps stays on the first, and steps without a title or without sections confuse applicants; sections on no step (the materials included) are shown on the last step.',
		'lint.form-pages.malformed':
			'ui:pages must be a list of steps, each with a title and sections; the form is shown as one page',
		'lint.form-pages.unknownSection':
			'Step {page} lists “{section}”, which is not a section of the form',
		'lint.form-pages.duplicateSection':
			'Section “{section}” is already on step {first} and cannot be on step {page} too',
		'lint.form-pages.untitledPage': 'Step {page} has no title',
		'lint.form-pages.emptyPage': 'Step {page} has no section and is not shown',
		'lint.form-pages.unassigned':
			'Sections {sections} are on no step and are shown on the last step',
		'lint.form-pages.fix':
			'In the form designer’s “Pages”, choose a step for every section and give every step a title'
	}
);
