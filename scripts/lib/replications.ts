/**
 * Running a planned batch of replications (several scenarios, variants and replication numbers)
 * for the commands that compare runs: compare, attribute and sensitivity. Progress goes to stderr
 * as `12 of 80 runs: …`; only the national yearly indicators are kept.
 */
import { runReplication, type Municipality, type Scenario } from '../../models/index';
import { UsageError } from './cli-options';
import type { Progress } from './progress';

/** First simulated year (model.md §Outputs; the engine does not export it), for progress only. */
export const FIRST_YEAR = 2018;

/** One replication to run. */
export interface Job {
  scenario: Scenario;
  replication: number;
  /** What the progress line calls it, e.g. `package-botilbud run 3`. */
  label: string;
}

/** The national yearly indicators of one replication. */
export interface NationalRun {
  years: number[];
  indicators: Record<string, Float64Array>;
}

export interface BatchOptions {
  municipalities: Municipality[];
  /** Sampling fraction in (0, 1]. */
  sample: number;
  /** Last simulated year for every job (default: each scenario's horizon). */
  endYear?: number;
  progress: Progress;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Run the jobs in order; result k belongs to job k. */
export function runBatch(jobs: readonly Job[], o: BatchOptions): NationalRun[] {
  const total = jobs.length;
  return jobs.map((job, k) => {
    const label = `${k + 1} of ${total} runs: ${job.label}`;
    const started = Date.now();
    o.progress.status(`${label} …`);
    const result = runReplication({
      scenario: job.scenario,
      municipalities: o.municipalities,
      replication: job.replication,
      sample: o.sample,
      endYear: o.endYear,
      onYear: (yearsDone) => o.progress.status(`${label} … ${FIRST_YEAR + yearsDone - 1}`),
    });
    o.progress.line(`${label} (${seconds(Date.now() - started)})`);
    return { years: result.years, indicators: result.indicators };
  });
}

/** The values of one indicator in one year across runs (NaN where a run has none). */
export function yearValues(runs: readonly NationalRun[], indicator: string, year: number): Float64Array {
  return Float64Array.from(runs, (run) => {
    const y = run.years.indexOf(year);
    const series = run.indicators[indicator];
    return y < 0 || series === undefined ? NaN : series[y]!;
  });
}

/**
 * The scenario with every assumption it does not fix at its central value, and `fixed` (assumption
 * key → value) on top of the ones it fixes. Not re-validated: callers pass values from the
 * documented ranges (models/parameters/assumptions.ts).
 */
export function atCentralAssumptions(scenario: Scenario, fixed: Scenario['assumptions'] = {}): Scenario {
  return { ...scenario, centralAssumptions: true, assumptions: { ...scenario.assumptions, ...fixed } };
}

/** The scenario with every assumption it does not fix drawn per replication from its range. */
export function withDrawnAssumptions(scenario: Scenario): Scenario {
  return { ...scenario, centralAssumptions: false };
}

/**
 * Throw a UsageError if a reported year lies beyond a scenario's horizon (a run would not reach
 * it), naming the option that chose the years and the file.
 */
export function checkYearsWithinHorizons(option: string, years: readonly number[], files: readonly string[], scenarios: readonly Scenario[]): void {
  const lines: string[] = [];
  scenarios.forEach((scenario, k) => {
    const beyond = years.filter((year) => year > scenario.horizon.endYear);
    if (beyond.length > 0) {
      lines.push(`--${option}: ${beyond.join(', ')} is after the horizon of ${files[k]} (horizon.endYear ${scenario.horizon.endYear}); give --${option} within it`);
    }
  });
  if (lines.length > 0) throw new UsageError([...new Set(lines)]);
}

/**
 * The one seed a scenario and its baseline run with (paired runs need one): `--seed` if given,
 * else the scenario's own; with a note to print if the baseline's file names another.
 */
export function pairedSeed(seed: number | undefined, scenario: Scenario, baseline: Scenario, baselineFile: string): { seed: number; note?: string } {
  if (seed !== undefined) return { seed };
  if (baseline.seed === scenario.seed) return { seed: scenario.seed };
  return { seed: scenario.seed, note: `note: running ${baselineFile} with the scenario's seed ${scenario.seed} (its own is ${baseline.seed}); give --seed N to choose` };
}
