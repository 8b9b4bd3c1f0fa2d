/**
 * Visitation and service choice (model.md mechanism 3). When a citizen enters or their need level
 * changes, the home municipality assesses which service to grant. Options that are professionally
 * adequate for the need level are listed; with probability `economyWeight` the cheapest adequate
 * option is chosen, otherwise the more intensive, preferred one (expert-report 2.1: economy is
 * "very rarely" cited, lines 1506–1512; §4 driver 3). The local service level shifts the line
 * between home support and residential care (first-report rec 1). Temporary needs (citizens who
 * can progress) are assessed to § 107, lasting ones to § 108 or botilbud-like housing. Residents of
 * long-term places are rarely moved out: the place is their home (expert-report §4 driver 14).
 * Decisions may be appealed (appeals.ts).
 */
import { Attr, Counted, NO_SERVICE, needLevel } from '../state/citizens';
import { Group, SERVICE_COUNT, Service, isChildGroup, isPlaceService, isResidentialService } from '../state/codes';
import { COMPLEX_COST_FACTOR, NEED_COST_FACTOR } from '../parameters/world';
import { Purpose, keyedHash, toUniform, uniform } from '../random/keyed';
import type { World } from '../state/world';
import { maybeAppeal, rulingFactorForNewCitizen } from './appeals';
import { queueWaiting } from './needs';
import { releasePlace } from './exits';
import { settleNow } from './accounting';
import { setMismatched } from './placement';
import { relabelAsHome } from './capacity';

/** Probability that a physically disabled adult with heavy needs is granted BPA rather than residential care (assumption, 0.3–0.6). */
const BPA_SHARE_HEAVY_PHYSICAL = 0.3;

/**
 * The assessment's second draw, deciding between adequate options. Drawn only where there is such a
 * choice: a keyed draw, so drawing it or not changes no other number.
 */
function secondDraw(w: World, id: number): number {
  return uniform(w.seed, id, w.month + 0x10000, Purpose.visitation);
}

/** The service the municipality grants, given the citizen's state (one keyed draw). */
export function chooseService(w: World, i: number): number {
  const c = w.citizens;
  const g = c.group[i];
  const need = needLevel(c.functioning[i]);
  const attr = c.attributes[i];
  const canProgress = (attr & Attr.trajectoryMask) === 0;
  const complex = (attr & Attr.complex) !== 0;
  const m = c.municipality[i];
  const id = c.id[i];
  const u = toUniform(keyedHash(w.seed, id, w.month, Purpose.visitation)); // two steps: see keyedHash
  // Before 2018 (initialisation) the stock of residents reflects decades of decisions: its level is
  // calibrated separately (initialResidentialScale, fitted to 2018 residential spending).
  const initialScale = w.month < 0 ? w.calibration.initialResidentialScale : 1;
  const propensity = Math.min(1, w.calibration.residentialPropensity * w.municipalities.serviceLevel[m] * initialScale);
  // The policy's economy weight, else the assumption's. Compared in each branch rather than merged with
  // `??`: merging the assumption's double with the policy's nullable field made V8 allocate a heap
  // number on every assessment.
  const policyEconomy = w.policy.economyWeight;
  const cheapest = policyEconomy === null || policyEconomy === undefined ? u < w.assumptions.economyWeight : u < policyEconomy;
  const residentialClass = canProgress ? Service.residential107 : Service.residential108;

  switch (g) {
    case Group.childSocial:
      if (need <= 3) return Service.childPreventive;
      if (need === 4) return complex && !cheapest ? Service.placementResidential : Service.placementFoster;
      return cheapest && !complex ? Service.placementFoster : Service.placementResidential;
    case Group.childDisability:
      if (need <= 4) return Service.childPreventive;
      return cheapest && !complex ? Service.childPreventive : Service.placementResidential;
    case Group.youthAftercare:
      return Service.aftercare;
    case Group.adultPhysical:
      if (need <= 3) return Service.homeSupport;
    {
      const v = secondDraw(w, id);
      if (v < BPA_SHARE_HEAVY_PHYSICAL) return Service.bpa;
      return !cheapest && v < BPA_SHARE_HEAVY_PHYSICAL + (1 - BPA_SHARE_HEAVY_PHYSICAL) * propensity
        ? Service.residential108 : Service.homeSupport;
    }
    case Group.adultCognitive:
    case Group.adultAutism:
    case Group.adultBrainInjury:
      if (need <= 2) return Service.homeSupport;
      if (need === 3) return !cheapest && !canProgress && secondDraw(w, id) < propensity * 0.25 ? Service.residential108 : Service.homeSupport;
      if (need === 4) return !cheapest && secondDraw(w, id) < propensity ? residentialClass : Service.homeSupport;
      return cheapest && !complex && secondDraw(w, id) < 0.3 ? Service.homeSupport : residentialClass;
    case Group.adultPsychosocial:
      // Social-psychiatric residential care is mostly § 107 (temporary); lasting heavy needs get § 108.
      if (need <= 3) return Service.homeSupport;
      if (need === 4) return !cheapest && secondDraw(w, id) < propensity * 0.6 ? Service.residential107 : Service.homeSupport;
      return cheapest && !complex && secondDraw(w, id) < 0.3 ? Service.homeSupport : residentialClass;
    case Group.adultHomeless:
      if (need <= 3) return Service.homeSupport;
      return !cheapest && secondDraw(w, id) < propensity ? Service.residential107 : Service.homeSupport;
    case Group.adultSubstance:
      if (need <= 4) return Service.substanceTreatment;
      return !cheapest && secondDraw(w, id) < propensity ? Service.residential107 : Service.substanceTreatment;
    default:
      return Service.homeSupport;
  }
}

/**
 * Can the review of a § 107 stay change anything for a resident who is not waiting? Not when the need
 * is heavy (level 4–5) and can progress, outside the physical-disability group: `chooseService` then
 * grants § 107 (already served) or a non-residential service (the place is kept, "heavy needs keep the
 * place" in `assess`), never § 108 (only lasting needs, and heavy physical disability, get § 108). Such
 * a review is a decision that keeps the stay, so the needs loop counts it without queueing a
 * reassessment. tests/models/mechanisms/visitation.test.ts checks this against `assess` itself.
 */
export function stayReviewCanChange(group: number, need: number, attributes: number): boolean {
  const canProgress = (attributes & Attr.trajectoryMask) === 0;
  return need <= 3 || !canProgress || group === Group.adultPhysical;
}

/** Base cost factor of a citizen: need intensity times complexity. */
export function baseCostFactor(need: number, complex: boolean): number {
  return NEED_COST_FACTOR[need - 1] * (complex ? COMPLEX_COST_FACTOR : 1);
}

/** Does the current service already satisfy the desired one? */
function satisfies(current: number, desired: number): boolean {
  if (current === desired) return true;
  // Long-term needs are equally met by § 108 and botilbud-like housing.
  if (desired === Service.residential108 && current === Service.botilbudLike) return true;
  return false;
}

/** Put a citizen on the in-house unit of a service of their home municipality. */
export function assignInHouse(w: World, i: number, service: number): void {
  const c = w.citizens;
  c.setService(i, service);
  c.provider[i] = w.municipalities.inHouse[c.municipality[i] * SERVICE_COUNT + service];
  c.serviceStart[i] = w.month;
  if (service === Service.bpa && !(c.countedThisYear[i] & Counted.bpa)) {
    c.countedThisYear[i] |= Counted.bpa;
    w.acc.bpaPersons += 1;
  }
}

/**
 * Assess citizen i and apply the decision: switch to an in-house service, or join the waiting list
 * for a place (keeping or getting interim help meanwhile).
 */
export function assess(w: World, i: number, isEntry: boolean): void {
  const c = w.citizens;
  settleNow(w, i);
  const desired = chooseService(w, i);
  const current = c.service[i];
  w.acc.decisions += 1;
  if (!isEntry && satisfies(current, desired)) {
    if (c.waitingFor[i] !== NO_SERVICE) c.setWaitingFor(i, NO_SERVICE);
    return;
  }
  // A resident whose needs are still heavy keeps the place: the review asks whether the stay is still
  // needed, not whether a cheaper option would do (economy counts when help is first granted).
  if (!isEntry && isResidentialService(current) && !isResidentialService(desired) && needLevel(c.functioning[i]) >= 4) return;
  const inLongTermHome = !isEntry && (current === Service.residential108 || current === Service.botilbudLike);
  if (inLongTermHome && !isResidentialService(desired)) {
    const u = uniform(w.seed, c.id[i], w.month, Purpose.transition);
    if (u > w.policy.longTermExitFlexibility) return; // the home is kept
  }
  // A § 107 resident whose need has turned out to be lasting may keep the place as a home (capacity.ts).
  if (!isEntry && current === Service.residential107 && desired === Service.residential108 && relabelAsHome(w, i)) return;
  if (isPlaceService(desired)) {
    if (isEntry || !isPlaceService(current)) {
      assignInHouse(w, i, isChildGroup(c.group[i]) ? Service.childPreventive : Service.homeSupport);
    }
    if (c.waitingFor[i] === NO_SERVICE || c.waitingFor[i] !== desired) {
      c.setWaitingFor(i, desired);
      c.waitStart[i] = w.month;
    }
    queueWaiting(w, i);
  } else {
    if (!isEntry) releasePlace(w, i);
    if (!isEntry) setMismatched(w, i, false);
    c.setWaitingFor(i, NO_SERVICE);
    assignInHouse(w, i, desired);
  }
  maybeAppeal(w, i);
}

/** Initialise a new citizen's cost factor: need, complexity, and rulings already in force. */
export function initialiseCostFactor(w: World, i: number): void {
  const c = w.citizens;
  const complex = (c.attributes[i] & Attr.complex) !== 0;
  c.costFactor[i] = baseCostFactor(needLevel(c.functioning[i]), complex) * rulingFactorForNewCitizen(w, i);
}

/** Process this month's revisit queue (need changes, reviews of temporary stays). */
export function stepVisitation(w: World): void {
  const c = w.citizens;
  for (let k = 0; k < w.revisitCount; k++) {
    const i = w.revisitQueue[k];
    if (i < c.count) assess(w, i, false);
  }
  w.revisitCount = 0;
}
