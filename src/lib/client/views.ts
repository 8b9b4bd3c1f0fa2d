/**
 * From results to what the screens draw: chart series, the summary figures of 2035, cost–quality
 * points and key-figure tables. Pure functions of the cached runs.
 */
import type { FanPoint } from '$lib/charts/fan';
import { band, fullRuns, pairedDifferences, quantileOf, type Band, type Difference, type RunSet } from './results';

/** How an indicator is shown: multiplied by `factor` (shares → %, index 0–1 → 0–100), with `digits` decimals. */
export const DISPLAY: Record<string, { factor: number; digits: number }> = {
	spend_total: { factor: 1, digits: 1 },
	spend_residential: { factor: 1, digits: 1 },
	spend_municipal_net: { factor: 1, digits: 1 },
	qol_mean: { factor: 100, digits: 1 },
	match_share: { factor: 100, digits: 1 },
	wait_months_residential: { factor: 1, digits: 1 },
	progression_share: { factor: 100, digits: 1 },
	core_task_share: { factor: 100, digits: 1 }
};

export const SPENDING_INDICATORS = ['spend_total', 'spend_residential', 'spend_municipal_net'] as const;
export const QUALITY_INDICATORS = ['qol_mean', 'match_share', 'wait_months_residential', 'progression_share', 'core_task_share'] as const;
export const SUMMARY_YEAR = 2035;
export const KEY_YEARS = [2025, 2030, 2035, 2040] as const;
export const GROWTH_FROM = 2022;

const factorOf = (indicator: string) => DISPLAY[indicator]?.factor ?? 1;

/** Chart points of a band (bands only when they come from full-scale runs). */
export function bandPoints(b: Band | undefined, indicator: string, withBands = true): FanPoint[] {
	if (!b) return [];
	const f = factorOf(indicator);
	const bands = withBands && b.source === 'full' && b.n > 1;
	return b.years.map((x, i) => ({
		x,
		y: b.p50[i]! * f,
		...(bands ? { lo50: b.p25[i]! * f, hi50: b.p75[i]! * f, lo90: b.p5[i]! * f, hi90: b.p95[i]! * f } : {})
	}));
}

/** Chart points of a paired difference (median with its 90 % interval). */
export function differencePoints(d: { years: number[]; values: Difference[] } | undefined, indicator: string): FanPoint[] {
	if (!d) return [];
	const f = factorOf(indicator);
	return d.years.map((x, i) => {
		const v = d.values[i]!;
		return { x, y: v.median * f, ...(v.n > 1 ? { lo90: v.p5 * f, hi90: v.p95 * f } : {}) };
	});
}

export interface YearFigure {
	/** Median level of the scenario (display units). */
	level: number;
	/** Paired difference from the baseline (display units), with its interval; undefined for the baseline itself. */
	diff?: Difference;
}

/** An indicator in one year: the scenario's level and its paired difference from the baseline. */
export function figureAt(
	scenario: RunSet | undefined,
	baseline: RunSet | undefined,
	indicator: string,
	year: number,
	runs: number,
	isBaseline: boolean
): YearFigure | undefined {
	const b = band(scenario, indicator, runs);
	if (!b) return undefined;
	const y = b.years.indexOf(year);
	if (y < 0) return undefined;
	const f = factorOf(indicator);
	const level = b.p50[y]! * f;
	if (isBaseline) return { level };
	const d = pairedDifferences(scenario, baseline, indicator, runs);
	const v = d?.values[d.years.indexOf(year)];
	return { level, diff: v ? { ...v, median: v.median * f, p5: v.p5 * f, p95: v.p95 * f } : undefined };
}

/** Interval of the baseline's level in a year (display units), over full runs; undefined with < 2 runs. */
export function levelInterval(set: RunSet | undefined, indicator: string, year: number, runs: number): [number, number] | undefined {
	const b = band(set, indicator, runs);
	if (!b || b.source !== 'full' || b.n < 2) return undefined;
	const y = b.years.indexOf(year);
	const f = factorOf(indicator);
	return [b.p5[y]! * f, b.p95[y]! * f];
}

export interface ChangeFigure {
	median: number;
	p5: number;
	p95: number;
	n: number;
}

/**
 * Change of an indicator from one year to another within each run (ratio − 1 in % for spending,
 * difference in display units otherwise), summarised over full runs (or the first estimate).
 */
export function changeBetween(
	set: RunSet | undefined,
	indicator: string,
	from: number,
	to: number,
	mode: 'growth' | 'difference',
	runs: number
): ChangeFigure | undefined {
	if (!set) return undefined;
	const full = fullRuns(set, runs);
	const source = full.length > 0 ? full : set.estimate ? [set.estimate] : [];
	if (source.length === 0) return undefined;
	const f = factorOf(indicator);
	const values = source.map((r) => {
		const series = r.indicators[indicator];
		const a = series?.[r.years.indexOf(from)];
		const b = series?.[r.years.indexOf(to)];
		if (a === undefined || b === undefined) return Number.NaN;
		return mode === 'growth' ? (b / a - 1) * 100 : (b - a) * f;
	});
	return { median: quantileOf(values, 0.5), p5: quantileOf(values, 0.05), p95: quantileOf(values, 0.95), n: full.length };
}
