// Sentences about the identity of an item (code, name, kind, department, levels, applicants…).
import { defineMessages } from '../../i18n';

export const identityDiffMessages = defineMessages(
	{
		'diff.none': '无',
		'diff.identity.code': '事项编码由 {old} 改为 {new}',
		'diff.identity.name': '事项名称由「{old}」改为「{new}」',
		'diff.identity.kind': '事项类型由{old}改为{new}',
		'diff.identity.department': '实施主体由「{old}」改为「{new}」',
		'diff.identity.levels': '行使层级',
		'diff.identity.applicantTypes': '服务对象',
		'diff.identity.setAdded': '{noun}新增{values}',
		'diff.identity.setRemoved': '{noun}取消{values}',
		'diff.identity.caseType': '办件类型由{old}改为{new}',
		'diff.identity.riskClass': '风险分类由{old}改为{new}',
		'diff.identity.compatibility': '兼容性承诺由{old}改为{new}',
		'diff.identity.base': '所依据的基本目录事项由 {old} 改为 {new}',
		'diff.identity.baseVersion': '{code} v{version}'
	},
	{
		'diff.none': 'none',
		'diff.identity.code': 'Code {old} → {new}',
		'diff.identity.name': 'Name "{old}" → "{new}"',
		'diff.identity.kind': 'Kind {old} → {new}',
		'diff.identity.department': 'Department "{old}" → "{new}"',
		'diff.identity.levels': 'Levels',
		'diff.identity.applicantTypes': 'Applicant types',
		'diff.identity.setAdded': '{noun} added: {values}',
		'diff.identity.setRemoved': '{noun} removed: {values}',
		'diff.identity.caseType': 'Case type {old} → {new}',
		'diff.identity.riskClass': 'Risk class {old} → {new}',
		'diff.identity.compatibility': 'Compatibility promise {old} → {new}',
		'diff.identity.base': 'Base item {old} → {new}',
		'diff.identity.baseVersion': '{code} v{version}'
	}
);
