// Identity of the item: name, kind, department, levels, applicants, case type, risk class.
import { label } from '../item/labels';
import type { Locale } from '../i18n';
import type { ItemView } from './input';
import { trim } from './text';
import { Sink, same } from './sink';
import type { Change } from './types';

export function diffIdentity(a: ItemView, b: ItemView, locale?: Locale): Change[] {
	const s = new Sink('identity', locale);
	if (a.code !== b.code)
		s.changed(
			'identity.code',
			['code'],
			s.t(`事项编码由 ${a.code} 改为 ${b.code}`, `Code ${a.code} → ${b.code}`),
			'neutral',
			a.code,
			b.code
		);
	if (trim(a.name) !== trim(b.name))
		s.changed(
			'identity.name',
			['name'],
			s.t(`事项名称由「${a.name}」改为「${b.name}」`, `Name "${a.name}" → "${b.name}"`),
			'neutral',
			a.name,
			b.name
		);
	if (a.kind !== b.kind)
		s.changed(
			'identity.kind',
			['kind'],
			s.t(
				`事项类型由${label('kind', a.kind)}改为${label('kind', b.kind)}`,
				`Kind ${label('kind', a.kind, 'en')} → ${label('kind', b.kind, 'en')}`
			),
			'neutral',
			a.kind,
			b.kind
		);
	if (!same(a.department, b.department))
		s.changed(
			'identity.department',
			['department'],
			s.t(
				`实施主体由「${a.department?.name}」改为「${b.department?.name}」`,
				`Department "${a.department?.name}" → "${b.department?.name}"`
			),
			'neutral',
			a.department,
			b.department
		);
	setChange(s, 'levels', 'level', ['行使层级', 'Levels'], a.levels, b.levels, false);
	setChange(
		s,
		'applicantTypes',
		'applicantType',
		['服务对象', 'Applicant types'],
		a.applicantTypes,
		b.applicantTypes,
		true
	);
	if (a.caseType !== b.caseType)
		s.changed(
			'identity.caseType',
			['caseType'],
			s.t(
				`办件类型由${label('caseType', a.caseType)}改为${label('caseType', b.caseType)}`,
				`Case type ${a.caseType} → ${b.caseType}`
			),
			b.caseType === 'promised' ? 'stricter' : 'looser',
			a.caseType,
			b.caseType
		);
	if (a.riskClass !== b.riskClass)
		s.changed(
			'identity.riskClass',
			['riskClass'],
			s.t(
				`风险分类由${label('riskClass', a.riskClass)}改为${label('riskClass', b.riskClass)}`,
				`Risk class ${a.riskClass} → ${b.riskClass}`
			),
			'neutral',
			a.riskClass,
			b.riskClass
		);
	if (
		(a.compatibility ?? 'backward') !== (b.compatibility ?? 'backward') &&
		(a.source === 'item' || b.source === 'item')
	)
		s.changed(
			'identity.compatibility',
			['compatibility'],
			s.t(
				`兼容性承诺由${label('compatibility', a.compatibility ?? 'backward')}改为${label('compatibility', b.compatibility ?? 'backward')}`,
				`Compatibility promise ${a.compatibility ?? 'backward'} → ${b.compatibility ?? 'backward'}`
			),
			'neutral',
			a.compatibility,
			b.compatibility
		);
	if (!same(a.base, b.base))
		s.changed(
			'identity.base',
			['base'],
			s.t(
				`所依据的基本目录事项由 ${a.base ? `${a.base.code} v${a.base.version}` : '无'} 改为 ${b.base ? `${b.base.code} v${b.base.version}` : '无'}`,
				`Base item ${a.base?.code ?? 'none'} → ${b.base?.code ?? 'none'}`
			),
			'neutral',
			a.base,
			b.base
		);
	return s.changes;
}

function setChange(
	s: Sink,
	field: 'levels' | 'applicantTypes',
	table: 'level' | 'applicantType',
	noun: [string, string],
	a: string[],
	b: string[],
	moreIsLooser: boolean
) {
	const sa = new Set(a);
	const sb = new Set(b);
	const added = b.filter((x) => !sa.has(x));
	const removed = a.filter((x) => !sb.has(x));
	const names = (xs: string[], locale?: Locale) =>
		xs.map((x) => label(table, x, locale)).join(locale === 'en' ? ', ' : '、');
	if (added.length)
		s.changed(
			`identity.${field}`,
			[field],
			s.t(`${noun[0]}新增${names(added)}`, `${noun[1]} added: ${names(added, 'en')}`),
			moreIsLooser ? 'looser' : 'neutral',
			a,
			b
		);
	if (removed.length)
		s.changed(
			`identity.${field}`,
			[field],
			s.t(`${noun[0]}取消${names(removed)}`, `${noun[1]} removed: ${names(removed, 'en')}`),
			moreIsLooser ? 'stricter' : 'neutral',
			a,
			b
		);
}
