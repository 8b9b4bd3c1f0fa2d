/**
 * Running replications: resolve the scenario into a policy per year and this replication's
 * assumption draws, build the world, step it month by month, return yearly indicators.
 */
import { runToEnd } from './slices';
import type { ReplicationResult } from './contract';
import type { Municipality } from './data/municipalities';
import type { Scenario } from './schema/scenario';
import { ASSUMPTIONS, ASSUMPTION_KEYS, triangular, type AssumptionValues } from './parameters/assumptions';
import { CALIBRATED, type Calibration } from './parameters/calibration';
import { DEFAULT_POLICY, type Policy } from './parameters/policy';
import { FIRST_YEAR, LAST_YEAR, YEAR_COUNT } from './parameters/world';
import { GROUP_COUNT } from './state/codes';
import { Purpose, keyedHash, uniform } from './random/keyed';
import { createWorldSteps } from './init/initialise';
import { createResultStore } from './results/indicators';
import { stepMonth, type Stepper } from './step';
import type { World } from './state/world';
import type { CheckpointStore } from './checkpoint';

export interface RunOptions {
  scenario: Scenario;
  municipalities: Municipality[];
  /** Replication number 0, 1, …: with the scenario seed it fixes every random draw. */
  replication: number;
  /** Sampling fraction in (0, 1]; results are scaled back to full size. Default 1. */
  sample?: number;
  /** Override the calibrated scalars (used by the calibration procedure). */
  calibration?: Calibration;
  /** Last simulated year (default: the scenario's horizon). */
  endYear?: number;
  /** Called after each simulated year with the number of years done. */
  onYear?: (yearsDone: number) => void;
  /**
   * Resume from, and keep, year-start checkpoints here (`checkpoint.ts`): results are identical,
   * only the years before the scenario's first difference are not simulated again.
   */
  checkpoints?: CheckpointStore;
}

/**
 * Seed of one replication: the same (scenario seed, replication) gives the same world in every scenario.
 * A signed 32-bit integer, like every key of the draws (see `keyedHash`): never boxed when passed on.
 */
export function replicationSeed(seed: number, replication: number): number {
  return keyedHash(seed, replication, 0x7f4a7c15, 0);
}

/** This replication's assumption values: scenario overrides, else central (if asked), else drawn. */
export function resolveAssumptions(scenario: Scenario, replication: number): AssumptionValues {
  const values = {} as AssumptionValues;
  ASSUMPTION_KEYS.forEach((key, k) => {
    const fixed = scenario.assumptions[key];
    if (fixed !== undefined) values[key] = fixed;
    else if (scenario.centralAssumptions) values[key] = ASSUMPTIONS[key].central;
    else values[key] = triangular(uniform(scenario.seed, replication, k, Purpose.assumptionDraw), ASSUMPTIONS[key]);
  });
  // A copy by spread: an object filled key by key from a list of 57 names is left in V8's dictionary
  // (hash-table) mode, which made every `w.assumptions.x` read in the monthly mechanisms a hash lookup.
  return { ...values };
}

/** The policy in force in each year: defaults, then each change from its year on, in year order. */
export function policyTimeline(scenario: Scenario): Map<number, Policy> {
  const changes = [...scenario.policyChanges].sort((a, b) => a.year - b.year);
  const timeline = new Map<number, Policy>();
  let current: Policy = { ...DEFAULT_POLICY };
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (const change of changes) if (change.year === year) current = { ...current, ...change.policy } as Policy;
    timeline.set(year, current);
  }
  return timeline;
}

export function createReplicationWorld(o: RunOptions): { world: World; stepper: Stepper } {
  return runToEnd(createReplicationWorldSteps(o));
}

/** `createReplicationWorld` in slices, yielding between the phases of initialisation (`createWorldSteps`). */
export function* createReplicationWorldSteps(o: RunOptions): Generator<void, { world: World; stepper: Stepper }> {
  const sample = o.sample ?? 1;
  if (!(sample > 0 && sample <= 1)) throw new RangeError(`sample must be in (0, 1], got ${sample}`);
  const endYear = o.endYear ?? o.scenario.horizon.endYear;
  const world = yield* createWorldSteps({
    seed: replicationSeed(o.scenario.seed, o.replication),
    replication: o.replication,
    sample,
    endYear,
    municipalities: o.municipalities,
    assumptions: resolveAssumptions(o.scenario, o.replication),
    calibration: o.calibration ?? CALIBRATED,
    policyByYear: policyTimeline(o.scenario),
  });
  const store = createResultStore(o.municipalities.length);
  let population = 0;
  for (let m = 0; m < world.municipalities.count; m++) population += world.municipalities.population[m];
  store.basePopulation = population;
  const stepper: Stepper = { world, tables: undefined as never, adultInflow: new Float64Array(GROUP_COUNT).fill(1), store, appealsPerDecision: 0.09, vacancyIndex: null };
  return { world, stepper };
}

/** Simulate one replication from January 2018 to December of the end year. */
export function runReplication(o: RunOptions): ReplicationResult {
  return runToEnd(replicationSteps(o));
}

/**
 * The same replication in slices: yields 0 between the phases of building a new world, then the years
 * done so far after every `monthsPerSlice` simulated months; returns the results. Lets a worker run
 * work of low priority in slices between requests, or stop soon after it is terminated.
 */
export function* replicationSteps(o: RunOptions, monthsPerSlice = 12): Generator<number, ReplicationResult> {
  const checkpoints = o.calibration ? undefined : o.checkpoints; // calibration varies what the key leaves out
  let stepper = checkpoints?.resume(o);
  if (!stepper) {
    // A new world is built in slices too, each yielding 0 years done.
    const init = createReplicationWorldSteps(o);
    let next = init.next();
    while (!next.done) {
      yield 0;
      next = init.next();
    }
    stepper = checkpoints ? checkpoints.adopt(next.value.stepper) : next.value.stepper;
  }
  const world = stepper.world;
  const months = (world.endYear - FIRST_YEAR + 1) * 12;
  for (let month = world.month; month < months; month++) {
    if (month % 12 === 0 && month > 0) checkpoints?.record(o, stepper);
    stepMonth(stepper);
    if (month % 12 === 11) o.onYear?.((month + 1) / 12);
    if ((month + 1) % monthsPerSlice === 0) yield (month + 1) / 12;
  }
  const years = Array.from({ length: YEAR_COUNT }, (_, k) => FIRST_YEAR + k).filter((y) => y <= world.endYear);
  const indicators: Record<string, Float64Array> = {};
  for (const [key, values] of Object.entries(stepper.store.national)) indicators[key] = values.slice(0, years.length);
  const municipal: Record<string, Float64Array> = {};
  for (const [key, values] of Object.entries(stepper.store.municipal)) {
    const out = new Float64Array(o.municipalities.length * years.length);
    for (let m = 0; m < o.municipalities.length; m++) out.set(values.subarray(m * YEAR_COUNT, m * YEAR_COUNT + years.length), m * years.length);
    municipal[key] = out;
  }
  return {
    years,
    indicators,
    municipal: { codes: o.municipalities.map((m) => m.code), names: o.municipalities.map((m) => m.name), indicators: municipal },
  };
}
