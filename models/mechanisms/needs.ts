/**
 * Needs over time (model.md mechanism 2) and the monthly accrual of cost.
 *
 * Each month one keyed uniform per citizen decides at most one event: help ends (recovery, moving out
 * of the target group, death), the functional level improves (progression; expert-report §5, J1)
 * or deteriorates (degression). Citizens who can progress improve faster, degenerative ones worsen
 * faster; a mismatched place slows progression (expert-report 2.5/2.6, §5 "citizen–facility
 * match"); recovery-oriented methods (knowledge.ts) and time for the core task (staffTime.ts)
 * speed it up. A change of need level sends the citizen back to visitation. Crisis-centre stays
 * end by phase (selfReferral.ts).
 */
import { Attr, EXAMINED_EVERY_MONTH, NO_SERVICE } from '../state/citizens';
import { GROUP_COUNT, Service } from '../state/codes';
import { FUNCTION_STEP, GROUPS, NEED_COST_FACTOR, NEED_EXIT_MULTIPLIER, RESIDENTIAL_EXIT_FACTOR, TEMPORARY_STAY_REVIEW_MONTHS } from '../parameters/world';
import { Purpose, drawCount, mix32, purposeSeed } from '../random/keyed';
import type { World } from '../state/world';
import { removeCitizen } from './exits';
import { settleNow } from './accounting';
import { crisisExitHazards } from './selfReferral';
import { stayReviewCanChange } from './visitation';

const TWO_POW_MINUS_32 = 1 / 4294967296;
// Module-local aliases: imported bindings can compile to property getters (CJS interop), which the
// monthly loop must not pay for ~55 M times a run.
const mix = mix32;
const CRISIS_CENTRE = Service.crisisCentre;
const SHELTER = Service.shelter;
const RESIDENTIAL_107 = Service.residential107;
const RESIDENTIAL_108 = Service.residential108;
const BOTILBUD_LIKE = Service.botilbudLike;
const NEEDS_HOUSING = Attr.needsHousing;
const TRAJECTORY_MASK = Attr.trajectoryMask;
const MISMATCHED = Attr.mismatched;
const NONE = NO_SERVICE;
const STEP = FUNCTION_STEP;
const removeRow = removeCitizen;

/** Monthly hazards, rebuilt each January from the year's parameters. */
export interface HazardTables {
  /** Exit (end of help + death) by `[group * 5 + need − 1]`, monthly probability. */
  exit: Float64Array;
  /** Of which death. */
  death: Float64Array;
  /** Improvement by `[group * 3 + trajectory]`, monthly probability before municipal multipliers. */
  improve: Float64Array;
  /** Deterioration by `[group * 3 + trajectory]`. */
  worsen: Float64Array;
  /** Improvement multiplier by municipality (methods, core task). */
  municipalImprove: Float64Array;
  mismatchImproveFactor: number;
  crisisAcuteExit: number;
  crisisHousingExit: number;
  /** Residents of § 108 and botilbud-like places leave at about a third of the rate (`RESIDENTIAL_EXIT_FACTOR`). */
  residentialExitFactor: number;
  /**
   * By needs-loop class (`monthlyClassOf`: the group, or EXAMINED_EVERY_MONTH): for a group,
   * an upper bound on the monthly probability of any event (exit, improvement, deterioration) over
   * every need level, trajectory and municipality, outside crisis centres; for EXAMINED_EVERY_MONTH,
   * 2 (above every draw). A citizen whose uniform is at or above it has no event and nothing to queue
   * this month, which the loop can tell from the draw and one byte (most citizen-months); the others
   * are examined exactly.
   */
  eventBound: Float64Array;
  /**
   * By needs-loop class, the bound as a threshold on the top byte of the citizen's 32-bit draw:
   * `ceil(256 · bound) − 1`, at most 255 (examine always). A draw whose top byte is above it is above
   * the bound (u < bound implies top byte ≤ this), so the loop compares one byte and reads no table.
   */
  eventThreshold: Uint8Array;
}

/** Margin on the event bound so that rounding in the exact comparisons can never exceed it. */
const EVENT_BOUND_MARGIN = 1e-9;

/** Monthly probability of an event with a constant yearly hazard. */
export const perMonth = (perYear: number): number => 1 - Math.exp(-perYear / 12);

/** Yearly hazard of leaving help (exit or death) for a group at need index 0…4, before the lower rate in a home. */
export function leavesPerYear(group: number, needIndex: number): number {
  const gp = GROUPS[group];
  return gp.exitPerYear * NEED_EXIT_MULTIPLIER[needIndex] + gp.mortalityPerYear;
}

/**
 * The top-byte threshold of an event bound: a 32-bit draw h with h / 2^32 < bound has
 * floor(h / 2^24) < 256 · bound, so floor(h / 2^24) ≤ ceil(256 · bound) − 1. At most 255 (always examine).
 */
export function eventThresholdOf(bound: number): number {
  return Math.min(255, Math.max(0, Math.ceil(bound * 256) - 1));
}

export function buildHazardTables(w: World): HazardTables {
  const a = w.assumptions;
  const exit = new Float64Array(GROUP_COUNT * 5);
  const death = new Float64Array(GROUP_COUNT * 5);
  const improve = new Float64Array(GROUP_COUNT * 3);
  const worsen = new Float64Array(GROUP_COUNT * 3);
  for (let g = 0; g < GROUP_COUNT; g++) {
    const gp = GROUPS[g];
    for (let n = 0; n < 5; n++) {
      exit[g * 5 + n] = perMonth(leavesPerYear(g, n));
      death[g * 5 + n] = perMonth(gp.mortalityPerYear);
    }
    // trajectory 0 can progress, 1 stable, 2 degenerative
    improve[g * 3] = perMonth(gp.improvePerYear * a.improveHazardScale);
    improve[g * 3 + 1] = perMonth((gp.improvePerYear / 3) * a.improveHazardScale);
    improve[g * 3 + 2] = perMonth((gp.improvePerYear / 6) * a.improveHazardScale);
    worsen[g * 3] = perMonth((gp.worsenPerYear / 2) * a.worsenHazardScale);
    worsen[g * 3 + 1] = perMonth(gp.worsenPerYear * a.worsenHazardScale);
    worsen[g * 3 + 2] = perMonth(gp.worsenPerYear * 3 * a.worsenHazardScale);
  }
  const municipalImprove = new Float64Array(w.municipalities.count);
  for (let m = 0; m < municipalImprove.length; m++) {
    municipalImprove[m] = w.coreTaskMultiplier * (1 + a.recoveryMethodEffect * w.municipalities.methodAdoption[m]);
  }
  const crisis = crisisExitHazards(w);
  let largestMunicipalImprove = 0;
  for (const multiplier of municipalImprove) largestMunicipalImprove = Math.max(largestMunicipalImprove, multiplier);
  const eventBound = new Float64Array(EXAMINED_EVERY_MONTH + 1);
  eventBound[EXAMINED_EVERY_MONTH] = 2;
  for (let g = 0; g < GROUP_COUNT; g++) {
    let largestExit = 0;
    for (let n = 0; n < 5; n++) largestExit = Math.max(largestExit, exit[g * 5 + n]);
    let largestChange = 0;
    for (let traj = 0; traj < 3; traj++) {
      largestChange = Math.max(largestChange, improve[g * 3 + traj] * largestMunicipalImprove + worsen[g * 3 + traj]);
    }
    eventBound[g] = largestExit + largestChange + EVENT_BOUND_MARGIN;
  }
  const eventThreshold = new Uint8Array(EXAMINED_EVERY_MONTH + 1);
  for (let k = 0; k < eventThreshold.length; k++) eventThreshold[k] = eventThresholdOf(eventBound[k]);
  return {
    exit, death, improve, worsen, municipalImprove, eventBound, eventThreshold,
    mismatchImproveFactor: 1 - a.mismatchProgressionPenalty,
    crisisAcuteExit: crisis.acute,
    crisisHousingExit: crisis.housing,
    residentialExitFactor: RESIDENTIAL_EXIT_FACTOR,
  };
}

/** The monthly loop over all citizens: at most one need or exit event each (costs are settled at events, accounting.ts). */
export function stepNeeds(w: World, t: HazardTables): void {
  const c = w.citizens;
  const month = w.month;
  const seedMix = purposeSeed(w.seed, Purpose.citizenMonthly);
  const monthKey = Math.imul(month + 1, 0x85ebca6b);
  const { exit, improve, worsen, municipalImprove } = t;
  const mismatchFactor = t.mismatchImproveFactor;
  const reviewAfter = TEMPORARY_STAY_REVIEW_MONTHS;
  const ids = c.id;
  w.waitingCount = 0;
  w.revisitCount = 0;

  // Typed arrays hoisted into locals: rows are only removed (never reallocated) inside this loop.
  const service = c.service, municipality = c.municipality;
  const group = c.group, attributes = c.attributes, functioning = c.functioning;
  const waitingFor = c.waitingFor, serviceStart = c.serviceStart;
  const eventThreshold = c.eventThreshold;
  const death = t.death, housingExit = t.crisisHousingExit, acuteExit = t.crisisAcuteExit, residentialExitFactor = t.residentialExitFactor;
  drawCount.value += c.count; // one draw per citizen this month (rows moved in by exits are drawn too)
  let i = 0;
  let n = c.count;
  citizens: while (i < n) {
    // One keyed uniform per citizen-month (common random numbers across scenarios). Most citizen-months
    // have no event and nothing to queue, which the draw's top byte and one byte show. The inner scan
    // skips them in a loop without calls, so V8 keeps its state in registers: 7.9 ns a citizen-month
    // against 9.9 ns when the skip shared a loop body with the examination's calls (bare floor 5.6 ns).
    let draw = mix((mix(seedMix ^ ids[i]) + monthKey) | 0);
    while (draw >>> 24 > eventThreshold[i]) {
      if (++i >= n) break citizens;
      draw = mix((mix(seedMix ^ ids[i]) + monthKey) | 0);
    }
    const u = draw * TWO_POW_MINUS_32;
    const g = group[i];
    const s = service[i];
    const m = municipality[i];
    const attr = attributes[i];
    const f = functioning[i];
    const need = f >= 80 ? 1 : 5 - ((f / 20) | 0);
    let pExit: number;
    if (s === CRISIS_CENTRE) {
      pExit = attr & NEEDS_HOUSING ? housingExit : acuteExit;
    } else {
      pExit = exit[g * 5 + need - 1];
      if (s === RESIDENTIAL_108 || s === BOTILBUD_LIKE) pExit *= residentialExitFactor;
    }
    if (u < pExit) {
      if (s === SHELTER && u > pExit * 0.6) {
        // Leaving a shelter: about 40 % go on to other help rather than out of the system (assumption).
        queueRevisit(w, i);
        i++;
        continue;
      }
      removeRow(w, i, u < death[g * 5 + need - 1]);
      n -= 1;
      continue; // row i now holds the former last row, not yet processed this month
    }
    const traj = attr & TRAJECTORY_MASK;
    let pImprove = improve[g * 3 + traj] * municipalImprove[m];
    if (attr & MISMATCHED) pImprove *= mismatchFactor;
    const uEvent = u - pExit;
    if (uEvent < pImprove) {
      const next = f + STEP > 100 ? 100 : f + STEP;
      functioning[i] = next;
      const nextNeed = (next >= 80 ? 1 : 5 - ((next / 20) | 0));
      if (nextNeed !== need) needChanged(w, i, need, nextNeed);
    } else if (uEvent < pImprove + worsen[g * 3 + traj]) {
      const next = f < STEP ? 0 : f - STEP;
      functioning[i] = next;
      const nextNeed = (next >= 80 ? 1 : 5 - ((next / 20) | 0));
      if (nextNeed !== need) needChanged(w, i, need, nextNeed);
    } else if (waitingFor[i] !== NONE) {
      queueWaiting(w, i);
    } else if (s === RESIDENTIAL_107 && month - serviceStart[i] >= reviewAfter) {
      // The monthly review of the stay: reassessed only when it could change something; otherwise it
      // is a decision to keep the stay (visitation.stayReviewCanChange), counted here.
      if (stayReviewCanChange(g, need, attr)) queueRevisit(w, i);
      else w.acc.decisions += 1;
    }
    i++;
  }
}

/** A new need level: support intensity follows it at once, and the citizen is reassessed this month. */
function needChanged(w: World, i: number, oldNeed: number, newNeed: number): void {
  settleNow(w, i); // this month is still paid at the old intensity
  w.citizens.costFactor[i] *= NEED_COST_FACTOR[newNeed - 1] / NEED_COST_FACTOR[oldNeed - 1];
  queueRevisit(w, i);
}

export function queueRevisit(w: World, i: number): void {
  if (w.revisitCount >= w.revisitQueue.length) {
    const grown = new Int32Array(w.revisitQueue.length * 2);
    grown.set(w.revisitQueue);
    w.revisitQueue = grown;
  }
  w.revisitQueue[w.revisitCount++] = i;
}

export function queueWaiting(w: World, i: number): void {
  if (w.waitingCount >= w.waitingQueue.length) {
    const grown = new Int32Array(w.waitingQueue.length * 2);
    grown.set(w.waitingQueue);
    w.waitingQueue = grown;
  }
  w.waitingQueue[w.waitingCount++] = i;
}

