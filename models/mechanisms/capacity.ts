/**
 * Municipal capacity investment (model.md mechanism 6; expert-report 2.3, 2.5, §4 drivers 7, 9,
 * 12, 13; agreements §5.2 #2–#3, §5.3, M001-3, M002-3).
 *
 * Each January every municipality looks at its own citizens waiting for a residential place and
 * those it buys from private providers, and decides whether to build places of its own. Building
 * pays if the price it pays outside exceeds its own running cost plus the annualised construction
 * cost and a vacancy-risk premium (the builder carries the empty-place risk). Part of the gain is
 * public: more public places lower every buyer's price; a municipality counts only its own share
 * of that gain, plus the share that binding coordination in the KKR makes it internalise
 * (`coordinationLevel`): the collective-action problem. § 107 and § 108 places count against the
 * construction ceiling (a yearly room per inhabitant); botilbud-like housing does not (financed by a
 * housing organisation, the municipality pays base capital), which makes it the cheaper choice for
 * the municipal budget even for temporary needs (driver 13). The loan pool relaxes the ceiling and
 * the financing cost for municipal places (and, with `loanPoolBuildBoost`, tips marginal projects);
 * `ceilingRoomMultiplier` loosens the ceiling for § 107/§ 108 places (expert-report 2.5). Places open
 * after a build lag. A municipality also re-labels its own § 107 place as the home of a resident whose
 * need has turned out to be lasting (`relabelAsHome`, called from visitation).
 */
import { Attr, NO_SERVICE } from '../state/citizens';
import { Owner, Service, Specialisation } from '../state/codes';
import { MEAN_PLACES_PER_OFFER, UNIT_COST } from '../parameters/world';
import { Purpose, uniform } from '../random/keyed';
import type { World } from '../state/world';
import { unitCostScale } from './costScales';
import { settleNow } from './accounting';
import { countResident, setMismatched } from './placement';

/** Annuity factor for a 30-year loan at 3 % real (assumption). */
const ANNUITY_FACTOR = 0.051;
/** Annuity factor for a loan-pool loan (assumption: favourable terms, 1 % over 30 years). */
const LOAN_POOL_ANNUITY_FACTOR = 0.0387;
/** Weight a municipality gives to the price effect of public places on all buyers (per place, assumption). */
const PRICE_EFFECT_WEIGHT = 3;

/** Completion-year pipeline slot k: 0 botilbud-like, 1 § 107, 2 § 108. */
const PIPELINE_SERVICES = [Service.botilbudLike, Service.residential107, Service.residential108];

export interface CapacitySignals {
  /** Own citizens waiting, by `[m * 2 + class]` (class 0 temporary, 1 long-term). */
  waiting: Float64Array;
  /** Own citizens in private or self-owned places, by `[m * 2 + class]`. */
  boughtPrivate: Float64Array;
  /** Mean yearly price paid for those places, by `[m * 2 + class]`, DKK. */
  privatePrice: Float64Array;
  /** Private spending above cost (markup) in the region per place, DKK per place-year: `[r]`. */
  regionalMarkupPerPlace: Float64Array;
  /** Each municipality's share of its region's residential demand. */
  regionalShare: Float64Array;
}

export function pickMunicipalityInRegion(w: World, region: number, u: number): number {
  const mun = w.municipalities;
  let total = 0;
  for (let m = 0; m < mun.count; m++) if (mun.info[m].region === region) total += mun.population[m];
  let cumulative = 0;
  let pick = 0;
  for (let m = 0; m < mun.count; m++) {
    if (mun.info[m].region !== region) continue;
    pick = m;
    cumulative += mun.population[m] / total;
    if (u < cumulative) break;
  }
  return pick;
}

/** Open places whose construction finishes this year. */
export function completePipeline(w: World): void {
  const done = w.municipalities.pipeline.get(w.year);
  if (!done) return;
  const mun = w.municipalities;
  for (let m = 0; m < mun.count; m++) {
    for (let k = 0; k < 3; k++) {
      const places = Math.round(done[m * 3 + k]);
      if (places <= 0) continue;
      const service = PIPELINE_SERVICES[k];
      w.providers.add({
        service, owner: Owner.municipal, municipality: m, region: mun.info[m].region,
        specialisation: places >= 8 * w.sample ? Specialisation.specialised : Specialisation.general, places,
        costBase: UNIT_COST[service] * unitCostScale(w, service), latentQuality: 0.78, scoreChaser: false, openedYear: w.year,
      });
      w.acc.placesBuiltPublic += places;
    }
  }
  mun.pipeline.delete(w.year);
}

function addToPipeline(w: World, m: number, k: number, places: number): void {
  const year = w.year + Math.round(w.assumptions.buildLagYears);
  let slot = w.municipalities.pipeline.get(year);
  if (!slot) {
    slot = new Float64Array(w.municipalities.count * 3);
    w.municipalities.pipeline.set(year, slot);
  }
  slot[m * 3 + k] += places;
}

function placesInPipeline(w: World, m: number, k: number): number {
  let total = 0;
  for (const slot of w.municipalities.pipeline.values()) total += slot[m * 3 + k];
  return total;
}

export function stepCapacity(w: World, signals: CapacitySignals): void {
  const a = w.assumptions;
  const mun = w.municipalities;
  const coordination = w.policy.coordinationLevel ?? a.coordinationLevel;
  const poolBn = w.policy.loanPoolBn[String(w.year)] ?? 0;
  let poolLeft = poolBn * 1e9 * w.sample;
  let totalPopulation = 0;
  for (let m = 0; m < mun.count; m++) totalPopulation += mun.population[m];
  const capex = a.capexPerPlace;
  const offerSize = Math.max(1, Math.round(MEAN_PLACES_PER_OFFER * 0.5 * w.sample));

  for (let m = 0; m < mun.count; m++) {
    mun.loanDrawnYear[m] = 0;
    // Yearly room under the construction ceiling for social residential places, DKK.
    let ceilingRoom = a.ceilingRoomPerInhabitant * w.policy.ceilingRoomMultiplier * mun.population[m] * w.sample;
    // Loan-pool share by population (allocation rule: population; agreements §5.3).
    let poolRoom = poolLeft > 0 ? poolBn * 1e9 * w.sample * (mun.population[m] / totalPopulation) : 0;
    const region = mun.info[m].region;
    const internalised = signals.regionalShare[m] + coordination * (1 - signals.regionalShare[m]);
    const publicGain = PRICE_EFFECT_WEIGHT * internalised * signals.regionalMarkupPerPlace[region];

    for (let cls = 0; cls < 2; cls++) {
      const waiting = signals.waiting[m * 2 + cls];
      const bought = signals.boughtPrivate[m * 2 + cls];
      const pipeline = cls === 0 ? placesInPipeline(w, m, 1) : placesInPipeline(w, m, 0) + placesInPipeline(w, m, 2);
      // Places the municipality could fill with its own citizens: all who wait, and a third of those bought privately.
      const gap = waiting + bought / 3 - pipeline;
      if (gap < offerSize * 0.5) continue;
      const ownService = cls === 0 ? Service.residential107 : Service.residential108;
      const runningCost = UNIT_COST[ownService] * unitCostScale(w, ownService);
      const outsidePrice = signals.privatePrice[m * 2 + cls] > 0 ? signals.privatePrice[m * 2 + cls] : runningCost * 1.15;
      // Municipal budget cost of a place per year: SEL places carry the full capex; botilbud-like only base capital.
      const usePool = poolRoom >= capex;
      const annuity = usePool ? LOAN_POOL_ANNUITY_FACTOR : ANNUITY_FACTOR;
      const selCost = runningCost * (1 + a.vacancyRiskPremium) + capex * annuity;
      const botilbudLikeCost = UNIT_COST[Service.botilbudLike] * unitCostScale(w, Service.botilbudLike) * (1 + a.vacancyRiskPremium) +
        capex * a.botilbudLikeBudgetShare * annuity;
      const gainSel = outsidePrice - selCost + publicGain;
      const gainBotilbudLike = outsidePrice - botilbudLikeCost + publicGain;
      // Forsyningspligt: citizens waiting add urgency independent of price.
      const urgency = Math.min(1, waiting / (offerSize * 2));
      const gain = Math.max(gainSel, gainBotilbudLike);
      const caseStrength = Math.max(0, Math.min(1, gain / runningCost * 4)) * 0.6 + urgency * 0.4;
      const poolBoost = poolRoom > 0 ? a.loanPoolBuildBoost : 0;
      const buildProbability = Math.min(1, mun.buildPropensity[m] * caseStrength + poolBoost * Math.min(1, gap / offerSize));
      const u = uniform(w.seed, m * 2 + cls, w.year, Purpose.capacity);
      if (u >= buildProbability) continue;
      let places = Math.max(offerSize, Math.round(gap));
      // Choose the legal form: the cheaper for the municipal budget, unless the ceiling exemption is removed.
      const exempt = w.policy.botilbudLikeCeilingExempt;
      const preferBotilbudLike = exempt && gainBotilbudLike > gainSel;
      let k = preferBotilbudLike ? 0 : cls === 0 ? 1 : 2;
      if (k !== 0 || !exempt) {
        const fundable = Math.floor((ceilingRoom + poolRoom) / capex);
        if (fundable < places) {
          if (exempt && fundable < offerSize) k = 0; // ceiling binds: build botilbud-like instead (driver 13)
          else places = Math.max(0, fundable);
        }
        if (k !== 0) {
          const fromPool = Math.min(poolRoom, places * capex);
          poolRoom -= fromPool;
          poolLeft -= fromPool;
          mun.loanDrawnYear[m] += fromPool;
          w.acc.loanPoolDrawn += fromPool;
          ceilingRoom -= places * capex - fromPool;
        }
      } else if (usePool) {
        const fromPool = Math.min(poolRoom, places * capex * a.botilbudLikeBudgetShare);
        poolRoom -= fromPool;
        poolLeft -= fromPool;
        mun.loanDrawnYear[m] += fromPool;
        w.acc.loanPoolDrawn += fromPool;
      }
      if (places > 0) addToPipeline(w, m, k, places);
    }
  }
}

/**
 * Re-labelling a § 107 place as its resident's home (expert-report 2.5, 2.6, D9, §4 drivers 13 and 14;
 * agreements §5.2 #5 "closure or re-labelling by one municipality"). When a reassessment (the review of
 * the stay after TEMPORARY_STAY_REVIEW_MONTHS, or a change of need) finds that a resident of a § 107
 * place now has a lasting need, and the offer is run by the resident's own municipality, the municipality
 * turns that place into a long-term one instead of moving the resident on: no construction and no move
 * (moving a resident is slow and needs consent, driver 14, C10); the temporary place becomes the home.
 * The legal form is the one the municipality builds (driver 13): botilbud-like housing, outside the
 * construction ceiling, unless the resident needs a highly specialised place, which botilbud-like
 * housing does not give (placement.ts), or the exemption is removed (`botilbudLikeCeilingExempt`); then
 * § 108. So municipal SEL places fall while places in public housing rise (D9), and a § 107 place is not
 * left empty behind every resident whose need turned out to be lasting. The re-labelled places of a year
 * form new municipal offers, one per municipality, type, specialisation and quality (the origin's).
 * Returns whether the place was re-labelled; if not, the resident waits for a long-term place as before.
 */
export function relabelAsHome(w: World, i: number): boolean {
  const c = w.citizens;
  const p = w.providers;
  const q = c.provider[i];
  const m = c.municipality[i];
  if (c.service[i] !== Service.residential107 || p.owner[q] !== Owner.municipal || p.municipality[q] !== m) return false;
  const heavy = (c.attributes[i] & Attr.complex) !== 0;
  const specialisationNeed = heavy ? Specialisation.highlySpecialised : c.functioning[i] < 20 ? Specialisation.specialised : Specialisation.general;
  const form = w.policy.botilbudLikeCeilingExempt && !heavy ? Service.botilbudLike : Service.residential108;
  let row = -1;
  for (let r = p.count - 1; r >= 0 && p.openedYear[r] === w.year; r--) { // this year's offers are the last rows
    if (p.service[r] === form && p.owner[r] === Owner.municipal && p.municipality[r] === m &&
      p.specialisation[r] === p.specialisation[q] && p.latentQuality[r] === p.latentQuality[q]) { row = r; break; }
  }
  if (row < 0) {
    row = p.add({
      service: form, owner: Owner.municipal, municipality: m, region: p.region[q], specialisation: p.specialisation[q], places: 0,
      costBase: UNIT_COST[form] * unitCostScale(w, form) * (1 + 0.25 * p.specialisation[q]),
      latentQuality: p.latentQuality[q], scoreChaser: p.scoreChaser[q] === 1, openedYear: w.year,
    });
  }
  settleNow(w, i); // this month is still paid at the § 107 tariff
  p.places[q] -= 1;
  p.occupied[q] -= 1;
  if (p.places[q] === 0) p.open[q] = 0;
  p.places[row] += 1;
  p.occupied[row] += 1;
  c.setService(i, form);
  c.provider[i] = row;
  c.serviceStart[i] = w.month;
  c.setWaitingFor(i, NO_SERVICE);
  // The type now fits the lasting need; only a specialisation below the need remains a mismatch.
  setMismatched(w, i, p.specialisation[row] < specialisationNeed);
  countResident(w, i);
  w.acc.placesRelabelled += 1;
  return true;
}
