/**
 * Initialisation (ODD "Initialisation"): the world on 1 January 2018.
 *
 * Municipalities come from the real data (population 2020, region) with drawn traits. Citizens of
 * each group are spread over municipalities in proportion to population × need prevalence, with
 * the need mix of a stock (entry mix weighted by how long each need level stays in the system).
 * Residential places are created per type and owner (calibrated totals; ownership shares assumed)
 * and filled by the normal visitation and placement rules; municipalities get in-house units.
 */
import { runToEnd } from '../slices';
import { Citizens, NO_SERVICE, needLevel } from '../state/citizens';
import { Providers, UNLIMITED_PLACES } from '../state/providers';
import { GROUP_COUNT, Group, Owner, SERVICE_COUNT, Service, Specialisation, isChildGroup, isPlaceService } from '../state/codes';
import {
  FIRST_YEAR, GROUPS, INITIAL_OWNER_SHARE, MEAN_PLACES_PER_CHILD_INSTITUTION, MEAN_PLACES_PER_OFFER,
  ESCALATION_HISTORY_FROM_YEAR, FUNCTION_STEP, MEAN_PLACES_PER_SELF_REFERRAL, NEED_EXIT_MULTIPLIER, POPULATION_BASE_YEAR, RESIDENTIAL_EXIT_FACTOR, POPULATION_GROWTH_PER_YEAR, SUPERVISION, UNIT_COST,
} from '../parameters/world';
import { REGION_COUNT, type Municipality } from '../data/municipalities';
import type { AssumptionValues } from '../parameters/assumptions';
import type { Calibration } from '../parameters/calibration';
import type { Policy } from '../parameters/policy';
import { Purpose, keyedHash, normalQuantile, uniform } from '../random/keyed';
import type { MunicipalityState, World } from '../state/world';
import { YearAccumulator } from '../results/accumulator';
import { drawAttributes } from '../mechanisms/demography';
import { assess, initialiseCostFactor } from '../mechanisms/visitation';
import { buildVacancyIndex, stepPlacement } from '../mechanisms/placement';
import { leavesPerYear, perMonth, queueWaiting } from '../mechanisms/needs';
import { registerSelfReferralProvider, countCrisisStay } from '../mechanisms/selfReferral';
import { stepPricing } from '../mechanisms/pricing';
import { escalateHistory, mayEscalate } from '../mechanisms/escalation';
import { unitCostScale } from '../mechanisms/costScales';
import { INITIAL_ADOPTION } from '../mechanisms/knowledge';
import { REFERENCE_CORE_TASK_SHARE } from '../mechanisms/staffTime';

/** Shelter places in 2018 (assumption, BG ≈ 2,000–2,200 places in §§ 110 shelters). */
const SHELTER_INITIAL_PLACES = 2_100;
/** Places in children's residential institutions relative to children placed there (assumption: 8 % spare). */
const CHILD_INSTITUTION_SPARE = 1.08;

export interface WorldOptions {
  seed: number;
  replication: number;
  sample: number;
  endYear: number;
  municipalities: Municipality[];
  assumptions: AssumptionValues;
  calibration: Calibration;
  policyByYear: Map<number, Policy>;
}

function initialiseMunicipalities(o: WorldOptions): MunicipalityState {
  const n = o.municipalities.length;
  const a = o.assumptions;
  const s: MunicipalityState = {
    info: o.municipalities,
    count: n,
    population: new Float64Array(n),
    incidence: new Float64Array(n),
    serviceLevel: new Float64Array(n),
    buildPropensity: new Float64Array(n),
    methodAdoption: new Float64Array(n),
    inHouse: new Int32Array(n * SERVICE_COUNT).fill(-1),
    pipeline: new Map(),
    residentialSpendCurrent: new Float64Array(n),
    residentialSpendLastYear: new Float64Array(n),
    loanDrawnYear: new Float64Array(n),
  };
  for (let m = 0; m < n; m++) {
    const info = o.municipalities[m];
    s.population[m] = info.population2020 * Math.pow(1 + POPULATION_GROWTH_PER_YEAR, FIRST_YEAR - POPULATION_BASE_YEAR);
    // Log-normal multipliers with mean 1; drawn per replication (uncertain), keyed by municipality.
    const z1 = normalQuantile(uniform(o.seed, m, 1, Purpose.municipalityTraits));
    const z2 = normalQuantile(uniform(o.seed, m, 2, Purpose.municipalityTraits));
    s.incidence[m] = Math.exp(a.incidenceSpread * z1 - (a.incidenceSpread ** 2) / 2);
    s.serviceLevel[m] = Math.exp(a.serviceLevelSpread * z2 - (a.serviceLevelSpread ** 2) / 2);
    s.buildPropensity[m] = Math.min(1, a.buildPropensity * (0.5 + uniform(o.seed, m, 3, Purpose.municipalityTraits)));
    s.methodAdoption[m] = INITIAL_ADOPTION * (0.5 + uniform(o.seed, m, 4, Purpose.municipalityTraits));
  }
  return s;
}

/** Stochastic rounding of expected counts spread over municipalities by weight (keyed). */
function spread(seed: number, key: number, total: number, weights: Float64Array): Int32Array {
  let sum = 0;
  for (const x of weights) sum += x;
  const out = new Int32Array(weights.length);
  for (let m = 0; m < weights.length; m++) {
    const expected = (total * weights[m]) / sum;
    const whole = Math.floor(expected);
    out[m] = whole + (uniform(seed, key, m, Purpose.initialPopulation) < expected - whole ? 1 : 0);
  }
  return out;
}

function addInHouseUnits(w: World): void {
  const mun = w.municipalities;
  for (let m = 0; m < mun.count; m++) {
    for (let s = 0; s < SERVICE_COUNT; s++) {
      if (isPlaceService(s)) continue;
      const q = w.providers.add({
        service: s, owner: Owner.municipal, municipality: m, region: mun.info[m].region, specialisation: Specialisation.general,
        places: UNLIMITED_PLACES, costBase: UNIT_COST[s] * unitCostScale(w, s), latentQuality: 0.75, scoreChaser: false, openedYear: FIRST_YEAR - 10,
      });
      mun.inHouse[m * SERVICE_COUNT + s] = q;
    }
  }
}

/** Create offers of one service with `totalPlaces` places spread over municipalities by weight. */
function addOffers(w: World, service: number, totalPlaces: number, meanSize: number, weights: Float64Array, key: number): void {
  const mun = w.municipalities;
  const perMunicipality = spread(w.seed, key, totalPlaces, weights);
  const size = Math.max(1, Math.round(meanSize * w.sample));
  let serial = 0;
  for (let m = 0; m < mun.count; m++) {
    let left = perMunicipality[m];
    while (left > 0) {
      const u = uniform(w.seed, key, serial++, Purpose.providerTraits);
      const places = Math.min(left, Math.max(1, Math.round(size * (0.5 + u))));
      left -= places;
      const uOwner = uniform(w.seed, key, serial++, Purpose.providerTraits);
      const shares = INITIAL_OWNER_SHARE;
      let owner: number = uOwner < shares.municipal ? Owner.municipal
        : uOwner < shares.municipal + shares.regional ? Owner.regional
        : uOwner < shares.municipal + shares.regional + shares.private ? Owner.private : Owner.selfOwned;
      if (service === Service.crisisCentre || service === Service.shelter) owner = uOwner < 0.35 ? Owner.municipal : Owner.selfOwned;
      const uSpec = uniform(w.seed, key, serial++, Purpose.providerTraits);
      const specialisation = owner === Owner.regional ? Specialisation.highlySpecialised
        : uSpec < 0.12 ? Specialisation.highlySpecialised : uSpec < 0.35 ? Specialisation.specialised : Specialisation.general;
      const costBase = UNIT_COST[service] * unitCostScale(w, service) * (1 + 0.25 * specialisation);
      const q = w.providers.add({
        service, owner, municipality: m, region: mun.info[m].region, specialisation, places, costBase,
        // Latent quality centred so that scores average ≈ 4.4 (expert-report H4).
        latentQuality: Math.min(1, Math.max(0, 0.82 + 0.1 * normalQuantile(uniform(w.seed, key, serial++, Purpose.providerTraits)))),
        scoreChaser: uniform(w.seed, key, serial++, Purpose.providerTraits) < SUPERVISION.scoreChasingShare,
        openedYear: FIRST_YEAR - 10,
      });
      if (service === Service.crisisCentre || service === Service.shelter) registerSelfReferralProvider(w, q);
    }
  }
}

/**
 * Stock need mix of a group: the stationary distribution of the need-level chain fed by the entry
 * mix, x = e + x·T, where T moves one level down (improvement) or up (deterioration) with the
 * monthly hazards of needs.ts and loses the monthly exit hazard. A band of 20 functional points
 * changes with probability FUNCTION_STEP / 20 per step. Solved per trajectory by iteration.
 */
function stockNeedMix(g: number, a: AssumptionValues): readonly number[] {
  // The mix depends only on the group and two assumptions: a worker running many replications
  // (the app's estimates) reuses it instead of iterating the chain again.
  const key = `${g}|${a.improveHazardScale}|${a.worsenHazardScale}`;
  const known = stockNeedMixCache.get(key);
  if (known) return known;
  const mix = iterateStockNeedMix(g, a);
  if (stockNeedMixCache.size >= 4096) stockNeedMixCache.clear();
  stockNeedMixCache.set(key, mix);
  return mix;
}

const stockNeedMixCache = new Map<string, readonly number[]>();

const STOCK_MIX_ITERATIONS = 3000;

function iterateStockNeedMix(g: number, a: AssumptionValues): number[] {
  const gp = GROUPS[g];
  const bandChange = FUNCTION_STEP / 20;
  const improveByTrajectory = [gp.improvePerYear, gp.improvePerYear / 3, gp.improvePerYear / 6].map((x) => perMonth(x * a.improveHazardScale) * bandChange);
  const worsenByTrajectory = [gp.worsenPerYear / 2, gp.worsenPerYear, gp.worsenPerYear * 3].map((x) => perMonth(x * a.worsenHazardScale) * bandChange);
  const exit = NEED_EXIT_MULTIPLIER.map((_, n) => perMonth(leavesPerYear(g, n)));
  const total = [0, 0, 0, 0, 0];
  let x = new Float64Array(5);
  let next = new Float64Array(5);
  const down = new Float64Array(5); // to a lighter need (index n − 1)
  const up = new Float64Array(5);
  const stay = new Float64Array(5);
  for (let traj = 0; traj < 3; traj++) {
    const entry = gp.needAtEntry.map((p) => p * gp.trajectory[traj]);
    for (let n = 0; n < 5; n++) {
      x[n] = entry[n];
      down[n] = n > 0 ? improveByTrajectory[traj] : 0;
      up[n] = n < 4 ? worsenByTrajectory[traj] : 0;
      stay[n] = Math.max(0, 1 - exit[n] - down[n] - up[n]);
    }
    for (let iteration = 0; iteration < STOCK_MIX_ITERATIONS; iteration++) {
      next.set(entry);
      for (let n = 0; n < 5; n++) {
        if (n > 0) next[n - 1] += x[n] * down[n];
        if (n < 4) next[n + 1] += x[n] * up[n];
        next[n] += x[n] * stay[n];
      }
      [x, next] = [next, x];
    }
    for (let n = 0; n < 5; n++) total[n] += x[n];
  }
  const sum = total.reduce((p, q) => p + q, 0);
  return total.map((v) => v / sum);
}

/** The 2018 stock, group by group (a slice each: the largest part of building a world). */
function* addInitialCitizens(w: World): Generator<void, void> {
  const mun = w.municipalities;
  const weights = new Float64Array(mun.count);
  for (let m = 0; m < mun.count; m++) weights[m] = mun.population[m] * mun.incidence[m];
  const cal = w.calibration;
  for (let g = 0; g < GROUP_COUNT; g++) {
    const gp = GROUPS[g];
    const scale = isChildGroup(g) ? cal.childStockScale : g === Group.adultViolence ? cal.crisisArrivalScale : cal.adultStockScale;
    const counts = spread(w.seed, 1000 + g, gp.initialStock * scale * w.sample, weights);
    const needMix = stockNeedMix(g, w.assumptions);
    let serial = 0;
    for (let m = 0; m < mun.count; m++) {
      for (let k = 0; k < counts[m]; k++) {
        const id = keyedHash(w.seed ^ 0x1b873593, g, m, serial++); // signed, like Citizens.id
        const i = w.citizens.add(id);
        w.citizens.municipality[i] = m;
        w.citizens.setGroup(i, g);
        drawAttributes(w, i, g);
        // Redraw the need level from the stock mix.
        const u = uniform(w.seed, id, 9, Purpose.initialPopulation);
        let need = 5;
        let cumulative = 0;
        for (let n = 0; n < 5; n++) {
          cumulative += needMix[n];
          if (u < cumulative) { need = n + 1; break; }
        }
        w.citizens.functioning[i] = Math.min(100, (5 - need) * 20 + Math.floor(uniform(w.seed, id, 10, Purpose.initialPopulation) * 20));
        w.citizens.functioningAtYearStart[i] = w.citizens.functioning[i];
        const [lo, hi] = gp.entryAge;
        const span = isChildGroup(g) ? hi - lo : Math.min(80, hi + 20) - lo;
        w.citizens.age[i] = g === Group.youthAftercare ? 18 + Math.floor(uniform(w.seed, id, 11, Purpose.initialPopulation) * 5)
          : lo + Math.floor(uniform(w.seed, id, 11, Purpose.initialPopulation) * (span + 1));
        initialiseCostFactor(w, i);
      }
    }
    yield;
  }
}

/**
 * Years a 2018 resident has been in care before 2018, for the escalation history: the time already spent
 * by someone found in a stock whose stays end at a constant rate is exponential with that rate (the
 * group's yearly exit and death hazard at the resident's need level, a third of it in a home, as in
 * needs.ts), but no longer than since the group's youngest entry age, nor than since the 2007 reform
 * (`ESCALATION_HISTORY_FROM_YEAR`).
 */
export function escalationHistoryYears(w: World, i: number): number {
  const c = w.citizens;
  const gp = GROUPS[c.group[i]];
  const service = c.service[i];
  const inHome = service === Service.residential108 || service === Service.botilbudLike;
  const rate = leavesPerYear(c.group[i], needLevel(c.functioning[i]) - 1) * (inHome ? RESIDENTIAL_EXIT_FACTOR : 1);
  const elapsed = Math.floor(-Math.log(1 - uniform(w.seed, c.id[i], 13, Purpose.initialPopulation)) / rate);
  return Math.max(0, Math.min(elapsed, c.age[i] - gp.entryAge[0], FIRST_YEAR - ESCALATION_HISTORY_FROM_YEAR));
}

export function createWorld(o: WorldOptions): World {
  return runToEnd(createWorldSteps(o));
}

/**
 * `createWorld` in slices: yields between its phases (the 2018 stock, its assessment, each round of
 * placement, the escalation history), so that a browser worker can hand back to its event loop while it
 * builds a full-scale world (0.2–0.8 s in one piece in Node) and stop soon after it is terminated.
 */
export function* createWorldSteps(o: WorldOptions): Generator<void, World> {
  const municipalities = initialiseMunicipalities(o);
  const expectedCitizens = 200_000 * o.sample;
  const w: World = {
    seed: o.seed,
    replication: o.replication,
    sample: o.sample,
    // Initialisation runs "before" January 2018 (month −1): nothing is charged or counted for it.
    month: -1,
    year: FIRST_YEAR,
    endYear: o.endYear,
    assumptions: o.assumptions,
    calibration: o.calibration,
    policy: o.policyByYear.get(FIRST_YEAR)!,
    policyByYear: o.policyByYear,
    citizens: new Citizens(Math.ceil(expectedCitizens * 1.05)),
    providers: new Providers(2_600),
    municipalities,
    regionCount: REGION_COUNT,
    rulings: [],
    rulingsApplied: 0,
    entrySerial: 0,
    revisitQueue: new Int32Array(4096),
    revisitCount: 0,
    waitingQueue: new Int32Array(4096),
    waitingCount: 0,
    coreTaskMultiplier: 1,
    coreTaskShare: REFERENCE_CORE_TASK_SHARE,
    supervisionVisits: 0,
    specialisationCoverage: 0,
    scarcity: new Float64Array(REGION_COUNT * 3).fill(0.5),
    turnedAway: new Float64Array(REGION_COUNT * 2),
    arrivals: new Float64Array(REGION_COUNT * 2),
    selfReferralRows: Array.from({ length: REGION_COUNT * 2 }, () => []),
    acc: new YearAccumulator(municipalities.count),
  };
  addInHouseUnits(w);
  yield* addInitialCitizens(w);

  // Self-referral places, then everyone is assessed; residential and children's places are
  // created where the assessed demand is (by municipality and type); the split of long-term places
  // between § 108 and botilbud-like housing is calibrated (the 2018 mix is not in the notes: D3–D5 are
  // withheld for validation).
  const cal = w.calibration;
  const demand = new Float64Array(municipalities.count);
  for (let m = 0; m < municipalities.count; m++) demand[m] = municipalities.population[m] * municipalities.incidence[m];
  addOffers(w, Service.crisisCentre, cal.crisisInitialPlaces * w.sample, MEAN_PLACES_PER_SELF_REFERRAL, demand, 5);
  addOffers(w, Service.shelter, SHELTER_INITIAL_PLACES * w.sample, MEAN_PLACES_PER_SELF_REFERRAL, demand, 6);
  const c = w.citizens;
  const temporaryDemand = new Float64Array(municipalities.count);
  const longTermDemand = new Float64Array(municipalities.count);
  const childDemand = new Float64Array(municipalities.count);
  for (let i = 0; i < c.count; i++) {
    const g = c.group[i];
    if (g === Group.adultViolence || g === Group.adultHomeless) continue;
    assess(w, i, true);
    c.waitStart[i] = w.month; // first pass: fitting places only (see below)
    const m = c.municipality[i];
    if (c.waitingFor[i] === Service.residential107) temporaryDemand[m] += 1;
    else if (c.waitingFor[i] === Service.residential108) longTermDemand[m] += 1;
    else if (c.waitingFor[i] === Service.placementResidential) childDemand[m] += 1;
  }
  yield;
  let temporaryTotal = 0;
  let longTermTotal = 0;
  for (let m = 0; m < municipalities.count; m++) { temporaryTotal += temporaryDemand[m]; longTermTotal += longTermDemand[m]; }
  // Places at the start: the assessed demand plus the spare capacity operators plan for (targetVacancy).
  const spare = 1 + w.assumptions.targetVacancy;
  const temporaryPlaces = temporaryTotal * spare;
  const residential = temporaryPlaces + longTermTotal * spare;
  const botilbudLike = (residential - temporaryPlaces) * cal.initialBotilbudLikeShare;
  addOffers(w, Service.residential107, temporaryPlaces, MEAN_PLACES_PER_OFFER, temporaryDemand, 2);
  addOffers(w, Service.botilbudLike, botilbudLike, MEAN_PLACES_PER_OFFER, longTermDemand, 1);
  addOffers(w, Service.residential108, residential - temporaryPlaces - botilbudLike, MEAN_PLACES_PER_OFFER, longTermDemand, 3);
  let childTotal = 0;
  for (const x of childDemand) childTotal += x;
  addOffers(w, Service.placementResidential, childTotal * CHILD_INSTITUTION_SPARE, MEAN_PLACES_PER_CHILD_INSTITUTION, childDemand, 4);
  stepPricing(w, true);
  // Fitting places first. Then every citizen still waiting takes a place of the type they were assessed
  // to, of lower specialisation if need be; only then any place, as after a long wait. The places of
  // each type were made for that type's demand, and the model moves a resident with a lasting need out
  // of § 107 at the review of the stay (TEMPORARY_STAY_REVIEW_MONTHS, 24 months), so the 2018 stock holds
  // lasting needs in § 107 only in flexible places (expert-report 2.6). Letting the type go as soon as
  // the specialisation did put ≈ 2,200 lasting needs in § 107 places, whose reviews in 2018–2020 left
  // ≈ 1,500 § 107 places empty and added as many long-term residents by 2022 (expert-report D7, D8).
  const firstPass = Int32Array.from(w.waitingQueue.subarray(0, w.waitingCount));
  stepPlacement(w, buildVacancyIndex(w));
  yield;
  const requeueWaiting = (): void => {
    for (const i of firstPass) if (c.waitingFor[i] !== NO_SERVICE) { c.waitStart[i] = -12; queueWaiting(w, i); }
  };
  requeueWaiting();
  stepPlacement(w, buildVacancyIndex(w), true);
  yield;
  requeueWaiting();
  stepPlacement(w, buildVacancyIndex(w));
  yield;
  // Residents have been in their place for a while: spread their start over the past three years
  // so that reviews of temporary stays do not all fall in the same month.
  for (let i = 0; i < c.count; i++) {
    if (c.waitingFor[i] === NO_SERVICE) c.serviceStart[i] = -1 - Math.floor(uniform(w.seed, c.id[i], 12, Purpose.initialPopulation) * 36);
  }
  // Residents who may escalate have lived through the escalation of the years before 2018 (escalation.ts).
  for (let i = 0; i < c.count; i++) {
    if (mayEscalate(c.service[i], c.attributes[i])) escalateHistory(w, i, escalationHistoryYears(w, i));
  }
  yield;
  // Self-referred citizens at the start: in a centre or shelter where there is room.
  for (let i = 0; i < c.count; i++) {
    const g = c.group[i];
    if (g !== Group.adultViolence && g !== Group.adultHomeless) continue;
    const kind = g === Group.adultViolence ? 0 : 1;
    const rows = w.selfReferralRows[kind * w.regionCount + municipalities.info[c.municipality[i]].region];
    const q = rows.find((row) => w.providers.occupied[row] < w.providers.places[row]);
    if (q === undefined) {
      assess(w, i, true);
      continue;
    }
    c.setService(i, w.providers.service[q]);
    c.provider[i] = q;
    c.serviceStart[i] = -1 - Math.floor(uniform(w.seed, c.id[i], 12, Purpose.initialPopulation) * 3);
    c.setWaitingFor(i, NO_SERVICE);
    w.providers.occupied[q] += 1;
    if (g === Group.adultViolence) countCrisisStay(w, i);
  }
  w.month = 0;
  w.acc = new YearAccumulator(municipalities.count);
  return w;
}
