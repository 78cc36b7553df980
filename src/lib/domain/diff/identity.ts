// Identity of the item: name, kind, department, levels, applicants, case type, risk class.
import { label } from '../item/labels';
import { joinList, type Locale } from '../i18n';
import type { ItemView } from './input';
import { trim } from './text';
import { Sink, same } from './sink';
import type { Change } from './types';

export function diffIdentity(a: ItemView, b: ItemView, locale?: Locale): Change[] {
	const s = new Sink('identity', locale);
	const { t } = s;
	if (a.code !== b.code)
		s.changed(
			'identity.code',
			['code'],
			t('diff.identity.code', { old: a.code, new: b.code }),
			'neutral',
			a.code,
			b.code
		);
	if (trim(a.name) !== trim(b.name))
		s.changed(
			'identity.name',
			['name'],
			t('diff.identity.name', { old: a.name, new: b.name }),
			'neutral',
			a.name,
			b.name
		);
	if (a.kind !== b.kind)
		s.changed(
			'identity.kind',
			['kind'],
			t('diff.identity.kind', {
				old: label('kind', a.kind, locale),
				new: label('kind', b.kind, locale)
			}),
			'neutral',
			a.kind,
			b.kind
		);
	const named = (d: ItemView['department']) => ({ name: d?.name, creditCode: d?.creditCode });
	if (!same(named(a.department), named(b.department)))
		s.changed(
			'identity.department',
			['department'],
			t('diff.identity.department', {
				old: String(a.department?.name),
				new: String(b.department?.name)
			}),
			'neutral',
			a.department,
			b.department
		);
	// 实施主体性质: absent means 法定机关
	const nature = (d: ItemView['department']) => d?.nature ?? 'statutory-organ';
	if (nature(a.department) !== nature(b.department))
		s.changed(
			'identity.department.nature',
			['department', 'nature'],
			t('diff.national.departmentNature', {
				old: label('departmentNature', nature(a.department), locale),
				new: label('departmentNature', nature(b.department), locale)
			}),
			'neutral',
			a.department?.nature,
			b.department?.nature
		);
	setChange(s, 'levels', 'level', a.levels, b.levels, false);
	setChange(s, 'applicantTypes', 'applicantType', a.applicantTypes, b.applicantTypes, true);
	if (a.caseType !== b.caseType)
		s.changed(
			'identity.caseType',
			['caseType'],
			t('diff.identity.caseType', {
				old: label('caseType', a.caseType, locale),
				new: label('caseType', b.caseType, locale)
			}),
			b.caseType === 'promised' ? 'stricter' : 'looser',
			a.caseType,
			b.caseType
		);
	if (a.riskClass !== b.riskClass)
		s.changed(
			'identity.riskClass',
			['riskClass'],
			t('diff.identity.riskClass', {
				old: label('riskClass', a.riskClass, locale),
				new: label('riskClass', b.riskClass, locale)
			}),
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
			t('diff.identity.compatibility', {
				old: label('compatibility', a.compatibility ?? 'backward', locale),
				new: label('compatibility', b.compatibility ?? 'backward', locale)
			}),
			'neutral',
			a.compatibility,
			b.compatibility
		);
	if (!same(a.base, b.base)) {
		const base = (x: ItemView['base']) =>
			x ? t('diff.identity.baseVersion', { code: x.code, version: x.version }) : t('diff.none');
		s.changed(
			'identity.base',
			['base'],
			t('diff.identity.base', { old: base(a.base), new: base(b.base) }),
			'neutral',
			a.base,
			b.base
		);
	}
	return s.changes;
}

function setChange(
	s: Sink,
	field: 'levels' | 'applicantTypes',
	table: 'level' | 'applicantType',
	a: string[],
	b: string[],
	moreIsLooser: boolean
) {
	const sa = new Set(a);
	const sb = new Set(b);
	const added = b.filter((x) => !sa.has(x));
	const removed = a.filter((x) => !sb.has(x));
	const noun = s.t(`diff.identity.${field}`);
	const names = (xs: string[]) =>
		joinList(
			s.locale,
			xs.map((x) => label(table, x, s.locale))
		);
	if (added.length)
		s.changed(
			`identity.${field}`,
			[field],
			s.t('diff.identity.setAdded', { noun, values: names(added) }),
			moreIsLooser ? 'looser' : 'neutral',
			a,
			b
		);
	if (removed.length)
		s.changed(
			`identity.${field}`,
			[field],
			s.t('diff.identity.setRemoved', { noun, values: names(removed) }),
			moreIsLooser ? 'stricter' : 'neutral',
			a,
			b
		);
}
