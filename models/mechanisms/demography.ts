/**
 * Inflow and demography (model.md mechanism 1). Each month new citizens enter each group in each
 * municipality: a Poisson number with mean = national entries × the municipality's share of the
 * population × its need-prevalence multiplier × the yearly trend × the sample fraction. The count
 * for (municipality, group, month) and each entrant's attributes are keyed draws, so the k-th
 * entrant is the same person in every scenario (common random numbers). Adult inflow is lowered
 * by better transitions from youth support (expert-report 3.2) and flexible prevention (3.1).
 * Entrants are assessed at once (visitation.ts); women arriving at crisis centres and homeless
 * people at shelters refer themselves (selfReferral.ts).
 */
import { Attr } from '../state/citizens';
import { GROUP_COUNT, Group, isChildGroup } from '../state/codes';
import { FIRST_YEAR, GROUPS } from '../parameters/world';
import { Purpose, drawCount, keyedHash, poissonFromUniform, streamUniform, toUniform } from '../random/keyed';
import type { World } from '../state/world';
import { assess, initialiseCostFactor } from './visitation';
import { admitSelfReferral } from './selfReferral';
import { countArea } from './counting';
import { applyEntryScreening } from './children';

/** Yearly entry multiplier for group g in the current year (calibrated level, assumed trend from 2018). */
export function entryMultiplier(w: World, g: number): number {
  const years = w.year - FIRST_YEAR + (w.month % 12) / 12;
  const cal = w.calibration;
  const a = w.assumptions;
  if (g === Group.adultViolence) return cal.crisisArrivalScale * Math.pow(1 + a.crisisArrivalTrend, Math.min(years, 5)) * Math.pow(1.01, Math.max(0, years - 5));
  if (isChildGroup(g)) return cal.childEntryScale * Math.pow(1 + a.childEntryTrend, years);
  return cal.adultEntryScale * Math.pow(1 + a.adultEntryTrend, years);
}

/**
 * Growth of entries since 2018 for a trend, at the current month: `(1 + trend)^years`. Memoised for
 * the month (entrants of one month share it; Math.pow per entrant was a visible share of entry cost).
 */
const trendMemo = { month: Number.NaN, trend: Number.NaN, year: Number.NaN, factor: 1 };
function trendFactorNow(w: World, trend: number): number {
  if (trendMemo.month !== w.month || trendMemo.trend !== trend || trendMemo.year !== w.year) {
    trendMemo.month = w.month;
    trendMemo.year = w.year;
    trendMemo.trend = trend;
    trendMemo.factor = Math.pow(1 + trend, Math.max(0, w.year - FIRST_YEAR + (w.month % 12) / 12));
  }
  return trendMemo.factor;
}

/** Draw functional level, trajectory and complexity of a new citizen of group g (keyed by id). */
export function drawAttributes(w: World, i: number, g: number): void {
  const c = w.citizens;
  const gp = GROUPS[g];
  const a = w.assumptions;
  const id = c.id[i];
  // One keyed base per entrant, then the k-th draw of its stream (streamUniform, counted once below).
  const base = keyedHash(w.seed, id, 0, Purpose.entryAttributes);
  let draws = 5; // need, band, trajectory, complexity, age
  const uNeed = streamUniform(base, 1);
  const needAtEntry = gp.needAtEntry;
  let need = 5;
  let cumulative = 0;
  for (let n = 0; n < 5; n++) {
    cumulative += needAtEntry[n];
    if (uNeed < cumulative) { need = n + 1; break; }
  }
  // The growth in new cases is growth in lighter needs: more people are identified and helped early
  // (assumption; expert-report §2L: recipients grew 13.5 % in 2018–22, faster than spending, B2–B4, C5),
  // so heavy-need entrants do not grow with the trend.
  if (need >= 4 && g !== Group.adultViolence) {
    const trendFactor = trendFactorNow(w, isChildGroup(g) ? a.childEntryTrend : a.adultEntryTrend);
    draws += 1;
    if (streamUniform(base, 7) < 1 - 1 / trendFactor) need = 2;
  }
  // Functional level uniform within the need band (need 1 ↔ F 80–100 … need 5 ↔ F 0–19).
  const functioning = Math.min(100, (5 - need) * 20 + Math.floor(streamUniform(base, 2) * 20));
  c.functioning[i] = functioning;
  c.functioningAtYearStart[i] = functioning;
  const uTraj = streamUniform(base, 3);
  const trajectoryShares = gp.trajectory;
  const trajectory = uTraj < trajectoryShares[0] ? 0 : uTraj < trajectoryShares[0] + trajectoryShares[1] ? 1 : 2;
  let attributes = trajectory;
  // Particularly complex needs: concentrated among heavy needs so that < 10 % of residents are complex (expert-report C9).
  const uComplex = streamUniform(base, 4);
  const complexShare = need >= 5 ? a.complexShareOfResidential * 2.2 : need === 4 ? a.complexShareOfResidential * 0.6 : 0;
  if (uComplex < complexShare && g !== Group.adultViolence && g !== Group.adultPhysical) attributes |= Attr.complex;
  if (g === Group.adultViolence) {
    draws += 1;
    if (streamUniform(base, 5) < a.crisisHousingWaitShare) attributes |= Attr.needsHousing;
  }
  c.attributes[i] = attributes;
  const entryAge = gp.entryAge;
  c.age[i] = entryAge[0] + Math.floor(streamUniform(base, 6) * (entryAge[1] - entryAge[0] + 1));
  drawCount.value += draws;
}

/** Create a citizen row for an entrant (not yet assessed). */
export function createCitizen(w: World, id: number, m: number, g: number): number {
  const c = w.citizens;
  const i = c.add(id);
  c.municipality[i] = m;
  c.setGroup(i, g);
  c.accruedFrom[i] = w.month + 1; // entrants start being charged next month
  drawAttributes(w, i, g);
  applyEntryScreening(w, i);
  initialiseCostFactor(w, i);
  w.acc.entries += 1;
  countArea(w, i);
  return i;
}

/** Monthly entries into every group in every municipality. */
export function stepInflow(w: World, adultInflowMultiplier: Float64Array): void {
  const mun = w.municipalities;
  let nationalPopulation = 0;
  for (let m = 0; m < mun.count; m++) nationalPopulation += mun.population[m];
  // Regions found without a crisis-centre or shelter vacancy this month: arrivals only take places.
  const fullRegions = new Uint8Array(2 * w.regionCount);
  for (let g = 0; g < GROUP_COUNT; g++) {
    const perYear = GROUPS[g].entriesPerYear;
    if (perYear <= 0) continue;
    const groupMultiplier = entryMultiplier(w, g) * (isChildGroup(g) ? 1 : adultInflowMultiplier[g]);
    for (let m = 0; m < mun.count; m++) {
      const mean = (perYear / 12) * groupMultiplier * (mun.population[m] / nationalPopulation) * mun.incidence[m] * w.sample;
      const n = poissonFromUniform(mean, toUniform(keyedHash(w.seed, m * GROUP_COUNT + g, w.month, Purpose.entryCount)));
      for (let k = 0; k < n; k++) {
        const id = keyedHash(w.seed ^ 0x5bd1e995, m * GROUP_COUNT + g, w.month, k); // signed, like Citizens.id
        if (g === Group.adultViolence || g === Group.adultHomeless) {
          admitSelfReferral(w, id, m, g, fullRegions);
          continue;
        }
        const i = createCitizen(w, id, m, g);
        assess(w, i, true);
      }
    }
  }
}
