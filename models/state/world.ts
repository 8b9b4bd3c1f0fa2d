/**
 * The whole simulated world at one moment: agents (citizens, providers, municipalities, regions),
 * the national actors' state (appeals board rulings, supervisors, the state's pools), the resolved
 * parameters of this replication, and the year's accumulators that results are read from.
 */
import type { Citizens } from './citizens';
import type { Providers } from './providers';
import type { Municipality } from '../data/municipalities';
import type { AssumptionValues } from '../parameters/assumptions';
import type { Calibration } from '../parameters/calibration';
import type { Policy } from '../parameters/policy';
import type { YearAccumulator } from '../results/accumulator';

export interface Ruling {
  month: number;
  group: number;
  /** Share of the group's recipients whose service floor rises. */
  reach: number;
  /** Relative cost increase for those reached. */
  uplift: number;
  /** Neutralised by law (policy rulingsRolledBack). */
  rolledBack: boolean;
}

export interface MunicipalityState {
  info: Municipality[];
  count: number;
  /** Inhabitants this year (population 2020 grown at the national rate). */
  population: Float64Array;
  /** Need-prevalence multiplier (socio-economic differences; assumption incidenceSpread). */
  incidence: Float64Array;
  /** Local service-level multiplier on intensity (assumption serviceLevelSpread). */
  serviceLevel: Float64Array;
  /** Inclination to build when there is a financial case (assumption buildPropensity, varied ±50 %). */
  buildPropensity: Float64Array;
  /** Adoption of recovery-oriented and evidence-based methods 0…1 (knowledge.ts). */
  methodAdoption: Float64Array;
  /** In-house provider row per service: `inHouse[m * SERVICE_COUNT + s]`, −1 if the service is place-based. */
  inHouse: Int32Array;
  /** Places under construction: `pipeline[m * 3 + k]` by completion year, k: 0 botilbud-like, 1 § 107, 2 § 108. */
  pipeline: Map<number, Float64Array>;
  /** Residential spending in the last completed year and the year before it, DKK (growth alert, coordination.ts). */
  residentialSpendCurrent: Float64Array;
  residentialSpendLastYear: Float64Array;
  /** Capital drawn from the loan pool this year, DKK. */
  loanDrawnYear: Float64Array;
}

export interface World {
  /** Seed of this replication (scenario seed mixed with the replication number). */
  seed: number;
  replication: number;
  /** Sampling fraction (1 = full scale); results are divided by it. */
  sample: number;
  month: number;
  year: number;
  endYear: number;
  assumptions: AssumptionValues;
  calibration: Calibration;
  /** Policy in force this year. */
  policy: Policy;
  policyByYear: Map<number, Policy>;
  citizens: Citizens;
  providers: Providers;
  municipalities: MunicipalityState;
  regionCount: number;
  rulings: Ruling[];
  /** Rulings already applied to existing citizens. */
  rulingsApplied: number;
  /** Serial for entrants' identities. */
  entrySerial: number;
  /** Rows queued this month for a new assessment (need changed, entry, review). */
  revisitQueue: Int32Array;
  revisitCount: number;
  /** Rows waiting for a place this month. */
  waitingQueue: Int32Array;
  waitingCount: number;
  /** Multiplier on improvement hazards from staff time on the core task (staffTime.ts). */
  coreTaskMultiplier: number;
  coreTaskShare: number;
  /** Supervision visits made last year (staffTime.ts). */
  supervisionVisits: number;
  /** Share of active national specialities (specialisation planning), 0…1. */
  specialisationCoverage: number;
  /** Private-price scarcity by region and specialisation level (pricing.ts): `[r * 3 + spec]`. */
  scarcity: Float64Array;
  /** Crisis-centre and shelter turn-aways and arrivals this year: `[kind * regionCount + r]`, kind 0 crisis, 1 shelter (selfReferral.ts). */
  turnedAway: Float64Array;
  arrivals: Float64Array;
  /** Self-referral provider rows by `[kind * regionCount + r]`. */
  selfReferralRows: number[][];
  acc: YearAccumulator;
}

