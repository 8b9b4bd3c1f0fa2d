import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../../../src/lib/client/engine-api';
import type { RunSet } from '../../../../src/lib/client/results';
import { indicatorLines, pairedRuns, pairReady, summaryFigures, BASELINE_COLOR, SCENARIO_COLOR } from '../../../../src/lib/client/scenario-view';

const years = [2034, 2035];
const run = (spend: number[]): RunResult => ({
	years,
	indicators: {
		spend_total: new Float64Array(spend),
		qol_mean: new Float64Array([0.6, 0.62]),
		wait_months_residential: new Float64Array([1, 1])
	},
	ms: 0
});
const set = (full: number[][], estimate?: number[]): RunSet => ({
	estimate: estimate ? run(estimate) : undefined,
	full: new Map(full.map((v, r) => [r, run(v)]))
});
const labels = { scenario: 'Scenario', baseline: 'Baseline', median: 'median', estimateLegend: 'First estimate' };

describe('a scenario beside the baseline', () => {
	it('is ready to draw once both have a first estimate', () => {
		expect(pairReady({ scenario: set([], [70, 71]), baseline: undefined, runs: 3, isBaseline: false })).toBe(false);
		expect(pairReady({ scenario: set([], [70, 71]), baseline: set([], [72, 73]), runs: 3, isBaseline: false })).toBe(true);
	});

	it('draws the scenario with its bands and the baseline\'s median dashed', () => {
		const pair = { scenario: set([[70, 71], [72, 73], [74, 75]]), baseline: set([[80, 81], [82, 83], [84, 85]]), runs: 3, isBaseline: false };
		const [scenario, baseline] = indicatorLines(pair, 'spend_total', labels);
		expect(scenario).toMatchObject({ id: 'scenario', label: 'Scenario, median', color: SCENARIO_COLOR, provisional: false });
		expect(scenario!.points[1]).toMatchObject({ x: 2035, y: 73, lo50: 72, hi50: 74 });
		expect(baseline).toMatchObject({ id: 'baseline', label: 'Baseline, median', color: BASELINE_COLOR, dashed: true });
		expect(baseline!.points[1]!.lo90).toBeUndefined();
		expect(pairedRuns(pair)).toBe(3);
	});

	it('draws the baseline alone, marked as a first estimate while it is one', () => {
		const b = set([], [80, 81]);
		const lines = indicatorLines({ scenario: b, baseline: b, runs: 3, isBaseline: true }, 'spend_total', labels);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatchObject({ id: 'baseline', label: 'Baseline, first estimate', provisional: true });
	});

	it('gives the summary figures of 2035: levels, paired differences and the baseline\'s interval', () => {
		const pair = { scenario: set([[70, 71], [72, 73], [74, 75]]), baseline: set([[80, 81], [82, 83], [84, 85]]), runs: 3, isBaseline: false };
		const f = summaryFigures(pair);
		expect(f.spend?.level).toBe(73);
		expect(f.spend?.diff?.median).toBe(-10);
		expect(f.qol?.level).toBeCloseTo(62); // shown on a 0–100 scale
		expect(f.wait?.diff?.median).toBe(0);
		expect(f.spendInterval![0]).toBeCloseTo(81.2);
	});
});
