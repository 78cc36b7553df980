// The scorecard screen's words (the figures' own names are the domain's scorecard catalog).
import { defineMessages, translator, type Locale } from '$lib/domain/i18n';

export const scorecardViewMessages = defineMessages(
	{
		'sc.title': '改革成效统计',
		'sc.intro':
			'按已发布版本统计：{from} 至 {to}（{zone}），事项以期末当日施行的版本为准，已取消的事项不计。',
		'sc.signin': '登录后查看改革成效统计。',
		'sc.forbidden': '只有管理员、审核人和效能监察人员可以查看改革成效统计。',
		'sc.filters': '统计范围',
		'sc.department': '部门',
		'sc.all': '全部部门',
		'sc.from': '开始日期',
		'sc.to': '结束日期',
		'sc.apply': '统计',
		'sc.reset': '重置',
		'sc.exportDepartments': '导出各部门统计（CSV）',
		'sc.exportMonths': '导出逐月统计（CSV）',
		'sc.json': 'JSON 数据',
		'sc.cards': '主要指标',
		'sc.card.items': '在用事项',
		'sc.card.perItem': '平均申请材料',
		'sc.card.exempt': '共享免提交材料',
		'sc.card.compression': '承诺时限压缩率',
		'sc.card.immediate': '即办件占比',
		'sc.card.zero': '零跑动占比',
		'sc.card.atMostOne': '最多跑一次占比',
		'sc.card.full': '全程网办占比',
		'sc.card.deviating': '与基本目录不一致',
		'sc.card.ofCompared': '可比对 {n} 项，其中 {stricter} 项要求更严',
		'sc.card.ofItems': '{n} 项事项中',
		'sc.chart.activity': '每月新增、变更、取消事项',
		'sc.chart.trend': '逐月主要比率（月末施行的事项）',
		'sc.chart.visits': '到现场次数分布',
		'sc.chart.online': '网办深度分布',
		'sc.chart.tolerance': '各风险等级容缺覆盖率',
		'sc.chart.departments': '各部门承诺时限压缩率与最多跑一次占比',
		'sc.chart.table': '{title}（数据表）',
		'sc.chart.summary': '{title}：图表，数据见下表',
		'sc.visits.0': '0 次',
		'sc.visits.1': '1 次',
		'sc.visits.2': '2 次',
		'sc.visits.3+': '3 次及以上',
		'sc.none': '该范围内没有施行中的事项。',
		'sc.zone': '北京时间'
	},
	{
		'sc.title': 'Reduction scorecard',
		'sc.intro':
			'From published versions: {from} to {to} ({zone}); each item counts with the version in force on the last day, cancelled items do not count.',
		'sc.signin': 'Sign in to see the reduction scorecard.',
		'sc.forbidden':
			'Only administrators, reviewers and inspectors may see the reduction scorecard.',
		'sc.filters': 'Scope',
		'sc.department': 'Department',
		'sc.all': 'All departments',
		'sc.from': 'From',
		'sc.to': 'To',
		'sc.apply': 'Show',
		'sc.reset': 'Reset',
		'sc.exportDepartments': 'Export by department (CSV)',
		'sc.exportMonths': 'Export by month (CSV)',
		'sc.json': 'JSON data',
		'sc.cards': 'Headline figures',
		'sc.card.items': 'Items in force',
		'sc.card.perItem': 'Materials per item',
		'sc.card.exempt': 'Exempt through shared data',
		'sc.card.compression': 'Time limit reduction',
		'sc.card.immediate': 'Immediate items',
		'sc.card.zero': 'No visit on site',
		'sc.card.atMostOne': 'At most one visit',
		'sc.card.full': 'Fully online',
		'sc.card.deviating': 'Deviating from the base catalogue',
		'sc.card.ofCompared': '{n} compared, {stricter} stricter',
		'sc.card.ofItems': 'of {n} items',
		'sc.chart.activity': 'Items added, changed and cancelled per month',
		'sc.chart.trend': 'Headline rates by month (items in force at month end)',
		'sc.chart.visits': 'Visits on site',
		'sc.chart.online': 'Online depth',
		'sc.chart.tolerance': 'Tolerance coverage by risk class',
		'sc.chart.departments': 'Time limit reduction and at-most-one-visit share by department',
		'sc.chart.table': '{title} (data table)',
		'sc.chart.summary': '{title}: chart, data in the table below',
		'sc.visits.0': 'none',
		'sc.visits.1': 'one',
		'sc.visits.2': 'two',
		'sc.visits.3+': 'three or more',
		'sc.none': 'No items in force in this scope.',
		'sc.zone': 'Beijing time'
	}
);

export type ScorecardViewKey = keyof (typeof scorecardViewMessages)['zh-CN'];

export function scorecardViewT(locale: Locale) {
	return translator(scorecardViewMessages, locale);
}
