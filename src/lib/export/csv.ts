/**
 * The figures behind a chart as CSV (d3-dsv `csvFormat`): one header row of fixed English column
 * names, then one row per series and year (or per scenario and measure), numbers with a dot decimal
 * so that any program reads them. Labels stay in the interface language, as on the chart.
 */
import { csvFormat } from 'd3-dsv';
import type { FanPoint } from '$lib/charts/fan';
import type { ChangeFigure } from '$lib/client/views';

/** Significant digits of exported numbers: those of the command line's results files. */
const SIGNIFICANT_DIGITS = 7;

/** A number for the file: rounded to the CLI's precision (drops float noise such as 0.30000000000000004); missing ones stay empty. */
export function csvNumber(value: number | undefined): number | null {
	return value !== undefined && Number.isFinite(value) ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : null;
}

export interface CsvSeries {
	label: string;
	points: readonly FanPoint[];
}

export interface SeriesCsvOptions {
	unit: string;
	/** Name of the central value's column: what the line shows (`median`, `mean`). */
	value: string;
	/** Add the band columns p5, p25, p75, p95 (empty where a point has no band). */
	bands: boolean;
}

/** A line or fan chart: columns `series, unit, year, <value>` and, with bands, `p5, p25, p75, p95`. */
export function seriesCsv(series: readonly CsvSeries[], options: SeriesCsvOptions): string {
	const columns = ['series', 'unit', 'year', options.value, ...(options.bands ? ['p5', 'p25', 'p75', 'p95'] : [])];
	const rows = series.flatMap((s) =>
		s.points.map((p): Record<string, string | number | null> => ({
			series: s.label,
			unit: options.unit,
			year: p.x,
			[options.value]: csvNumber(p.y),
			...(options.bands ? { p5: csvNumber(p.lo90), p25: csvNumber(p.lo50), p75: csvNumber(p.hi50), p95: csvNumber(p.hi90) } : {})
		}))
	);
	return csvFormat(rows, columns);
}

export interface CsvChangePoint {
	label: string;
	x: ChangeFigure;
	y: ChangeFigure;
}

/**
 * The cost–quality chart: one row per scenario and axis, columns `series, measure, median, p5, p95,
 * runs` (`runs` 0 for a first estimate, whose interval is the point itself).
 */
export function changeCsv(points: readonly CsvChangePoint[], measures: { x: string; y: string }): string {
	const row = (label: string, measure: string, f: ChangeFigure) => ({
		series: label,
		measure,
		median: csvNumber(f.median),
		p5: csvNumber(f.p5),
		p95: csvNumber(f.p95),
		runs: f.n
	});
	const rows = points.flatMap((p) => [row(p.label, measures.x, p.x), row(p.label, measures.y, p.y)]);
	return csvFormat(rows, ['series', 'measure', 'median', 'p5', 'p95', 'runs']);
}

export interface CsvMunicipality {
	code: string;
	name: string;
	region: string;
	value: number | undefined;
}

/** The map: one row per municipality, columns `municipality_code, municipality, region, unit, value`. */
export function municipalityCsv(rows: readonly CsvMunicipality[], unit: string): string {
	return csvFormat(
		rows.map((m) => ({ municipality_code: m.code, municipality: m.name, region: m.region, unit, value: csvNumber(m.value) })),
		['municipality_code', 'municipality', 'region', 'unit', 'value']
	);
}
