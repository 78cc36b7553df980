// Messages of 一件事 (one-thing): validation, compile conflicts, suggestions, the combined verdict.
import { defineMessages } from '../i18n';

export const oneThingMessages = defineMessages(
	{
		'onething.at': '{where}：{text}',
		'onething.root': '文档',
		'onething.required': '缺少必填项',
		'onething.unknownProperty': '不认识的属性“{name}”',
		'onething.duplicateMember': '成员事项 {code} 重复（第 {first} 项已列出）',
		'onething.unknownKey': '“{key}”不在内置字段语义词表中；自定义映射请以 custom: 开头',
		'onething.mappingMember': '映射引用的事项 {code} 不是本一件事的成员',
		'onething.duplicateMapping': '共享字段“{key}”映射了两次（第 {first} 项已有）',
		'onething.sharedSection': '共同信息',
		'onething.materials': '申请材料',
		'onething.conflict.type': '字段“{key}”在 {members} 中类型不同（{types}），不能合并为一项填写',
		'onething.conflict.format':
			'字段“{key}”在 {members} 中格式不同（{formats}），不能合并为一项填写',
		'onething.conflict.enum': '字段“{key}”在 {members} 中可选值不同，不能合并为一项填写',
		'onething.conflict.vocabulary':
			'事项 {members} 标为“{key}”的字段类型或格式应为 {expected}，实际为 {actual}',
		'onething.conflict.duplicateKey':
			'事项 {members} 有多个字段（{paths}）标为“{key}”，无法确定合并哪一个',
		'onething.conflict.unknownField': '映射“{key}”引用的字段 {path} 在事项 {members} 中不存在',
		'onething.conflict.notShareable':
			'事项 {members} 的字段 {path} 位于可选分组、列表或条件分支中，不能作为共享字段',
		'onething.conflict.ruleReads':
			'事项 {members} 的表单规则读取了字段 {path}（“{key}”），合并后规则无法判断；请对该键取消合并',
		'onething.conflict.duplicateMaterialKey':
			'事项 {members} 有多份材料标为“{key}”，无法确定合并哪一份',
		'onething.conflict.material':
			'材料“{key}”在 {members} 中可接受的文件类型没有交集，无法只提交一次',
		'onething.conflict.condition':
			'事项 {members} 的材料“{material}”的适用条件无法换算到合并后的表单：{reason}',
		'onething.conflict.missingMember': '成员事项 {members} 没有已发布的版本',
		'onething.conflict.pin': '成员事项 {members} 没有第 {version} 版（已发布：{available}）',
		'onething.conflict.tooFewMembers': '一件事至少需要两个成员事项',
		'onething.suggest.key': '{members} 都把该字段标为“{key}”',
		'onething.suggest.title':
			'{members} 都有名为“{title}”的字段，且格式相同（{format}），可考虑合并',
		'onething.decide.member': '{name}：{verdict}',
		'onething.decide.notApplicable': '{name}：本次申请不涉及',
		'onething.decide.deadline': '容缺材料请于 {date} 前一并补齐（各事项中最早的期限）',
		'onething.verdict.accept': '受理',
		'onething.verdict.accept-with-tolerance': '容缺受理',
		'onething.verdict.supplement': '一次性告知补正',
		'onething.verdict.reject': '不予受理',
		'onething.decide.all.accept': '各事项均予受理',
		'onething.decide.all.accept-with-tolerance': '一件事容缺受理',
		'onething.decide.all.supplement': '请一次性补齐下列材料或更正所填信息后再申请',
		'onething.lint.jointTimeLimit':
			'联办承诺时限 {joint} 长于所有成员事项的承诺时限（最长 {longest}），一件事应当比分别办理更快',
		'onething.lint.jointTimeLimitMaybe':
			'联办承诺时限 {joint} 可能长于所有成员事项的承诺时限（最长 {longest}，单位不同无法确定）',
		'onething.lint.unpublished': '成员事项 {code} 尚未发布，一件事无法发布',
		'onething.lint.unknownMember': '成员事项 {code} 不存在',
		'onething.lint.leadDepartment': '牵头部门“{name}”不是任何成员事项的实施主体（{departments}）',
		'onething.lint.unshareable':
			'事项 {member} 的字段 {path} 标为“{key}”，但它位于可选分组、列表或条件分支中，不会合并',
		'onething.lint.fix.keepApart': '在共享字段映射中对“{key}”选择分开填写，或修改成员事项',
		'onething.lint.fix.timeLimit': '把联办承诺时限改为不超过 {longest}',
		'onething.decide.none': '本次申请不涉及任何成员事项',
		'onething.decide.all.reject': '有事项不予受理'
	},
	{
		'onething.at': '{where}: {text}',
		'onething.root': 'document',
		'onething.required': 'required',
		'onething.unknownProperty': 'unknown property "{name}"',
		'onething.duplicateMember': 'member item {code} is listed twice (already entry {first})',
		'onething.unknownKey':
			'"{key}" is not in the built-in field vocabulary; start a hand-made mapping with custom:',
		'onething.mappingMember': 'the mapping names item {code}, which is not a member',
		'onething.duplicateMapping': 'shared field "{key}" is mapped twice (already entry {first})',
		'onething.sharedSection': 'Shared information',
		'onething.materials': 'Application materials',
		'onething.conflict.type':
			'field "{key}" has different types in {members} ({types}) and cannot be entered once',
		'onething.conflict.format':
			'field "{key}" has different formats in {members} ({formats}) and cannot be entered once',
		'onething.conflict.enum':
			'field "{key}" offers different choices in {members} and cannot be entered once',
		'onething.conflict.vocabulary':
			'the field of {members} marked "{key}" should be {expected} but is {actual}',
		'onething.conflict.duplicateKey':
			'{members} marks several fields ({paths}) as "{key}"; it is unclear which to merge',
		'onething.conflict.unknownField':
			'mapping "{key}" names field {path}, which {members} does not have',
		'onething.conflict.notShareable':
			'field {path} of {members} is in an optional group, a list or a conditional branch and cannot be shared',
		'onething.conflict.ruleReads':
			'a form rule of {members} reads field {path} ("{key}"), which the merged form could not decide; keep that key apart',
		'onething.conflict.duplicateMaterialKey':
			'{members} marks several materials as "{key}"; it is unclear which to merge',
		'onething.conflict.material':
			'material "{key}" accepts no common file type in {members} and cannot be handed in once',
		'onething.conflict.condition':
			'the condition of material "{material}" of {members} cannot be carried over to the merged form: {reason}',
		'onething.conflict.missingMember': 'member item {members} has no published version',
		'onething.conflict.pin':
			'member item {members} has no version {version} (published: {available})',
		'onething.conflict.tooFewMembers': 'a one-thing service needs at least two member items',
		'onething.suggest.key': '{members} all mark this field as "{key}"',
		'onething.suggest.title':
			'{members} all have a field named "{title}" with the same format ({format}); consider merging',
		'onething.decide.member': '{name}: {verdict}',
		'onething.decide.notApplicable': '{name}: not part of this application',
		'onething.decide.deadline':
			'supply the tolerated materials by {date} (the earliest deadline of the items)',
		'onething.verdict.accept': 'accepted',
		'onething.verdict.accept-with-tolerance': 'accepted with tolerance',
		'onething.verdict.supplement': 'to supplement',
		'onething.verdict.reject': 'not accepted',
		'onething.decide.all.accept': 'every item is accepted',
		'onething.decide.all.accept-with-tolerance':
			'the one-thing application is accepted with tolerance',
		'onething.decide.all.supplement':
			'supply the materials and correct the information below, all at once, and apply again',
		'onething.lint.jointTimeLimit':
			'the joint time limit {joint} is longer than every member item promises (longest {longest}); a one-thing service should be faster than applying separately',
		'onething.lint.jointTimeLimitMaybe':
			'the joint time limit {joint} may be longer than every member item promises (longest {longest}; the units differ)',
		'onething.lint.unpublished':
			'member item {code} is not published yet; the one-thing cannot be published',
		'onething.lint.unknownMember': 'member item {code} does not exist',
		'onething.lint.leadDepartment':
			'the lead department "{name}" implements none of the member items ({departments})',
		'onething.lint.unshareable':
			'field {path} of {member} is marked "{key}" but sits in an optional group, a list or a conditional branch and will not be merged',
		'onething.lint.fix.keepApart':
			'keep "{key}" apart in the shared-field mappings, or change the member item',
		'onething.lint.fix.timeLimit': 'shorten the joint time limit to at most {longest}',
		'onething.decide.none': 'no member item is part of this application',
		'onething.decide.all.reject': 'an item is not accepted'
	}
);
