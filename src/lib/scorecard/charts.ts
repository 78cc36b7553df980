// The scorecard's charts as data (ChartFigure draws each and lists it as a table).
import { label } from '$lib/domain/item/labels';
import type { Locale } from '$lib/domain/i18n';
import { RISK_CLASSES, scorecardTranslator, type Scorecard } from '$lib/domain/scorecard';
import type { ChartData } from './chart-config';
import { scorecardViewT } from './messages';

export interface NamedChart {
	id: string;
	title: string;
	data: ChartData;
}

export function scorecardCharts(card: Scorecard, locale: Locale): NamedChart[] {
	const t = scorecardViewT(locale);
	const c = scorecardTranslator(locale);
	const f = card.overall;
	const months = card.months.map((m) => m.month);
	const charts: NamedChart[] = [
		{
			id: 'activity',
			title: t('sc.chart.activity'),
			data: {
				kind: 'bar',
				labels: months,
				series: [
					{ label: c('scorecard.col.added'), values: card.months.map((m) => m.added) },
					{ label: c('scorecard.col.changed'), values: card.months.map((m) => m.changed) },
					{ label: c('scorecard.col.cancelled'), values: card.months.map((m) => m.cancelled) }
				]
			}
		},
		{
			id: 'trend',
			title: t('sc.chart.trend'),
			data: {
				kind: 'line',
				percent: true,
				labels: months,
				series: [
					{
						label: c('scorecard.col.compression'),
						values: card.months.map((m) => m.compressionRate)
					},
					{
						label: c('scorecard.col.atMostOneShare'),
						values: card.months.map((m) => m.atMostOneShare)
					},
					{
						label: c('scorecard.col.immediateShare'),
						values: card.months.map((m) => m.immediateShare)
					},
					{ label: c('scorecard.col.fullShare'), values: card.months.map((m) => m.fullOnlineShare) }
				]
			}
		},
		{
			id: 'visits',
			title: t('sc.chart.visits'),
			data: {
				kind: 'bar',
				labels: (['0', '1', '2', '3+'] as const).map((k) => t(`sc.visits.${k}`)),
				series: [
					{
						label: c('scorecard.col.items'),
						values: (['0', '1', '2', '3+'] as const).map((k) => f.visits.distribution[k])
					}
				]
			}
		},
		{
			id: 'online',
			title: t('sc.chart.online'),
			data: {
				kind: 'bar',
				labels: (['0', '1', '2', '3', '4'] as const).map((d) =>
					d === '0' ? c('scorecard.col.depth0') : label('onlineDepth', Number(d), locale)
				),
				series: [
					{
						label: c('scorecard.col.items'),
						values: (['0', '1', '2', '3', '4'] as const).map((d) => f.online.distribution[d])
					}
				]
			}
		},
		{
			id: 'tolerance',
			title: t('sc.chart.tolerance'),
			data: {
				kind: 'bar',
				percent: true,
				labels: RISK_CLASSES.map((r) => c(`scorecard.risk.${r}`)),
				series: [
					{
						label: c('scorecard.col.riskShare', { risk: '' }).trim(),
						values: RISK_CLASSES.map((r) => f.tolerance.byRisk[r].share)
					}
				]
			}
		}
	];
	if (card.department === null && card.departments.length > 0)
		charts.push({
			id: 'departments',
			title: t('sc.chart.departments'),
			data: {
				kind: 'bar',
				percent: true,
				labels: card.departments.map((d) => d.name),
				series: [
					{
						label: c('scorecard.col.compression'),
						values: card.departments.map((d) => d.figures.timeLimits.compressionRate)
					},
					{
						label: c('scorecard.col.atMostOneShare'),
						values: card.departments.map((d) => d.figures.visits.atMostOneShare)
					}
				]
			}
		});
	return charts;
}
