// Title, description, finding and fix of the conditional-field rule (申请表).
import { defineMessages } from '../../i18n';

export const conditionalFieldMessages = defineMessages(
	{
		'lint.conditional-field-shown.title': '条件必填字段始终显示',
		'lint.conditional-field-shown.description':
			'只在满足条件时必填的字段（allOf / if / then 的 required）若声明在对象自身的属性中，条件不成立时申请人仍会看到它（并可能误填）。应使用“显示条件”，把字段放在 then 中，仅在条件成立时显示和提交。',
		'lint.conditional-field-shown.message': '字段“{field}”仅在条件成立时必填，却始终显示',
		'lint.conditional-field-shown.fix': '改为“显示条件”：仅在条件成立时显示该字段'
	},
	{
		'lint.conditional-field-shown.title': 'Conditionally required field always shown',
		'lint.conditional-field-shown.description':
			'A field required only when a condition holds (allOf / if / then `required`) but declared among the object’s own properties is shown to applicants even when the condition does not hold. Use a “show when” condition: the field lives in `then` and is shown and submitted only while the condition holds.',
		'lint.conditional-field-shown.message':
			'Field “{field}” is required only under a condition but is always shown',
		'lint.conditional-field-shown.fix':
			'Use a “show when” condition: show the field only while it applies'
	}
);
