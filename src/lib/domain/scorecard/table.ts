// The scorecard as rows of text: the CSV export (Chinese headers by default) and the tables screen
// readers get beside each chart read the same columns.
import type { Locale } from '../i18n';
import { scorecardTranslator } from './messages';
import { RISK_CLASSES, type Figures, type Scorecard } from './types';

/** A fraction as a percentage with one decimal, the way the reports print it. */
export function percent(fraction: number): string {
	return `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}

function figureColumns(locale: Locale): string[] {
	const t = scorecardTranslator(locale);
	return [
		t('scorecard.col.items'),
		t('scorecard.col.materials'),
		t('scorecard.col.perItem'),
		t('scorecard.col.exempt'),
		t('scorecard.col.exemptShare'),
		t('scorecard.col.toSubmit'),
		t('scorecard.col.itemsWithExempt'),
		t('scorecard.col.comparable'),
		t('scorecard.col.compression'),
		t('scorecard.col.legalDays'),
		t('scorecard.col.promisedDays'),
		t('scorecard.col.immediate'),
		t('scorecard.col.immediateShare'),
		t('scorecard.col.visits0'),
		t('scorecard.col.visits1'),
		t('scorecard.col.visits2'),
		t('scorecard.col.visits3'),
		t('scorecard.col.zeroShare'),
		t('scorecard.col.atMostOneShare'),
		t('scorecard.col.depth0'),
		t('scorecard.col.depth1'),
		t('scorecard.col.depth2'),
		t('scorecard.col.depth3'),
		t('scorecard.col.depth4'),
		t('scorecard.col.fullShare'),
		...RISK_CLASSES.flatMap((r) => {
			const risk = t(`scorecard.risk.${r}`);
			return [
				t('scorecard.col.riskItems', { risk }),
				t('scorecard.col.riskTolerant', { risk }),
				t('scorecard.col.riskShare', { risk })
			];
		}),
		t('scorecard.col.tolerable'),
		t('scorecard.col.local'),
		t('scorecard.col.compared'),
		t('scorecard.col.deviating'),
		t('scorecard.col.stricter')
	];
}

function figureCells(f: Figures): string[] {
	const n = (x: number) => String(x);
	return [
		n(f.items),
		n(f.materials.total),
		n(f.materials.perItem),
		n(f.materials.sharedExempt),
		percent(f.materials.exemptShare),
		n(f.materials.toSubmitPerItem),
		n(f.materials.itemsWithExempt),
		n(f.timeLimits.comparable),
		percent(f.timeLimits.compressionRate),
		n(f.timeLimits.legalWorkdays),
		n(f.timeLimits.promisedWorkdays),
		n(f.immediate.count),
		percent(f.immediate.share),
		n(f.visits.distribution['0']),
		n(f.visits.distribution['1']),
		n(f.visits.distribution['2']),
		n(f.visits.distribution['3+']),
		percent(f.visits.zeroShare),
		percent(f.visits.atMostOneShare),
		...(['0', '1', '2', '3', '4'] as const).map((d) => n(f.online.distribution[d])),
		percent(f.online.fullShare),
		...RISK_CLASSES.flatMap((r) => {
			const x = f.tolerance.byRisk[r];
			return [n(x.items), n(x.tolerant), percent(x.share)];
		}),
		n(f.tolerance.tolerableMaterials),
		n(f.base.local),
		n(f.base.compared),
		n(f.base.deviating),
		n(f.base.stricter)
	];
}

/** One row for the whole scope, then one per department: the CSV's "departments" table. */
export function departmentRows(card: Scorecard, locale: Locale): string[][] {
	const t = scorecardTranslator(locale);
	const header = [
		t('scorecard.col.scope'),
		t('scorecard.col.department'),
		...figureColumns(locale)
	];
	const overallName =
		card.department === null
			? t('scorecard.scope.all')
			: (card.departments[0]?.name ?? card.department);
	return [
		header,
		[overallName, card.department ?? '', ...figureCells(card.overall)],
		...(card.department === null
			? card.departments.map((d) => [d.name, d.code, ...figureCells(d.figures)])
			: [])
	];
}

/** One row per month: the CSV's "months" table. */
export function monthRows(card: Scorecard, locale: Locale): string[][] {
	const t = scorecardTranslator(locale);
	return [
		[
			t('scorecard.col.month'),
			t('scorecard.col.added'),
			t('scorecard.col.changed'),
			t('scorecard.col.cancelled'),
			t('scorecard.col.items'),
			t('scorecard.col.perItem'),
			t('scorecard.col.compression'),
			t('scorecard.col.immediateShare'),
			t('scorecard.col.zeroShare'),
			t('scorecard.col.atMostOneShare'),
			t('scorecard.col.fullShare')
		],
		...card.months.map((m) => [
			m.month,
			String(m.added),
			String(m.changed),
			String(m.cancelled),
			String(m.inForce),
			String(m.materialsPerItem),
			percent(m.compressionRate),
			percent(m.immediateShare),
			percent(m.zeroVisitShare),
			percent(m.atMostOneShare),
			percent(m.fullOnlineShare)
		])
	];
}
