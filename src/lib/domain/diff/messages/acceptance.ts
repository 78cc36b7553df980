// Why a change of the acceptance rules (materials needed, tolerance in force, refusal conditions) is
// or is not compatible for portals, and the sentences about machine-checkable refusal cases.
import { defineMessages } from '../../i18n';

export const acceptanceDiffMessages = defineMessages(
	{
		'diff.acceptance.nowNeeded':
			'受理规则收紧：材料{name}改为需要提交，旧版下受理的申请在新版下可能须补正',
		'diff.acceptance.noLongerNeeded':
			'受理规则放宽：材料{name}不再需要提交，旧版下受理的申请在新版下仍受理',
		'diff.acceptance.conditionChanged':
			'材料{name}的适用情形已修改，无法判定新旧受理结果的包含关系，按不兼容处理',
		'diff.acceptance.noLongerTolerable':
			'受理规则收紧：材料{name}不再可以容缺，旧版下容缺受理的申请在新版下须补正',
		'diff.acceptance.nowTolerable': '受理规则放宽：材料{name}改为可以容缺',
		'diff.acceptance.fewerMissing':
			'受理规则收紧：可容缺材料上限由 {old} 件减少为 {new} 件，旧版下容缺受理的申请在新版下可能须补正',
		'diff.acceptance.moreMissing': '受理规则放宽：可容缺材料上限由 {old} 件增加为 {new} 件',
		'diff.acceptance.toleranceOff':
			'受理规则收紧：容缺受理不再适用，旧版下容缺受理的申请在新版下须补正',
		'diff.acceptance.toleranceOn': '受理规则放宽：容缺受理开始适用',
		'diff.acceptance.refusalAdded':
			'受理规则收紧：新增不予受理情形「{text}」，旧版下受理的申请在新版下可能不予受理',
		'diff.acceptance.refusalRemoved': '受理规则放宽：删除不予受理情形「{text}」',
		'diff.acceptance.refusalChanged':
			'不予受理情形「{text}」的判断条件已修改，无法判定新旧受理结果的包含关系，按不兼容处理',
		'diff.refusal.added': '新增可自动判断的不予受理情形「{text}」',
		'diff.refusal.removed': '删除可自动判断的不予受理情形「{text}」',
		'diff.refusal.changed': '不予受理情形「{text}」的判断条件已修改'
	},
	{
		'diff.acceptance.nowNeeded':
			'Acceptance narrowed: material {name} is now needed; an application accepted before may now need supplementing',
		'diff.acceptance.noLongerNeeded':
			'Acceptance widened: material {name} is no longer needed; what was accepted before still is',
		'diff.acceptance.conditionChanged':
			'The condition of material {name} changed; whether old and new verdicts agree cannot be decided, so it counts as incompatible',
		'diff.acceptance.noLongerTolerable':
			'Acceptance narrowed: material {name} may no longer be tolerated; an application accepted with tolerance before now needs supplementing',
		'diff.acceptance.nowTolerable': 'Acceptance widened: material {name} may now be tolerated',
		'diff.acceptance.fewerMissing':
			'Acceptance narrowed: at most {new} tolerable materials may be missing instead of {old}; an application accepted with tolerance before may now need supplementing',
		'diff.acceptance.moreMissing':
			'Acceptance widened: at most {new} tolerable materials may be missing instead of {old}',
		'diff.acceptance.toleranceOff':
			'Acceptance narrowed: tolerance no longer applies; an application accepted with tolerance before now needs supplementing',
		'diff.acceptance.toleranceOn': 'Acceptance widened: tolerance now applies',
		'diff.acceptance.refusalAdded':
			'Acceptance narrowed: new refusal case "{text}"; an application accepted before may now be refused',
		'diff.acceptance.refusalRemoved': 'Acceptance widened: refusal case "{text}" removed',
		'diff.acceptance.refusalChanged':
			'The condition of refusal case "{text}" changed; whether old and new verdicts agree cannot be decided, so it counts as incompatible',
		'diff.refusal.added': 'Machine-checkable refusal case "{text}" added',
		'diff.refusal.removed': 'Machine-checkable refusal case "{text}" removed',
		'diff.refusal.changed': 'The condition of refusal case "{text}" changed'
	}
);
