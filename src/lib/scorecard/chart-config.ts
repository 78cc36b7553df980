// A chart as data: what ChartFigure draws (Chart.js) and lists in its table. Kept apart from the
// component so the table and the chart cannot show different numbers.
export interface ChartSeries {
	label: string;
	values: number[];
}

export interface ChartData {
	kind: 'bar' | 'line';
	/** the categories: months, depths, departments… */
	labels: string[];
	series: ChartSeries[];
	/** values are fractions 0…1, shown as percentages */
	percent?: boolean;
}

/** Colours from the theme tokens, in series order, so a host's theme recolours the charts too. */
export const SERIES_TOKENS = [
	'--bs-color-accent',
	'--bs-color-primary',
	'--bs-color-success',
	'--bs-color-warning'
] as const;
