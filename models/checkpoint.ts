/**
 * Checkpoints: a replication's whole state at the start of a year, kept so that a later run of
 * another scenario can resume there instead of simulating the years before again. The app's first
 * estimates use it: after the baseline, a lever that starts in 2026 only simulates 2026–2040.
 *
 * Why resuming is exact: every draw is keyed by agent, event and time (common random numbers,
 * `random/keyed.ts`), and no mechanism reads the policy of a year it has not reached, so the state
 * at the start of year Y is the same in every run with the same seed, replication, sample,
 * assumption values and policy in the years before Y. A checkpoint is reused only when all of these
 * match; tests/models/checkpoint.test.ts checks that a resumed run is identical to a fresh one.
 */
import { policyTimeline, resolveAssumptions, type RunOptions } from './simulate';
import type { Policy } from './parameters/policy';
import type { Stepper } from './step';
import { Citizens } from './state/citizens';
import { Providers } from './state/providers';
import { YearAccumulator } from './results/accumulator';
import { FIRST_YEAR } from './parameters/world';

interface Checkpoint {
  /** The policy of every year before the checkpoint's year (JSON): a resuming run's must be equal. */
  policyBefore: string;
  state: Stepper;
}

const runKeys = new WeakMap<RunOptions, string>();

/** Runs that may share checkpoints: same seed, replication, sample, horizon and assumption values. */
function runKey(o: RunOptions): string {
  let key = runKeys.get(o);
  if (key === undefined) {
    const endYear = o.endYear ?? o.scenario.horizon.endYear;
    key = JSON.stringify([o.scenario.seed, o.replication, o.sample ?? 1, endYear, o.municipalities.length, resolveAssumptions(o.scenario, o.replication)]);
    runKeys.set(o, key);
  }
  return key;
}

/** Each year's policy as JSON, per timeline (a timeline is read for every year of a run: stringify each policy once). */
const policyJson = new WeakMap<Map<number, Policy>, Map<number, string>>();

/** The policy in force in each year before `year`, as JSON. */
function policyBefore(policyByYear: Map<number, Policy>, year: number): string {
  let json = policyJson.get(policyByYear);
  if (!json) {
    json = new Map();
    policyJson.set(policyByYear, json);
  }
  const years: string[] = [];
  for (let y = FIRST_YEAR; y < year; y++) {
    let text = json.get(y);
    if (text === undefined) {
      text = JSON.stringify(policyByYear.get(y)) ?? 'null';
      json.set(y, text);
    }
    years.push(text);
  }
  return `[${years.join(',')}]`;
}

/**
 * A deep copy of the stepper. `structuredClone` copies typed arrays and maps natively; it drops
 * class prototypes, which are put back on the three class instances the state holds (a state with
 * any other class would fail the resume test, its methods missing).
 */
function copyState(stepper: Stepper): Stepper {
  const copy = structuredClone(stepper);
  Object.setPrototypeOf(copy.world.citizens, Citizens.prototype);
  Object.setPrototypeOf(copy.world.providers, Providers.prototype);
  Object.setPrototypeOf(copy.world.acc, YearAccumulator.prototype);
  return copy;
}

export class CheckpointStore {
  private readonly runs = new Map<string, Map<number, Checkpoint>>();
  /** Distinct runs (seed, replication, sample, assumptions) whose checkpoints are kept; least recently used go first. */
  private readonly maxRuns: number;

  constructor(options: { maxRuns?: number } = {}) {
    this.maxRuns = options.maxRuns ?? 4;
  }

  /**
   * A fresh run's state as the store keeps it. Runs that use a store always step a copied state,
   * so the engine's code sees objects of one shape whether a run resumed or not (mixing the
   * constructed and the copied shapes cost the JIT hundreds of milliseconds of deoptimisation).
   */
  adopt(fresh: Stepper): Stepper {
    return copyState(fresh);
  }

  /**
   * A copy of the latest checkpoint this run may resume from (its policy timeline already in
   * `world.policyByYear`), or undefined.
   */
  resume(o: RunOptions): Stepper | undefined {
    const key = runKey(o);
    const checkpoints = this.runs.get(key);
    if (!checkpoints) return undefined;
    this.runs.delete(key);
    this.runs.set(key, checkpoints); // most recently used last
    const timeline = policyTimeline(o.scenario);
    const years = [...checkpoints.keys()].sort((a, b) => b - a);
    for (const year of years) {
      const checkpoint = checkpoints.get(year)!;
      if (checkpoint.policyBefore !== policyBefore(timeline, year)) continue;
      const state = copyState(checkpoint.state);
      state.world.policyByYear = timeline;
      return state;
    }
    return undefined;
  }

  /** Keep the state at the start of the current year, unless a checkpoint for it is already kept. */
  record(o: RunOptions, stepper: Stepper): void {
    const w = stepper.world;
    if (w.month % 12 !== 0) throw new RangeError(`checkpoints are taken at the start of a year, not at month ${w.month}`);
    const year = FIRST_YEAR + w.month / 12;
    const key = runKey(o);
    let checkpoints = this.runs.get(key);
    if (!checkpoints) {
      checkpoints = new Map();
      this.runs.set(key, checkpoints);
      while (this.runs.size > this.maxRuns) this.runs.delete(this.runs.keys().next().value!);
    }
    if (checkpoints.has(year)) return;
    checkpoints.set(year, { policyBefore: policyBefore(w.policyByYear, year), state: copyState(stepper) });
  }

  /** Number of checkpoints kept (for tests and diagnostics). */
  get size(): number {
    let n = 0;
    for (const c of this.runs.values()) n += c.size;
    return n;
  }
}
