// The printed handbook (便民服务手册) and the lobby screen (大厅电子屏).
import { defineMessages, translator, type Locale } from '$lib/domain/i18n';

export const handbookMessages = defineMessages(
	{
		'handbook.title': '便民服务手册',
		'handbook.of': '{department}便民服务手册',
		'handbook.choose': '请选择部门或事项类型，查看或打印其全部事项的办事指南。',
		'handbook.departments': '部门',
		'handbook.kinds': '事项类型',
		'handbook.asOf': '收录 {day} 起施行的办事指南，共 {n} 项。',
		'handbook.toc': '目录',
		'handbook.print': '打印手册',
		'handbook.none': '目前没有已发布的事项。',
		'handbook.back': '重新选择',
		'lobby.title': '{department}办事指南',
		'lobby.titleAll': '办事指南',
		'lobby.position': '第 {i} 项，共 {n} 项',
		'lobby.none': '暂无已发布的事项',
		'lobby.choose': '请在地址中指定部门（?department=部门代码）。',
		'lobby.promised': '承诺时限',
		'lobby.visits': '到现场次数',
		'lobby.materials': '申请材料',
		'lobby.materialsValue': '{n} 份',
		'lobby.exempt': '（其中 {n} 份免提交）',
		'lobby.online': '网上办理',
		'lobby.where': '办理地点',
		'lobby.phone': '咨询电话'
	},
	{
		'handbook.title': 'Service handbook',
		'handbook.of': '{department} service handbook',
		'handbook.choose':
			'Choose a department or a kind of item to read or print the guides of all its items.',
		'handbook.departments': 'Departments',
		'handbook.kinds': 'Kinds of item',
		'handbook.asOf': 'The guides in force on {day}: {n} items.',
		'handbook.toc': 'Contents',
		'handbook.print': 'Print the handbook',
		'handbook.none': 'No published items at present.',
		'handbook.back': 'Choose again',
		'lobby.title': '{department}: service guides',
		'lobby.titleAll': 'Service guides',
		'lobby.position': 'Item {i} of {n}',
		'lobby.none': 'No published items yet',
		'lobby.choose': 'Name a department in the address (?department=code).',
		'lobby.promised': 'Promised time limit',
		'lobby.visits': 'Visits on site',
		'lobby.materials': 'Materials',
		'lobby.materialsValue': '{n}',
		'lobby.exempt': ' ({n} exempt through shared data)',
		'lobby.online': 'Online',
		'lobby.where': 'Where',
		'lobby.phone': 'Enquiries'
	}
);

export type HandbookKey = keyof (typeof handbookMessages)['zh-CN'];

export function handbookT(locale: Locale) {
	return translator(handbookMessages, locale);
}
