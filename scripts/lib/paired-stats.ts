/**
 * Statistics of paired replications, for comparing scenarios with common random numbers: the
 * same (seed, replication) gives the same world draws (and the same assumption draws) in every
 * scenario, so the per-replication difference scenario − reference isolates the policy. Pure
 * functions over plain arrays; a value that is not a finite number (an indicator without a value
 * in some year) is left out, and a statistic of no values is null.
 */
import { deviation, mean, quantile, variance } from 'd3-array';

/** The paired interval: 5th–95th percentile of the per-replication differences (a 90 % interval). */
export const INTERVAL_LOW = 0.05;
export const INTERVAL_HIGH = 0.95;

export type Stat = number | null;

/** Round to 7 significant digits, as the results files do; non-finite → null. */
export function round7(x: number | undefined | null): Stat {
  if (x === undefined || x === null || !Number.isFinite(x)) return null;
  const rounded = Number(x.toPrecision(7));
  return rounded === 0 ? 0 : rounded; // no -0
}

/** Per-replication differences scenario[r] − reference[r]; NaN where either value is missing. */
export function pairedDifferences(scenario: ArrayLike<number>, reference: ArrayLike<number>): number[] {
  if (scenario.length !== reference.length) {
    throw new RangeError(`paired differences need as many scenario values as reference values (${scenario.length} ≠ ${reference.length})`);
  }
  return Array.from({ length: scenario.length }, (_, r) => {
    const a = scenario[r]!;
    const b = reference[r]!;
    return Number.isFinite(a) && Number.isFinite(b) ? a - b : NaN;
  });
}

export interface IntervalSummary {
  mean: Stat;
  p5: Stat;
  p95: Stat;
}

/** Mean and the paired 90 % interval (d3-array `quantile`, R-7 interpolation) of differences. */
export function summariseDifferences(differences: ArrayLike<number>): IntervalSummary {
  const values = Array.from(differences);
  return {
    mean: round7(mean(values)),
    p5: round7(quantile(values, INTERVAL_LOW)),
    p95: round7(quantile(values, INTERVAL_HIGH)),
  };
}

export interface LevelSummary extends IntervalSummary {
  p50: Stat;
}

/** A scenario's own level over replications: mean, 5th, 50th and 95th percentile. */
export function summariseLevels(values: ArrayLike<number>): LevelSummary {
  const xs = Array.from(values);
  return {
    mean: round7(mean(xs)),
    p5: round7(quantile(xs, INTERVAL_LOW)),
    p50: round7(quantile(xs, 0.5)),
    p95: round7(quantile(xs, INTERVAL_HIGH)),
  };
}

/** Sample standard deviation (n − 1); null with fewer than two values. */
export function sampleSd(values: ArrayLike<number>): Stat {
  return round7(deviation(Array.from(values)));
}

export interface Attribution {
  /** (a) Mean paired difference at central assumptions: the policy effect. */
  policyEffect: Stat;
  /** (b) Spread from assumption uncertainty: √max(0, var(drawn) − var(central)) of the paired differences. */
  assumptionSd: Stat;
  /** (b) 5th–95th percentile of the paired differences with drawn assumptions. */
  assumptionInterval: { p5: Stat; p95: Stat };
  /** Mean paired difference with drawn assumptions (the policy effect averaged over assumption draws). */
  drawnMean: Stat;
  /** (c) Stochastic noise: sd of the paired differences at central assumptions. */
  noiseSd: Stat;
}

/**
 * Split a change versus the reference into policy, assumptions and chance, from the paired
 * differences of the same replications run once at central assumptions and once with drawn
 * assumptions. With central assumptions only chance varies between replications; with drawn
 * assumptions chance and the assumptions do, so the excess variance is the assumptions' share
 * (clamped at zero: with few replications the estimate can come out negative).
 */
export function attribute(central: ArrayLike<number>, drawn: ArrayLike<number>): Attribution {
  const c = Array.from(central);
  const d = Array.from(drawn);
  const centralVar = variance(c);
  const drawnVar = variance(d);
  const excess = centralVar === undefined || drawnVar === undefined ? undefined : Math.sqrt(Math.max(0, drawnVar - centralVar));
  return {
    policyEffect: round7(mean(c)),
    assumptionSd: round7(excess),
    assumptionInterval: { p5: round7(quantile(d, INTERVAL_LOW)), p95: round7(quantile(d, INTERVAL_HIGH)) },
    drawnMean: round7(mean(d)),
    noiseSd: sampleSd(c),
  };
}

/** |high − low|, or null if either is missing: the width of one bar of a tornado chart. */
export function swing(low: Stat, high: Stat): Stat {
  return low === null || high === null ? null : round7(Math.abs(high - low));
}
