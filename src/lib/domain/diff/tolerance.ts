// Tolerance rules (容缺受理).
import type { Tolerance } from '../item/types';
import type { Locale } from '../i18n';
import { Sink, moreIsStricter } from './sink';
import type { Change } from './types';

export function diffTolerance(a: Tolerance, b: Tolerance, locale?: Locale): Change[] {
	const s = new Sink('tolerance', locale);
	const p = (f: string) => ['tolerance', f];
	if (a.enabled !== b.enabled)
		s.changed(
			'tolerance.enabled',
			p('enabled'),
			b.enabled
				? s.t('启用容缺受理', 'Tolerance enabled')
				: s.t('停用容缺受理', 'Tolerance disabled'),
			b.enabled ? 'looser' : 'stricter',
			a.enabled,
			b.enabled
		);
	if (a.maxMissing !== b.maxMissing)
		s.changed(
			'tolerance.maxMissing',
			p('maxMissing'),
			s.t(
				`可容缺材料上限由 ${a.maxMissing} 件${b.maxMissing > a.maxMissing ? '增加' : '减少'}为 ${b.maxMissing} 件`,
				`Tolerated missing materials ${a.maxMissing} → ${b.maxMissing}`
			),
			moreIsStricter(b.maxMissing, a.maxMissing),
			a.maxMissing,
			b.maxMissing
		);
	if (a.supplementDays !== b.supplementDays)
		s.changed(
			'tolerance.supplementDays',
			p('supplementDays'),
			s.t(
				`容缺材料补交期限由 ${a.supplementDays} 个工作日${b.supplementDays > a.supplementDays ? '延长' : '缩短'}为 ${b.supplementDays} 个工作日`,
				`Supplement period ${a.supplementDays} → ${b.supplementDays} working days`
			),
			moreIsStricter(b.supplementDays, a.supplementDays),
			a.supplementDays,
			b.supplementDays
		);
	if ((a.commitmentText ?? '') !== (b.commitmentText ?? ''))
		s.changed(
			'tolerance.commitmentText',
			p('commitmentText'),
			s.t('容缺承诺书内容已修改', 'Commitment text edited'),
			'neutral',
			a.commitmentText,
			b.commitmentText,
			true
		);
	if ((a.consequence ?? '') !== (b.consequence ?? ''))
		s.changed(
			'tolerance.consequence',
			p('consequence'),
			s.t('逾期未补交的处理措施已修改', 'Consequence of not supplying edited'),
			'neutral',
			a.consequence,
			b.consequence,
			true
		);
	return s.changes;
}
