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
			s.t(b.enabled ? 'diff.tolerance.enabled' : 'diff.tolerance.disabled'),
			b.enabled ? 'looser' : 'stricter',
			a.enabled,
			b.enabled
		);
	if (a.maxMissing !== b.maxMissing)
		s.changed(
			'tolerance.maxMissing',
			p('maxMissing'),
			s.t(
				b.maxMissing > a.maxMissing
					? 'diff.tolerance.maxMissing.more'
					: 'diff.tolerance.maxMissing.fewer',
				{ old: a.maxMissing, new: b.maxMissing }
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
				b.supplementDays > a.supplementDays
					? 'diff.tolerance.supplementDays.longer'
					: 'diff.tolerance.supplementDays.shorter',
				{ old: a.supplementDays, new: b.supplementDays }
			),
			moreIsStricter(b.supplementDays, a.supplementDays),
			a.supplementDays,
			b.supplementDays
		);
	if ((a.commitmentText ?? '') !== (b.commitmentText ?? ''))
		s.changed(
			'tolerance.commitmentText',
			p('commitmentText'),
			s.t('diff.tolerance.commitmentText'),
			'neutral',
			a.commitmentText,
			b.commitmentText,
			true
		);
	if ((a.consequence ?? '') !== (b.consequence ?? ''))
		s.changed(
			'tolerance.consequence',
			p('consequence'),
			s.t('diff.tolerance.consequence'),
			'neutral',
			a.consequence,
			b.consequence,
			true
		);
	return s.changes;
}
