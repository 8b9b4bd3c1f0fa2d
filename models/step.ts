/**
 * The schedule (ODD "Process overview and scheduling"). Read top to bottom, this is the model.
 *
 * Every January (yearStart):
 *   1. policy in force for the year; population grows; specialisation planning coverage; municipalities
 *      re-label some of their § 108 offers as botilbud-like housing (conversion)
 *   2. one pass over citizens: ageing and transitions at 18 and 23 (children), new principle
 *      rulings reach recipients (appeals), rolled-back rulings are undone, residents of re-labelled
 *      offers move over, escalation of complex and mismatched cases, yearly counts start, and the
 *      demand signals municipalities act on
 *   3. providers set tariffs from last year's costs and occupancy (pricing)
 *   4. supervisors visit, score and recommend (supervision)
 *   5. private providers enter or exit, under-used offers close (market)
 *   6. places under construction open; municipalities decide to build (capacity)
 *   7. KKR: joint building for complex needs, growth alerts (coordination)
 *   8. crisis-centre and shelter operators open where arrivals were turned away (selfReferral)
 *   9. methods diffuse (knowledge); staff time is split (staffTime); monthly hazards are rebuilt
 * Every month:
 *   10. principle rulings may be published (appeals)
 *   11. every citizen's help is paid for, and needs change or help ends (needs)
 *   12. new citizens enter and are assessed, self-referred arrivals are admitted (demography)
 *   13. citizens whose needs changed are reassessed (visitation); a lasting need in an own § 107 place
 *       re-labels it as the home (capacity.relabelAsHome)
 *   14. waiting citizens are matched to places (placement)
 * Every December: refunds are settled (stateFinance) and the year's indicators recorded (results).
 */
import { FIRST_YEAR, POPULATION_GROWTH_PER_YEAR, SPECIALITIES_IN_FORCE, SPECIALITY_COUNT } from './parameters/world';
import { GROUP_COUNT, Owner, Service, isPlaceService, isResidentialService } from './state/codes';
import { Attr } from './state/citizens';
import { UNLIMITED_PLACES } from './state/providers';
import type { World } from './state/world';
import { buildHazardTables, stepNeeds, type HazardTables } from './mechanisms/needs';
import { stepInflow } from './mechanisms/demography';
import { stepVisitation } from './mechanisms/visitation';
import { currentVacancyIndex, stepPlacement, type VacancyIndex } from './mechanisms/placement';
import { applyNewRulings, groupsOfRulings, rollBackRulings, rulingCostShare, rulingsToUndo, stepRulings, undoRulings } from './mechanisms/appeals';
import { adultInflowMultipliers, ageAndTransition } from './mechanisms/children';
import { escalate, mayEscalate } from './mechanisms/escalation';
import { stepPricing } from './mechanisms/pricing';
import { stepSupervision } from './mechanisms/supervision';
import { stepMarket } from './mechanisms/market';
import { completePipeline, stepCapacity, type CapacitySignals } from './mechanisms/capacity';
import { stepCoordination } from './mechanisms/coordination';
import { moveIntoConvertedOffer, stepOfferConversion } from './mechanisms/conversion';
import { stepSelfReferralCapacity } from './mechanisms/selfReferral';
import { stepKnowledge } from './mechanisms/knowledge';
import { stepStaffTime } from './mechanisms/staffTime';
import { settleEveryoneYear, settleYear } from './mechanisms/stateFinance';
import { settleEveryoneNow } from './mechanisms/accounting';
import { countAtYearStart } from './mechanisms/counting';
import { YearAccumulator } from './results/accumulator';
import { recordYear, type ResultStore } from './results/indicators';

export interface Stepper {
  world: World;
  tables: HazardTables;
  adultInflow: Float64Array;
  store: ResultStore;
  /** Appeals per decision last year (staff time). */
  appealsPerDecision: number;
  vacancyIndex: VacancyIndex | null;
}

function specialisationCoverage(w: World): number {
  if (!w.policy.specialisationPlanning) return 0;
  let inForce = 0;
  for (const [year, count] of Object.entries(SPECIALITIES_IN_FORCE)) if (w.year >= Number(year)) inForce = Math.max(inForce, count);
  return inForce / SPECIALITY_COUNT;
}

function yearStart(st: Stepper): void {
  const w = st.world;
  const first = w.year === FIRST_YEAR;
  w.policy = w.policyByYear.get(w.year) ?? w.policy;
  w.specialisationCoverage = specialisationCoverage(w);
  const mun = w.municipalities;
  if (!first) for (let m = 0; m < mun.count; m++) mun.population[m] *= 1 + POPULATION_GROWTH_PER_YEAR;

  // 2. One pass over citizens (after this year's re-labelled § 108 offers, whose residents it moves over).
  const converted = first ? null : stepOfferConversion(w);
  const rolledBack = rollBackRulings(w);
  const newRulingsFrom = w.rulingsApplied;
  const newRulingsTo = w.rulings.length;
  w.rulingsApplied = newRulingsTo;
  const signals: CapacitySignals = {
    waiting: new Float64Array(mun.count * 2),
    boughtPrivate: new Float64Array(mun.count * 2),
    privatePrice: new Float64Array(mun.count * 2),
    regionalMarkupPerPlace: new Float64Array(w.regionCount),
    regionalShare: new Float64Array(mun.count),
  };
  const waitingByRegionClass = new Float64Array(w.regionCount * 2);
  const complexWaitingByRegion = new Float64Array(w.regionCount);
  const c = w.citizens;
  const p = w.providers;
  // Arrays hoisted: rows are removed in this pass (transitions) but never reallocated. The common
  // case (a year older, counted, no transition, ruling or escalation) stays in this loop; the rare
  // cases call out.
  const group = c.group, service = c.service, attributes = c.attributes, municipality = c.municipality;
  const functioning = c.functioning, functioningAtYearStart = c.functioningAtYearStart, waitingFor = c.waitingFor;
  const provider = c.provider, costFactor = c.costFactor, owner = p.owner, tariff = p.tariff;
  const regionOf = new Uint8Array(mun.count);
  for (let m = 0; m < mun.count; m++) regionOf[m] = mun.info[m].region;
  const newRulingIndices = Array.from({ length: newRulingsTo - newRulingsFrom }, (_, k) => newRulingsFrom + k);
  const groupsWithNewRulings = groupsOfRulings(w, newRulingIndices, true);
  const undo = rulingsToUndo(rolledBack, newRulingsFrom);
  const groupsRolledBack = groupsOfRulings(w, undo, false);
  let i = 0;
  const countedThisYear = c.countedThisYear;
  while (i < c.count) {
    countedThisYear[i] = 0; // a new year of person counts (before a transition, which may count in it)
    if (!first && !ageAndTransition(w, i)) continue; // false: the citizen left, row i holds another
    if (groupsWithNewRulings[group[i]]) applyNewRulings(w, i, newRulingsFrom, newRulingsTo);
    if (groupsRolledBack[group[i]]) undoRulings(w, i, undo);
    if (converted !== null && service[i] === Service.residential108 && converted[provider[i]]) moveIntoConvertedOffer(w, i);
    if (!first && mayEscalate(service[i], attributes[i])) escalate(w, i);
    countAtYearStart(w, i);
    functioningAtYearStart[i] = functioning[i];
    const m = municipality[i];
    const wanted = waitingFor[i];
    const s = service[i];
    if (wanted === Service.residential107 || wanted === Service.residential108) {
      const cls = wanted === Service.residential107 ? 0 : 1;
      signals.waiting[m * 2 + cls] += 1;
      waitingByRegionClass[regionOf[m] * 2 + cls] += 1;
      if (attributes[i] & Attr.complex) complexWaitingByRegion[regionOf[m]] += 1;
    } else if (isResidentialService(s)) {
      const q = provider[i];
      if (owner[q] === Owner.private || owner[q] === Owner.selfOwned) {
        const cls = s === Service.residential107 ? 0 : 1;
        signals.boughtPrivate[m * 2 + cls] += 1;
        signals.privatePrice[m * 2 + cls] += tariff[q] * costFactor[i];
      }
    }
    i++;
  }
  for (let k = 0; k < signals.privatePrice.length; k++) {
    if (signals.boughtPrivate[k] > 0) signals.privatePrice[k] /= signals.boughtPrivate[k];
  }
  // Regional markup per residential place and each municipality's share of regional demand.
  const regionalPlaces = new Float64Array(w.regionCount);
  const regionalMarkup = new Float64Array(w.regionCount);
  for (let q = 0; q < p.count; q++) {
    if (!isResidentialService(p.service[q]) || p.places[q] >= UNLIMITED_PLACES) continue;
    regionalPlaces[p.region[q]] += p.places[q];
    regionalMarkup[p.region[q]] += p.revenueYear[q] * (p.markup[q] / (1 + p.markup[q]));
  }
  for (let r = 0; r < w.regionCount; r++) signals.regionalMarkupPerPlace[r] = regionalPlaces[r] > 0 ? regionalMarkup[r] / regionalPlaces[r] : 0;
  const regionalPopulation = new Float64Array(w.regionCount);
  for (let m = 0; m < mun.count; m++) regionalPopulation[mun.info[m].region] += mun.population[m];
  for (let m = 0; m < mun.count; m++) signals.regionalShare[m] = mun.population[m] / regionalPopulation[mun.info[m].region];

  // 3–9.
  if (!first) stepPricing(w, false);
  let offers = 0;
  for (let q = 0; q < p.count; q++) if (p.open[q] && p.places[q] < UNLIMITED_PLACES && isPlaceService(p.service[q])) offers += 1;
  stepSupervision(w);
  if (!first) {
    stepMarket(w, waitingByRegionClass);
    completePipeline(w);
    stepCapacity(w, signals);
    stepCoordination(w, complexWaitingByRegion);
    stepSelfReferralCapacity(w, (fields) => p.add(fields));
    stepKnowledge(w);
  }
  stepStaffTime(w, offers, st.appealsPerDecision);
  st.tables = buildHazardTables(w);
  w.citizens.setEventThresholds(st.tables.eventThreshold);
  adultInflowMultipliers(w, st.adultInflow);
  for (let q = 0; q < p.count; q++) {
    p.revenueYear[q] = 0;
    p.occupiedMonths[q] = 0;
    p.admissionsYear[q] = 0;
  }
}

function yearEnd(st: Stepper): void {
  const w = st.world;
  // Settle the year's cost of every citizen, with the state (refunds), and by municipality and group
  // for DUT compensation of ruling-attributable cost (mean-field by group).
  const spendByGroup = w.policy.dutCompensation ? new Float64Array(w.municipalities.count * GROUP_COUNT) : null;
  settleEveryoneNow(w);
  settleEveryoneYear(w, spendByGroup);
  settleYear(w, spendByGroup ? rulingCostShare(w, spendByGroup) : null);
  recordYear(w, st.store);
  st.appealsPerDecision = w.acc.decisions > 0 ? w.acc.appeals / w.acc.decisions : 0;
  w.acc = new YearAccumulator(w.municipalities.count);
}

/** The parts of a month that `npm run bench` times separately (in schedule order). */
export const PHASES = ['yearStart', 'rulings', 'needs', 'inflow', 'visitation', 'placement', 'yearEnd'] as const;
export type Phase = (typeof PHASES)[number];

/** Told when each phase of a month ends (the benchmark's stopwatch); the model never reads it. */
export interface PhaseClock {
  lap(phase: Phase): void;
}

/** Advance the world by one month. */
export function stepMonth(st: Stepper, clock?: PhaseClock): void {
  const w = st.world;
  w.year = FIRST_YEAR + Math.floor(w.month / 12);
  if (w.month % 12 === 0) {
    yearStart(st);
    clock?.lap('yearStart');
  }
  stepRulings(w);
  clock?.lap('rulings');
  stepNeeds(w, st.tables);
  clock?.lap('needs');
  stepInflow(w, st.adultInflow);
  clock?.lap('inflow');
  stepVisitation(w);
  clock?.lap('visitation');
  st.vacancyIndex = currentVacancyIndex(w, st.vacancyIndex);
  stepPlacement(w, st.vacancyIndex);
  const p = w.providers;
  for (let q = 0; q < p.count; q++) p.occupiedMonths[q] += p.occupied[q];
  clock?.lap('placement');
  if (w.month % 12 === 11) {
    yearEnd(st);
    clock?.lap('yearEnd');
  }
  w.month += 1;
}
