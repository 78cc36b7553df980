// Titles, descriptions, findings and fixes of the material rules (申请材料).
import { defineMessages } from '../../i18n';

export const materialRuleMessages = defineMessages(
	{
		'lint.essential-material-tolerable.title': '要件被设为容缺',
		'lint.essential-material-tolerable.description': '主要材料（要件）决定能否受理，不得容缺后补。',
		'lint.essential-material-tolerable.message': '材料“{material}”是要件，不得设为容缺后补',
		'lint.essential-material-tolerable.fix': '将必要性改为“必要”',

		'lint.material-name-duplicate.title': '材料名称重复',
		'lint.material-name-duplicate.description':
			'同一事项中的材料名称（忽略空格和全角/半角差异）不得重复，否则申请人无法区分。',
		'lint.material-name-duplicate.message': '材料名称“{name}”与第 {first} 项材料重复',
		'lint.material-name-duplicate.fix': '合并两项材料，或修改名称以说明区别',

		'lint.material-condition-unknown-field.title': '材料条件引用了不存在的字段',
		'lint.material-condition-unknown-field.description':
			'材料的适用条件只能引用申请表中存在的字段，否则该条件永远不会（或总是）成立。',
		'lint.material-condition-unknown-field.message':
			'材料“{material}”的适用条件引用了申请表中不存在的字段“{field}”',
		'lint.material-condition-unknown-field.fix': '在申请表中添加该字段，或修改条件使用已有字段'
	},
	{
		'lint.essential-material-tolerable.title': 'Essential material marked tolerable',
		'lint.essential-material-tolerable.description':
			'Essential materials decide whether an application can be accepted; they may never be tolerated.',
		'lint.essential-material-tolerable.message':
			'Material “{material}” is essential and may not be tolerable',
		'lint.essential-material-tolerable.fix': 'Set its necessity to required',

		'lint.material-name-duplicate.title': 'Duplicate material name',
		'lint.material-name-duplicate.description':
			'Material names (ignoring spaces and full-width/half-width forms) must be unique within an item so applicants can tell them apart.',
		'lint.material-name-duplicate.message': 'Material name “{name}” duplicates material {first}',
		'lint.material-name-duplicate.fix':
			'Merge the two materials or rename one to say how they differ',

		'lint.material-condition-unknown-field.title': 'Material condition refers to a missing field',
		'lint.material-condition-unknown-field.description':
			'A material condition may only refer to fields of the application form; otherwise it never (or always) applies.',
		'lint.material-condition-unknown-field.message':
			'The condition of material “{material}” refers to “{field}”, which is not a field of the application form',
		'lint.material-condition-unknown-field.fix':
			'Add the field to the form or change the condition to use an existing field'
	}
);
