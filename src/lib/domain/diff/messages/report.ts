// Messages of the diff report as a whole: headline, verdicts, Markdown, and the deviation report of
// a local implementation against its base catalog item.
import { defineMessages } from '../../i18n';

export const diffReportMessages = defineMessages(
	{
		'diff.headline.none': '两个版本没有差异',
		'diff.headline':
			'共 {total} 处变更（对申请人不利 {stricter} 处、有利 {looser} 处）；{verdict}；建议版本升级：{bump}',
		'diff.headline.promiseBroken':
			'共 {total} 处变更（对申请人不利 {stricter} 处、有利 {looser} 处）；{verdict}；建议版本升级：{bump}；违反事项的兼容性承诺（{promise}）',
		'diff.verdict.none': '申请表结构无变化',
		'diff.verdict.both': '对门户完全兼容（新旧数据互通）',
		'diff.verdict.backward': '向后兼容（旧数据在新版下仍有效）',
		'diff.verdict.forward': '仅向前兼容（旧数据在新版下可能无效）',
		'diff.verdict.breaking': '不兼容（门户需同步升级）',
		'diff.differentItems':
			'不能比较两个不同的事项：旧版编码 {oldCode}（{oldName}），新版编码 {newCode}（{newName}）',
		'diff.input.uncompiled.old': '旧版事项未通过编译校验，兼容性按未校验的表单判断：{reason}',
		'diff.input.uncompiled.new': '新版事项未通过编译校验，兼容性按未校验的表单判断：{reason}',
		'diff.input.notItem.old':
			'旧版输入不是事项定义或已发布的事项包（缺少 code、guide、materials 或表单）',
		'diff.input.notItem.new':
			'新版输入不是事项定义或已发布的事项包（缺少 code、guide、materials 或表单）',

		'diff.group.identity': '基本信息',
		'diff.group.guide': '办事指南',
		'diff.group.materials': '申请材料',
		'diff.group.tolerance': '容缺受理',
		'diff.group.form': '申请表单',
		'diff.effect.stricter': '对申请人不利',
		'diff.effect.looser': '对申请人有利',
		'diff.md.title': '变更对比：{name}（{code}）',
		'diff.md.count': '{title}（{count}）',
		'diff.md.tags': '（{tags}）',
		'diff.md.portalCompat': '门户兼容性：{verdict}',
		'diff.md.breaksPromise': '⚠ 违反兼容性承诺',
		'diff.md.compat': '门户兼容性',
		'diff.md.compatVerdict.kept':
			'结论：{verdict}；建议版本升级：{bump}；兼容性承诺：{promise}（已遵守）',
		'diff.md.compatVerdict.broken':
			'结论：{verdict}；建议版本升级：{bump}；兼容性承诺：{promise}（未遵守）',
		'diff.md.tableHead': '| 位置 | 向后 | 向前 | 原因 |',
		'diff.md.reason': '{reason}（{code}）',

		'diff.deviations.title': '与基本目录的差异：{name}',
		'diff.deviations.summary':
			'基本目录 {base} → 实施清单 {local}。结论：**{verdict}**（允许 {allowed} 项，需审查 {flagged} 项）',
		'diff.deviations.flagged': '需审查的差异',
		'diff.deviations.allowed': '允许的差异',
		'diff.deviations.reason': '理由：{reason}',
		'diff.deviations.noBase': '本地事项未声明所依据的基本目录事项（base）',
		'diff.deviations.otherBase':
			'本地事项依据的基本目录编码为 {declared}，与所给基本目录事项 {base} 不一致',
		'diff.deviations.conforms': '符合基本目录',
		'diff.deviations.toReview': '存在 {count} 项需审查的差异',

		'diff.deviation.local': '办理地点、时间、咨询投诉方式和常见问题由各地按实际确定',
		'diff.deviation.localIdentity': '实施主体、实施编码和行使层级由各地确定',
		'diff.deviation.slower': '办结时限长于基本目录',
		'diff.deviation.faster': '承诺时限短于基本目录，属于提速',
		'diff.deviation.legalTimeLimit': '法定办结时限由法律规定，不应改动',
		'diff.deviation.convenience': '减少跑动、提升网办深度属于便民措施',
		'diff.deviation.basis': '设定依据或实施依据与基本目录不一致',
		'diff.deviation.conditions': '受理条件与基本目录不一致',
		'diff.deviation.fees': '收费与基本目录不一致',
		'diff.deviation.materials': '申请材料与基本目录不一致（增减材料）',
		'diff.deviation.necessity': '材料必要性与基本目录不一致',
		'diff.deviation.tolerance': '容缺范围宽于基本目录',
		'diff.deviation.form': '申请表增加了必填内容',
		'diff.deviation.elements': '事项要素与基本目录不一致',
		'diff.deviation.stricter': '对申请人的要求高于基本目录',
		'diff.deviation.other': '不改变办理标准的本地化调整'
	},
	{
		'diff.headline.none': 'no differences',
		'diff.headline':
			'{total} change(s) ({stricter} worse, {looser} better for applicants); {verdict}; suggested bump: {bump}',
		'diff.headline.promiseBroken':
			"{total} change(s) ({stricter} worse, {looser} better for applicants); {verdict}; suggested bump: {bump}; breaks the item's compatibility promise ({promise})",
		'diff.verdict.none': 'application schema unchanged',
		'diff.verdict.both': 'fully compatible for portals',
		'diff.verdict.backward': 'backward compatible (old data stays valid)',
		'diff.verdict.forward': 'forward compatible only (old data may be rejected)',
		'diff.verdict.breaking': 'breaking (portals must upgrade together)',
		'diff.differentItems':
			'cannot diff two different items: old code {oldCode} ({oldName}), new code {newCode} ({newName})',
		'diff.input.uncompiled.old':
			'the old item does not compile; compatibility is judged on the unchecked form: {reason}',
		'diff.input.uncompiled.new':
			'the new item does not compile; compatibility is judged on the unchecked form: {reason}',
		'diff.input.notItem.old':
			'the old input is neither an item document nor a published bundle (code, guide, materials or form missing)',
		'diff.input.notItem.new':
			'the new input is neither an item document nor a published bundle (code, guide, materials or form missing)',

		'diff.group.identity': 'Identity',
		'diff.group.guide': 'Service guide',
		'diff.group.materials': 'Materials',
		'diff.group.tolerance': 'Tolerance',
		'diff.group.form': 'Application form',
		'diff.effect.stricter': 'worse for applicants',
		'diff.effect.looser': 'better for applicants',
		'diff.md.title': 'Changes: {name} ({code})',
		'diff.md.count': '{title} ({count})',
		'diff.md.tags': ' ({tags})',
		'diff.md.portalCompat': 'portal compatibility: {verdict}',
		'diff.md.breaksPromise': '⚠ breaks the compatibility promise',
		'diff.md.compat': 'Portal compatibility',
		'diff.md.compatVerdict.kept':
			'Verdict: {verdict}; suggested bump: {bump}; promise: {promise} (kept)',
		'diff.md.compatVerdict.broken':
			'Verdict: {verdict}; suggested bump: {bump}; promise: {promise} (broken)',
		'diff.md.tableHead': '| Pointer | Backward | Forward | Reason |',
		'diff.md.reason': '{reason} ({code})',

		'diff.deviations.title': 'Deviations from the base catalog: {name}',
		'diff.deviations.summary':
			'Base {base} → local {local}. Verdict: **{verdict}** ({allowed} allowed, {flagged} to review)',
		'diff.deviations.flagged': 'To review',
		'diff.deviations.allowed': 'Allowed',
		'diff.deviations.reason': 'Reason: {reason}',
		'diff.deviations.noBase': 'the local item declares no base catalog item (base)',
		'diff.deviations.otherBase':
			'the local item derives from {declared}, not from the given base item {base}',
		'diff.deviations.conforms': 'conforms to the base catalog',
		'diff.deviations.toReview': '{count} difference(s) need review',

		'diff.deviation.local': 'places, hours, contacts and FAQ are set locally',
		'diff.deviation.localIdentity': 'department, implementation code and levels are set locally',
		'diff.deviation.slower': 'time limit longer than the base catalog',
		'diff.deviation.faster': 'a shorter promised time limit is a faster service',
		'diff.deviation.legalTimeLimit': 'the legal time limit is set by law',
		'diff.deviation.convenience': 'fewer visits and more online service are allowed',
		'diff.deviation.basis': 'legal basis differs from the base catalog',
		'diff.deviation.conditions': 'conditions differ from the base catalog',
		'diff.deviation.fees': 'fees differ from the base catalog',
		'diff.deviation.materials': 'materials added or removed against the base catalog',
		'diff.deviation.necessity': 'material necessity differs from the base catalog',
		'diff.deviation.tolerance': 'tolerance looser than the base catalog',
		'diff.deviation.form': 'the form asks for more than the base catalog',
		'diff.deviation.elements': 'item elements differ from the base catalog',
		'diff.deviation.stricter': 'asks more of applicants than the base catalog',
		'diff.deviation.other': 'local adjustment that keeps the standard'
	}
);
