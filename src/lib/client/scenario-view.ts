/**
 * One scenario beside the baseline, as the explore page and the presenter show it: the lines of an
 * indicator, the figures behind the summary sentence, and how far the runs have come. Pure
 * functions of the cached runs of the two scenarios.
 */
import type { ChartSeries } from '$lib/charts/fan';
import { band, pairedCount, type RunSet } from './results';
import { bandPoints, figureAt, levelInterval, SUMMARY_YEAR, type YearFigure } from './views';

export const SCENARIO_COLOR = '#1f5fa8';
export const BASELINE_COLOR = '#5f6b78';

/** The runs of a scenario and of the baseline it is measured against. */
export interface ScenarioPair {
	scenario: RunSet | undefined;
	baseline: RunSet | undefined;
	/** Full-scale replications wanted per scenario. */
	runs: number;
	/** The scenario is the baseline itself: drawn and described alone. */
	isBaseline: boolean;
}

/** Legend words of the lines (the chart messages of the interface language). */
export interface LineLabels {
	scenario: string;
	baseline: string;
	median: string;
	estimateLegend: string;
}

/** Both scenarios have at least a first estimate: there is something to draw. */
export function pairReady(pair: ScenarioPair): boolean {
	return band(pair.scenario, 'spend_total', pair.runs) !== undefined && band(pair.baseline, 'spend_total', pair.runs) !== undefined;
}

/** Replications done for both scenarios (what the progress indicator counts). */
export function pairedRuns(pair: ScenarioPair): number {
	return pairedCount(pair.isBaseline ? [pair.baseline] : [pair.scenario, pair.baseline], pair.runs);
}

/**
 * The lines of an indicator: the scenario (with its bands if `bands`) and the baseline's median,
 * dashed; the baseline alone, with its bands, when the scenario is the baseline.
 */
export function indicatorLines(pair: ScenarioPair, indicator: string, labels: LineLabels, bands = true): ChartSeries[] {
	const sb = band(pair.scenario, indicator, pair.runs);
	const bb = band(pair.baseline, indicator, pair.runs);
	const label = (name: string, b: typeof sb) => `${name}, ${b?.source === 'estimate' ? labels.estimateLegend.toLowerCase() : labels.median}`;
	if (pair.isBaseline) {
		return [{ id: 'baseline', label: label(labels.baseline, bb), points: bandPoints(bb, indicator, bands), color: BASELINE_COLOR, provisional: bb?.source === 'estimate' }];
	}
	return [
		{ id: 'scenario', label: label(labels.scenario, sb), points: bandPoints(sb, indicator, bands), color: SCENARIO_COLOR, provisional: sb?.source === 'estimate' },
		{ id: 'baseline', label: `${labels.baseline}, ${labels.median}`, points: bandPoints(bb, indicator, false), color: BASELINE_COLOR, dashed: true }
	];
}

/** An indicator in the summary year: the scenario's level and its paired difference from the baseline. */
export function summaryFigure(pair: ScenarioPair, indicator: string): YearFigure | undefined {
	return figureAt(pair.scenario, pair.baseline, indicator, SUMMARY_YEAR, pair.runs, pair.isBaseline);
}

/** The figures the summary sentence is made of (summarySentence in $lib/summary). */
export function summaryFigures(pair: ScenarioPair) {
	return {
		spend: summaryFigure(pair, 'spend_total'),
		qol: summaryFigure(pair, 'qol_mean'),
		wait: summaryFigure(pair, 'wait_months_residential'),
		spendInterval: levelInterval(pair.baseline, 'spend_total', SUMMARY_YEAR, pair.runs)
	};
}
