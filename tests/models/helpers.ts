/**
 * Shared fixtures for the engine tests: the real municipalities, scenario builders, small worlds
 * and fast-check arbitraries for random valid scenarios. Not a test file (no `.test.ts`).
 */
import fc from 'fast-check';
import { loadMunicipalities } from '../../scripts/lib/shared-data';
import type { Municipality } from '../../models/data/municipalities';
import { scenarioSchema, type Scenario } from '../../models/schema/scenario';
import type { Policy } from '../../models/parameters/policy';
import { ASSUMPTIONS, ASSUMPTION_KEYS, type AssumptionKey } from '../../models/parameters/assumptions';
import { createReplicationWorld, runReplication } from '../../models/simulate';
import type { ReplicationResult } from '../../models/contract';
import { isPlaceService } from '../../models/state/codes';
import { UNLIMITED_PLACES } from '../../models/state/providers';
import type { World } from '../../models/state/world';

let cached: Municipality[] | undefined;

/** The 98 real municipalities (read once per test file). */
export function municipalities(): Municipality[] {
  cached ??= loadMunicipalities();
  return cached;
}

/** A valid scenario with defaults filled in; `extra` is merged into the raw file before parsing. */
export function scenario(extra: Record<string, unknown> = {}): Scenario {
  return scenarioSchema.parse({ schemaVersion: 2, id: 'test', title: 'Test scenario', seed: 7, ...extra });
}

/** A scenario whose only policy change is `policy` from `year` on. */
export function withPolicy(policy: Partial<Policy>, year = 2018, extra: Record<string, unknown> = {}): Scenario {
  return scenario({ ...extra, policyChanges: [{ year, policy }] });
}

export interface SmallRun {
  sample?: number;
  endYear?: number;
  replication?: number;
}

/** One replication at a small sample and a short horizon. */
export function run(sc: Scenario, o: SmallRun = {}): ReplicationResult {
  return runReplication({
    scenario: sc,
    municipalities: municipalities(),
    replication: o.replication ?? 0,
    sample: o.sample ?? 0.03,
    endYear: o.endYear ?? 2020,
  });
}

/** A freshly initialised world (1 January 2018, before the first step) and its stepper. */
export function smallWorld(sc: Scenario = scenario(), o: SmallRun = {}) {
  return createReplicationWorld({
    scenario: sc,
    municipalities: municipalities(),
    replication: o.replication ?? 0,
    sample: o.sample ?? 0.02,
    endYear: o.endYear ?? 2020,
  });
}

/** Value of a national indicator in a calendar year. */
export function at(result: ReplicationResult, key: string, year: number): number {
  const y = result.years.indexOf(year);
  if (y < 0) throw new RangeError(`year ${year} not simulated`);
  const series = result.indicators[key];
  if (!series) throw new RangeError(`no indicator ${key}`);
  return series[y];
}

/** Citizens served by each provider row, counted from the citizens' own records. */
export function residentsByProvider(w: World): Int32Array {
  const c = w.citizens;
  const out = new Int32Array(w.providers.count);
  for (let i = 0; i < c.count; i++) if (isPlaceService(c.service[i])) out[c.provider[i]] += 1;
  return out;
}

/** Provider rows with places (not in-house units). */
export function placeRows(w: World): number[] {
  const rows: number[] = [];
  for (let q = 0; q < w.providers.count; q++) if (w.providers.places[q] < UNLIMITED_PLACES) rows.push(q);
  return rows;
}

/** Byte-level equality of two typed arrays (NaN equals NaN with the same bits). */
export function sameBytes(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

// ── fast-check arbitraries ───────────────────────────────────────────────────

const share = fc.double({ min: 0, max: 1, noNaN: true });
const upTo = (max: number) => fc.double({ min: 0, max, noNaN: true });

/** Any partial policy whose values lie within the ranges of models/parameters/policy.ts. */
export const policyArbitrary: fc.Arbitrary<Partial<Policy>> = fc.record(
  {
    economyWeight: fc.option(share, { nil: null }),
    networkSubstitution: share,
    rulingRateMultiplier: upTo(3),
    rulingsRolledBack: fc.integer({ min: 0, max: 9 }),
    appealRateMultiplier: upTo(3),
    dutCompensation: fc.boolean(),
    alternativeOfferLimit: share,
    moveWithoutConsentPerYear: share,
    flexiblePlaceShare: share,
    longTermExitFlexibility: share,
    publicVacancyFirst: fc.option(share, { nil: null }),
    tariffCapSelfReferral: fc.option(share, { nil: null }),
    tariffCapComplex: fc.option(share, { nil: null }),
    standardTariffModel: fc.boolean(),
    coordinationLevel: fc.option(share, { nil: null }),
    loanPoolBn: fc.dictionary(fc.integer({ min: 2020, max: 2049 }).map(String), upTo(20), { maxKeys: 4 }),
    botilbudLikeCeilingExempt: fc.boolean(),
    ceilingRoomMultiplier: upTo(5),
    visitsPerYear: fc.double({ min: 0.1, max: 2, noNaN: true }),
    binaryScore: fc.boolean(),
    outcomeMeasurement: share,
    crisisPostAcuteReduction: share,
    reimbursementRates: fc.option(fc.tuple(share, share, share), { nil: null }),
    // Thresholds of a tiered scheme ascend (see stateFinance.test.ts for unordered ones).
    reimbursementThresholds: fc
      .tuple(upTo(5e6), upTo(5e6), upTo(5e6))
      .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y) as [number, number, number]),
    preventionFlexibility: share,
    transitionSupport: share,
    recoveryAdoptionBoost: upTo(3),
    diffusionBoost: upTo(3),
    outcomesFundShare: share,
    dataQuality: share,
    documentationReduction: share,
    specialisationPlanning: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** Any set of assumption overrides within their documented [low, high] ranges. */
export const assumptionsArbitrary: fc.Arbitrary<Partial<Record<AssumptionKey, number>>> = fc.record(
  Object.fromEntries(
    ASSUMPTION_KEYS.map((key) => [key, fc.double({ min: ASSUMPTIONS[key].low, max: ASSUMPTIONS[key].high, noNaN: true })]),
  ) as Record<AssumptionKey, fc.Arbitrary<number>>,
  { requiredKeys: [] },
);

export interface RandomCase {
  scenario: Scenario;
  replication: number;
  endYear: number;
}

/** A random valid scenario (seed, policy changes 2018–2021, assumption overrides) and a replication. */
export const caseArbitrary = (maxEndYear = 2021): fc.Arbitrary<RandomCase> =>
  fc
    .record({
      seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
      replication: fc.integer({ min: 0, max: 7 }),
      endYear: fc.integer({ min: 2019, max: maxEndYear }),
      changes: fc.array(fc.record({ year: fc.integer({ min: 2018, max: 2021 }), policy: policyArbitrary }), { maxLength: 2 }),
      assumptions: assumptionsArbitrary,
      centralAssumptions: fc.boolean(),
    })
    .map((r) => ({
      // Parsing proves the generated scenario is valid (it throws otherwise).
      scenario: scenario({
        seed: r.seed,
        policyChanges: r.changes,
        assumptions: r.assumptions,
        centralAssumptions: r.centralAssumptions,
      }),
      replication: r.replication,
      endYear: r.endYear,
    }));

/** Small samples keep a property run well under a second. */
export const PROPERTY_SAMPLE = 0.02;
export const PROPERTY_RUNS = 6;
